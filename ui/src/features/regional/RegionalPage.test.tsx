import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ja } from "../../i18n/ja";
import type { FileResult } from "../../ipc/bindings.gen";
import { ipcError } from "../../ipc/fakeBackend";
import { coordinationBaseBackend, settingsBackend } from "../../test/fixtures";
import { callsOf } from "../../test/planTestKit";
import {
  breakGlassReason,
  dashboard,
  higashiFingerprint,
  importedKita,
  importedMinami,
  kitaFingerprint,
  minamiFingerprint,
  namedPatients,
  refusedReason,
  regionalBackend,
} from "../../test/regionalFixtures";
import { renderApp } from "../../test/renderApp";

/** The app as a coordination base, at a path, with the given regional stand-in. */
const renderBase = (path: string, regional = regionalBackend({ dashboard })) => ({
  ...renderApp(path, regional, coordinationBaseBackend()),
  regional,
});

/** A promise the test resolves by hand, to hold one file's import halfway through a run. */
function gate() {
  let open = () => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

describe("regional BCP page: who sees it", () => {
  it("is offered in the sidebar to a coordination base and opens at /region", async () => {
    const { user, router } = renderBase("/");
    await user.click(await screen.findByTestId("nav-region"));
    await waitFor(() => expect(router.state.location.pathname).toBe("/region"));
    expect(await screen.findByRole("heading", { name: "地域BCP", level: 1 })).toBeInTheDocument();
    expect(screen.getByTestId("nav-region")).toHaveAttribute("aria-current", "page");
    expect(await screen.findByTestId("region-dashboard")).toBeInTheDocument();
  });

  it("is not offered to a nursing station, and says whom it is for when reached directly", async () => {
    const { backend } = renderApp("/region");
    expect(await screen.findByTestId("region-not-base")).toHaveTextContent(ja["regional.notBaseTitle"]);
    expect(screen.getByTestId("nav-links")).toBeInTheDocument();
    expect(screen.queryByTestId("nav-region")).not.toBeInTheDocument();
    expect(screen.queryByTestId("region-import")).not.toBeInTheDocument();
    expect(callsOf(backend.calls, "getRegionalDashboard")).toEqual([]);
  });

  it("does not light up on the 医療圏 page, whose path starts alike", async () => {
    renderBase("/regions");
    expect(await screen.findByTestId("nav-regions")).toHaveAttribute("aria-current", "page");
    expect(screen.getByTestId("nav-region")).not.toHaveAttribute("aria-current");
  });
});

describe("regional BCP page: region", () => {
  it("saves the chosen 在宅医療圏, keeps single municipalities, and lists the region's municipalities", async () => {
    const regional = regionalBackend({ scope: { homeCareRegions: ["旭川市"], municipalities: ["江別市"] } });
    const { user, backend } = renderBase("/region", regional);
    const select = await screen.findByTestId("region-scope-select");
    expect(within(select).getByRole("checkbox", { name: "旭川市" })).toBeChecked();
    expect(within(select).getByRole("checkbox", { name: "札幌" })).not.toBeChecked();

    await user.click(within(select).getByRole("checkbox", { name: "上川中部（旭川市以外）" }));
    await user.click(screen.getByTestId("region-scope-save"));

    expect(await screen.findByTestId("region-scope-saved")).toHaveTextContent("5か所");
    expect(callsOf(backend.calls, "setRegionScope")).toEqual([
      [{ homeCareRegions: ["旭川市", "上川中部（旭川市以外）"], municipalities: ["江別市"] }],
    ]);
    expect(screen.getByTestId("region-municipalities")).toHaveTextContent("5市町村：旭川市、鷹栖町、東神楽町、当麻町、江別市");
    // The dashboard is asked again for the new region.
    await waitFor(() => expect(callsOf(backend.calls, "getRegionalDashboard")).toHaveLength(2));
  });

  it("explains a refused region and changes nothing", async () => {
    const { user } = renderBase("/region", {
      ...regionalBackend(),
      setRegionScope: () => {
        throw ipcError("invalidInput");
      },
    });
    await user.click(await screen.findByRole("checkbox", { name: "札幌" }));
    await user.click(screen.getByTestId("region-scope-save"));
    const error = await screen.findByTestId("region-scope-error");
    expect(error).toHaveAttribute("role", "alert");
    expect(error).toHaveTextContent(ja["regional.scopeInvalid"]);
    expect(screen.getByTestId("region-municipalities")).toHaveTextContent(ja["regional.municipalitiesNone"]);
  });
});

describe("regional BCP page: members' files", () => {
  const refused: FileResult = { file: "nishi.hcbcp", imported: null, refused: refusedReason };

  it("imports the chosen files one after another with progress, and says why a file was refused", async () => {
    const held = gate();
    const regional = regionalBackend({
      dashboard,
      chosenFiles: ["/受信/minami.hcbcp", "/受信/kita.hcbcp", "/受信/nishi.hcbcp", "/受信/gone.hcbcp"],
      files: {
        "/受信/minami.hcbcp": { file: "minami.hcbcp", imported: importedMinami, refused: null },
        "/受信/kita.hcbcp": { file: "kita.hcbcp", imported: importedKita, refused: null },
        "/受信/nishi.hcbcp": refused,
        "/受信/gone.hcbcp": "unreadable",
      },
      gates: { "/受信/kita.hcbcp": held.promise },
    });
    const { user, backend } = renderBase("/region", regional);
    await user.click(await screen.findByTestId("region-import"));

    // Halfway: the first file is done, the second is being read, the others wait their turn.
    const progress = await screen.findByTestId("region-import-progress");
    await waitFor(() => expect(progress).toHaveAttribute("aria-valuenow", "1"));
    expect(progress).toHaveAttribute("aria-valuemax", "4");
    expect(progress).toHaveAttribute("role", "progressbar");
    expect(screen.getByTestId("region-import-count")).toHaveTextContent("1 / 4");
    expect(screen.getByTestId("region-import-row-0")).toHaveAttribute("data-outcome", "imported");
    expect(screen.getByTestId("region-import-row-0")).toHaveTextContent("新しい版に更新");
    expect(screen.queryByTestId("region-import-row-1")).not.toBeInTheDocument();
    expect(callsOf(backend.calls, "importMemberFile")).toEqual([["/受信/minami.hcbcp"], ["/受信/kita.hcbcp"]]);
    expect(screen.queryByTestId("region-import-summary")).not.toBeInTheDocument();

    held.open();
    await waitFor(() => expect(progress).toHaveAttribute("aria-valuenow", "4"));
    expect(callsOf(backend.calls, "importMemberFile")).toEqual([
      ["/受信/minami.hcbcp"],
      ["/受信/kita.hcbcp"],
      ["/受信/nishi.hcbcp"],
      ["/受信/gone.hcbcp"],
    ]);
    const results = screen.getByTestId("region-import-results");
    expect(within(results).getByTestId("region-import-row-1")).toHaveAttribute("data-outcome", "imported");
    expect(within(results).getByTestId("region-import-row-1")).toHaveTextContent("取り込み");
    expect(within(results).getByTestId("region-import-row-1")).toHaveTextContent("きた在宅クリニック");
    const nishi = within(results).getByTestId("region-import-row-2");
    expect(nishi).toHaveAttribute("data-outcome", "refused");
    expect(nishi).toHaveTextContent("nishi.hcbcp");
    expect(nishi).toHaveTextContent("拒否");
    expect(within(nishi).getByTestId("region-import-reason-2")).toHaveTextContent(refusedReason);
    // A file that could not be read at all is refused too, with the app's own sentence.
    const gone = within(results).getByTestId("region-import-row-3");
    expect(gone).toHaveAttribute("data-outcome", "refused");
    expect(gone).toHaveTextContent("gone.hcbcp");
    expect(gone).toHaveTextContent(ja["error.notFound"]);

    const summary = await screen.findByTestId("region-import-summary");
    expect(summary).toHaveAttribute("role", "status");
    expect(summary).toHaveTextContent("4件のうち、取り込み 2件、拒否 2件");
    expect(summary).toHaveTextContent("拒否したファイルでは何も変更していません");
    // The dashboard is asked again once, after the run.
    await waitFor(() => expect(callsOf(backend.calls, "getRegionalDashboard")).toHaveLength(2));
  });

  it("imports nothing and says nothing when the dialog is cancelled", async () => {
    const { user, backend } = renderBase("/region", regionalBackend({ dashboard, chosenFiles: [] }));
    await user.click(await screen.findByTestId("region-import"));
    await waitFor(() => expect(callsOf(backend.calls, "chooseMemberFiles")).toHaveLength(1));
    expect(callsOf(backend.calls, "importMemberFile")).toEqual([]);
    expect(screen.queryByTestId("region-import-progress")).not.toBeInTheDocument();
    expect(screen.queryByTestId("region-import-results")).not.toBeInTheDocument();
  });
});

describe("regional BCP page: dashboard", () => {
  it("shows hidden counts as 1〜4（秘匿）, never worked out, and lists the member files behind them", async () => {
    const { user } = renderBase("/region");
    const cell = await screen.findByTestId("region-patient-旭川市-InvasiveVentilator-P0");
    expect(cell).toHaveTextContent("1〜4（秘匿）");
    expect(cell).toHaveAttribute("data-hidden", "true");
    expect(screen.getByTestId("region-patients")).toHaveTextContent("7人");
    expect(screen.getByTestId("region-municipality-total-旭川市")).toHaveTextContent("1〜4（秘匿）");
    expect(screen.getByTestId("region-municipality-total-東神楽町")).toHaveTextContent("5人");
    expect(screen.getByTestId("region-ventilator-patients")).toHaveTextContent("1〜4（秘匿）");
    expect(screen.getByTestId("region-admission-capacity")).toHaveTextContent("4人");
    expect(screen.getByTestId("region-capacity-comparison")).toHaveTextContent(ja["regional.capacityHidden"]);

    await user.click(cell);
    const drill = await screen.findByTestId("region-drilldown");
    expect(within(drill).getAllByTestId("region-drilldown-member").map((li) => li.textContent)).toEqual([
      "みなみ訪問看護ステーション",
      "きた在宅クリニック",
    ]);
    expect(drill).toHaveTextContent(ja["regional.drill.hiddenNote"]);
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByTestId("region-drilldown")).not.toBeInTheDocument());

    // A member count drills down the same way.
    await user.click(within(screen.getByTestId("region-status-reviewOverdue")).getByRole("button"));
    expect(within(await screen.findByTestId("region-drilldown")).getByTestId("region-drilldown-member")).toHaveTextContent(
      "ひがし訪問看護ステーション",
    );
  });

  it("reads 1–4 (hidden) in English", async () => {
    renderApp("/region", { ...regionalBackend({ dashboard }), ...settingsBackend({ language: "en" }) }, coordinationBaseBackend());
    expect(await screen.findByTestId("region-patient-旭川市-InvasiveVentilator-P0")).toHaveTextContent("1–4 (hidden)");
  });

  it("shows plan status, completeness, municipalities without a member, members and agreements", async () => {
    renderBase("/region");
    expect(await screen.findByTestId("region-status-none")).toHaveTextContent("未策定0事業所");
    expect(screen.getByTestId("region-status-draft")).toHaveTextContent("作成中1事業所");
    expect(screen.getByTestId("region-status-fixed")).toHaveTextContent("策定済1事業所");
    expect(screen.getByTestId("region-status-reviewOverdue")).toHaveTextContent("見直し期限切れ1事業所");
    expect(screen.getByTestId("region-completeness-4")).toHaveTextContent("100%1事業所");

    const without = screen.getByTestId("region-without-provider");
    expect(within(without).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["鷹栖町", "当麻町"]);

    const minami = screen.getByTestId(`region-member-${minamiFingerprint}`);
    expect(minami).toHaveTextContent("みなみ訪問看護ステーション");
    expect(minami).toHaveTextContent("策定済");
    expect(minami).toHaveTextContent("80%");
    expect(minami).toHaveTextContent("第2版");
    expect(screen.getByTestId(`region-member-${kitaFingerprint}`)).toHaveTextContent("未確定");
    expect(screen.getByTestId(`region-member-${higashiFingerprint}`)).toHaveTextContent("見直し期限切れ");

    const agreementsList = screen.getByTestId("region-agreements");
    expect(agreementsList).toHaveTextContent("旭川中央病院");
    expect(within(agreementsList).getByTestId("region-agreement-1")).toHaveTextContent(
      "みなみ訪問看護ステーション→ひがし訪問看護ステーション代行訪問3人",
    );

    const note = screen.getByTestId("region-note");
    expect(note).toHaveTextContent(ja["regional.noteHidden"]);
    expect(note).toHaveTextContent(ja["regional.noteTwice"]);
    expect(screen.getByTestId("region-municipalities")).toHaveTextContent("4市町村：旭川市、鷹栖町、東神楽町、当麻町");
  });

  it("prints the regional BCP", async () => {
    const { user, backend } = renderBase("/region");
    await user.click(await screen.findByTestId("print-regional"));
    expect(await screen.findByTestId("print-result")).toHaveTextContent("3ページ");
    expect(screen.getByTestId("print-result")).toHaveTextContent("/home/base/地域BCP.pdf");
    expect(callsOf(backend.calls, "printRegional")).toHaveLength(1);
  });
});

describe("regional BCP page: patients known by name", () => {
  it("asks for no names until the button is pressed, then lists them with the basis, and hides them again", async () => {
    const { user, backend } = renderBase("/region", regionalBackend({ dashboard, named: namedPatients }));
    const section = await screen.findByTestId("region-named");
    expect(section).toHaveTextContent(ja["named.title"]);
    expect(within(section).getByTestId("named-audit-note")).toHaveTextContent("表示するたびに監査ログに記録されます");
    await screen.findByTestId("region-dashboard");
    expect(callsOf(backend.calls, "listNamedPatients")).toEqual([]);
    expect(screen.queryByTestId("named-patients")).not.toBeInTheDocument();
    expect(screen.queryByText("南 花子")).not.toBeInTheDocument();

    await user.click(within(section).getByTestId("named-show"));
    const rows = await screen.findAllByTestId("named-patient-row");
    expect(callsOf(backend.calls, "listNamedPatients")).toHaveLength(1);
    expect(rows).toHaveLength(2);
    const cells = (row: HTMLElement) => [...row.querySelectorAll("td, th")].map((c) => c.textContent);
    expect(cells(rows[0]!)).toEqual(["みなみ訪問看護ステーション", "南 花子", "旭川市", "0166-90-0001", "本人の同意"]);
    expect(rows[0]).toHaveAttribute("data-released", "consent");
    expect(cells(rows[1]!)).toEqual([
      "ひがし訪問看護ステーション",
      "東 一郎",
      ja["regional.noMunicipality"],
      "0166-90-0002",
      `⚠ 緊急時の開示：${breakGlassReason}`,
    ]);
    expect(rows[1]).toHaveAttribute("data-released", "breakGlass");

    await user.click(within(section).getByTestId("named-hide"));
    expect(screen.queryByTestId("named-patients")).not.toBeInTheDocument();
    expect(screen.queryByText("南 花子")).not.toBeInTheDocument();
    expect(within(section).getByTestId("named-show")).toBeInTheDocument();
    expect(callsOf(backend.calls, "listNamedPatients")).toHaveLength(1);
  });

  it("says that patients without consent arrive as counts only when no one is named", async () => {
    const { user } = renderBase("/region");
    await user.click(await screen.findByTestId("named-show"));
    expect(await screen.findByTestId("named-patients")).toHaveTextContent(
      "氏名の分かる患者はいません（同意のない患者は人数だけが届きます）",
    );
    expect(screen.queryByTestId("named-patient-row")).not.toBeInTheDocument();
  });

  it("explains a failed listing inline", async () => {
    const { user } = renderBase("/region", {
      ...regionalBackend({ dashboard }),
      listNamedPatients: () => {
        throw ipcError("storage");
      },
    });
    await user.click(await screen.findByTestId("named-show"));
    expect(await screen.findByTestId("named-error")).toHaveTextContent(ja["error.storage"]);
    expect(screen.queryByTestId("named-patients")).not.toBeInTheDocument();
  });
});
