import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { en } from "../../i18n/en";
import { ja } from "../../i18n/ja";
import type { OutageDeclaration, Partner } from "../../ipc/bindings.gen";
import { ipcError } from "../../ipc/fakeBackend";
import { queryKeys } from "../../ipc/queries";
import {
  agreements,
  findings,
  linkBackend,
  partnerFingerprint,
  partners,
  remotePlan,
  strangerFile,
  strangerFingerprint,
  strangerPlan,
} from "../../test/linkFixtures";
import { openOutage, patientBackend } from "../../test/patientFixtures";
import { callsOf } from "../../test/planTestKit";
import { renderApp } from "../../test/renderApp";
import { settingsBackend } from "../../test/fixtures";

const linked = () => linkBackend({ partners, agreements, remotePlans: [remotePlan], findings });

describe("links page", () => {
  it("is reached from the sidebar and shows our fingerprint to read out", async () => {
    const { user, router } = renderApp("/", linked());
    await user.click(await screen.findByTestId("nav-links"));
    await waitFor(() => expect(router.state.location.pathname).toBe("/links"));
    expect(await screen.findByRole("heading", { name: "連携" })).toBeInTheDocument();
    expect(await screen.findByTestId("identity-fingerprint")).toHaveTextContent("3342-971C-BD6B-7171-D0B5-237B-088E-8302");
    expect(screen.getByText(ja["identity.hint"])).toBeInTheDocument();
  });

  it("says so when there is nothing yet", async () => {
    renderApp("/links");
    expect(await screen.findByTestId("remote-plans-empty")).toHaveTextContent(ja["remotePlans.empty"]);
    expect(screen.getByTestId("partners-empty")).toBeInTheDocument();
    expect(screen.getByTestId("agreement-add")).toBeDisabled();
    expect(screen.getByTestId("link-findings")).toHaveTextContent("食い違いは見つかりませんでした");
    expect(screen.queryByTestId("link-finding")).not.toBeInTheDocument();
    expect(screen.getByTestId("exchange-export-no-recipients")).toBeInTheDocument();
    expect(screen.queryByTestId("exchange-export-to")).not.toBeInTheDocument();
  });

  it("lists imported plans with version, dates, versions kept, patient counts and the directory entry", async () => {
    renderApp("/links", linkBackend({ partners, remotePlans: [remotePlan, strangerPlan] }));
    const known = await screen.findByTestId(`remote-plan-${partnerFingerprint}`);
    expect(within(known).getByText("みなみ訪問看護ステーション")).toBeInTheDocument();
    expect(within(known).getByTestId("remote-plan-revision")).toHaveTextContent("第2版");
    expect(known).toHaveTextContent("(2026-01-10)");
    expect(known).toHaveTextContent("(2026-01-12)");
    expect(known).toHaveTextContent("保存している版 2件");
    expect(within(known).getByTestId("remote-plan-patients")).toHaveTextContent("患者 計5人（P0 2人・P2 3人）");
    expect(within(known).getByTestId("remote-plan-partner")).toHaveTextContent("連携先名簿：みなみ訪問看護ステーション");

    const stranger = screen.getByTestId(`remote-plan-${strangerFingerprint}`);
    expect(within(stranger).getByTestId("remote-plan-revision")).toHaveTextContent("計画なし");
    expect(within(stranger).getByTestId("remote-plan-patients")).toHaveTextContent("患者 計0人");
    expect(within(stranger).getByTestId("remote-plan-partner")).toHaveTextContent("名簿に未登録");
    expect(within(stranger).getByTestId(`remote-plan-register-${strangerFingerprint}`)).toBeInTheDocument();
  });

  it("shows an imported file's sender and fingerprint, asks for a phone check, and registers the sender", async () => {
    const backend = linkBackend({ partners, nextImport: { file: strangerFile, plan: strangerPlan } });
    const { user, backend: calls } = renderApp("/links", backend);
    await user.click(await screen.findByTestId("exchange-import"));

    const result = await screen.findByTestId("exchange-import-result");
    expect(result).toHaveAttribute("data-kind", "new");
    expect(result).toHaveAttribute("role", "status");
    expect(result).toHaveTextContent(ja["exchangeImport.kind.new"]);
    expect(result).toHaveTextContent("送り主：きた在宅クリニック（未確定）");
    expect(within(result).getByTestId("exchange-import-fingerprint")).toHaveTextContent(strangerFingerprint);
    expect(result).toHaveTextContent("電話で読み上げてもらい");
    expect(callsOf(calls.calls, "importExchange")).toEqual([["/home/nurse/受信/kita.hcbcp"]]);
    // The list below shows the new plan at once.
    expect(await screen.findByTestId(`remote-plan-${strangerFingerprint}`)).toBeInTheDocument();

    await user.click(within(result).getByTestId("exchange-register-partner"));
    // Prefilled from the file: name, fingerprint, and phone and manager from the plan's organisation.
    expect(screen.getByTestId("partner-name")).toHaveValue("きた在宅クリニック");
    expect(screen.getByTestId("partner-fingerprint")).toHaveValue(strangerFingerprint);
    expect(screen.getByTestId("partner-phone")).toHaveValue("0166-33-3333");
    expect(screen.getByTestId("partner-kind")).toHaveValue("clinic");
    await user.click(screen.getByTestId("partner-save"));

    await waitFor(() => expect(screen.queryByTestId("partner-save")).not.toBeInTheDocument());
    expect(callsOf(calls.calls, "savePartner")).toEqual([
      [
        {
          id: "",
          name: "きた在宅クリニック",
          kind: "clinic",
          phone24h: "0166-33-3333",
          contactPerson: "北 二郎",
          fingerprint: strangerFingerprint,
          note: "",
        } satisfies Partner,
      ],
    ]);
    // Registered: the result and the list now name the directory entry instead of offering it.
    expect(await screen.findByTestId("exchange-import-known")).toHaveTextContent("「きた在宅クリニック」");
    expect(screen.queryByTestId("exchange-register-partner")).not.toBeInTheDocument();
    expect(await screen.findByTestId("partner-row-R003")).toHaveTextContent("きた在宅クリニック");
    expect(within(screen.getByTestId(`remote-plan-${strangerFingerprint}`)).getByTestId("remote-plan-partner")).toHaveTextContent(
      "連携先名簿：きた在宅クリニック",
    );
  });

  it("names each import outcome in words", async () => {
    const file = { ...strangerFile, fingerprint: partnerFingerprint, knownPartner: "みなみ訪問看護ステーション", revision: 3 };
    const backend = linkBackend({ partners, remotePlans: [remotePlan], nextImport: { file: { ...file, kind: "older" } } });
    const { user } = renderApp("/links", backend);
    await user.click(await screen.findByTestId("exchange-import"));
    const result = await screen.findByTestId("exchange-import-result");
    expect(result).toHaveAttribute("data-kind", "older");
    expect(result).toHaveTextContent("古い版（履歴のみ）");
    expect(result).toHaveTextContent("第3版");
    expect(within(result).getByTestId("exchange-import-known")).toBeInTheDocument();
    expect(within(result).queryByTestId("exchange-register-partner")).not.toBeInTheDocument();

    backend.state.nextImport = { file: { ...file, kind: "alreadyImported" } };
    await user.click(screen.getByTestId("exchange-import"));
    await waitFor(() => expect(screen.getByTestId("exchange-import-result")).toHaveAttribute("data-kind", "alreadyImported"));
    expect(screen.getByTestId("exchange-import-result")).toHaveTextContent("取り込み済み（変更なし）");
  });

  it("says nothing and imports nothing when the open dialog is cancelled", async () => {
    const { user, backend } = renderApp("/links", linkBackend({ chosenPath: null }));
    await user.click(await screen.findByTestId("exchange-import"));
    await waitFor(() => expect(callsOf(backend.calls, "chooseExchangeFile")).toHaveLength(1));
    expect(callsOf(backend.calls, "importExchange")).toEqual([]);
    expect(screen.queryByTestId("exchange-import-result")).not.toBeInTheDocument();
    expect(screen.queryByTestId("exchange-import-error")).not.toBeInTheDocument();
  });

  it.each([
    ["exchange.badSignature", ja["exchangeError.badSignature"]],
    ["exchange.notForUs", ja["exchangeError.notForUs"]],
    ["exchange.ownFile", ja["exchangeError.ownFile"]],
    ["exchange.somethingNew", ja["exchangeError.rejected"]],
    [null, ja["exchangeError.rejected"]],
  ])("explains a file rejected with %s in its own sentence", async (field, sentence) => {
    const { user } = renderApp("/links", {
      ...linkBackend(),
      importExchange: () => {
        throw ipcError("fileRejected", field);
      },
    });
    await user.click(await screen.findByTestId("exchange-import"));
    const error = await screen.findByTestId("exchange-import-error");
    expect(error).toHaveAttribute("role", "alert");
    expect(error).toHaveTextContent(sentence);
    expect(screen.queryByTestId("exchange-import-result")).not.toBeInTheDocument();
  });

  it("shows the badSignature sentence word for word", () => {
    expect(ja["exchangeError.badSignature"]).toBe(
      "署名が一致しません。作成後に書き換えられたか、送り主が署名したものではありません。何も変更していません。",
    );
  });

  it("lists the findings with their kind, and an English lead-in in English", async () => {
    renderApp("/links", { ...linked(), ...settingsBackend({ language: "en" }) });
    const items = await screen.findAllByTestId("link-finding");
    expect(items.map((i) => i.getAttribute("data-kind"))).toEqual(["oneSided", "expired"]);
    expect(items[0]).toHaveTextContent(en["findingKind.oneSided"]);
    expect(items[0]).toHaveTextContent(findings[0]!.textJa);
    expect(items[1]).toHaveTextContent(en["findingKind.expired"]);
    expect(within(screen.getByTestId("link-findings")).queryByText(en["findings.empty"])).not.toBeInTheDocument();
  });

  it("exports the public file and says that patients are counted only", async () => {
    const { user, backend } = renderApp("/links", linked());
    await user.click(await screen.findByTestId("exchange-export-public"));
    const result = await screen.findByTestId("exchange-export-result");
    expect(result).toHaveTextContent("/home/nurse/送信/asahi.hcbcp");
    expect(result).toHaveTextContent(ja["exchangeExport.writtenPublic"]);
    expect(callsOf(backend.calls, "exportExchange")).toEqual([[null]]);
  });

  it("exports to a partner with a confirmed fingerprint, and explains when their file is missing", async () => {
    const withFingerprints = partners.map((p) => (p.id === "R002" ? { ...p, fingerprint: strangerFingerprint } : p));
    const { user, backend } = renderApp("/links", linkBackend({ partners: withFingerprints, remotePlans: [remotePlan] }));
    const select = await screen.findByTestId("exchange-export-partner");
    const options = [...select.querySelectorAll("option")].map((o) => o.textContent);
    expect(options).toEqual(["みなみ訪問看護ステーション", "旭川中央病院"]);

    await user.click(screen.getByTestId("exchange-export-to"));
    const result = await screen.findByTestId("exchange-export-result");
    expect(result).toHaveTextContent("/home/nurse/送信/asahi.hcbcp");
    expect(result).toHaveTextContent("みなみ訪問看護ステーションあてに暗号化しました");
    expect(result).toHaveTextContent("同意している方の分だけ");

    // The hospital's fingerprint is known, but its file (and so its key) was never imported.
    await user.selectOptions(select, "旭川中央病院");
    await user.click(screen.getByTestId("exchange-export-to"));
    expect(await screen.findByTestId("exchange-export-error")).toHaveTextContent(ja["exchangeExport.noPartnerFile"]);
    expect(callsOf(backend.calls, "exportExchange")).toEqual([[partnerFingerprint], [strangerFingerprint]]);
  });

  it("prints the connected BCP from the export section", async () => {
    const { user, backend } = renderApp("/links", linked());
    await user.click(await screen.findByTestId("print-connected"));
    expect(await screen.findByTestId("print-result")).toHaveTextContent("2");
    expect(callsOf(backend.calls, "printConnected")).toHaveLength(1);
  });
});

describe("links page: 緊急時の開示 (break-glass)", () => {
  /** みなみ (fingerprint confirmed, file imported) and the hospital (fingerprint, no file); outage open or not. */
  const withOutage = (outage: OutageDeclaration | null) => {
    const withFingerprints = partners.map((p) => (p.id === "R002" ? { ...p, fingerprint: strangerFingerprint } : p));
    const { state: _patients, ...patients } = patientBackend({ outage });
    return { ...patients, ...linkBackend({ partners: withFingerprints, remotePlans: [remotePlan], outage }) };
  };
  const reason = "停電が長引き、人工呼吸器の患者の代行訪問をみなみ訪問看護ステーションに依頼するため";

  it("renders nothing while no outage is declared", async () => {
    const { queryClient } = renderApp("/links", withOutage(null));
    expect(await screen.findByTestId("exchange-export-to")).toBeInTheDocument();
    // The register has answered (no outage), so the section is settled, not still loading.
    await waitFor(() => expect(queryClient.getQueryData(queryKeys.patients)).toMatchObject({ outage: null }));
    expect(screen.queryByTestId("break-glass")).not.toBeInTheDocument();
    expect(screen.queryByTestId("break-glass-export")).not.toBeInTheDocument();
    expect(screen.queryByTestId("break-glass-reason")).not.toBeInTheDocument();
    expect(screen.queryByText(ja["breakGlass.title"], { exact: false })).not.toBeInTheDocument();
  });

  it("is shown during an outage and stays disabled until a reason is typed and the confirmation ticked", async () => {
    const { user, backend } = renderApp("/links", withOutage(openOutage));
    const control = await screen.findByTestId("break-glass");
    expect(control).toHaveTextContent(ja["breakGlass.title"]);
    const options = [...within(control).getByTestId("break-glass-partner").querySelectorAll("option")].map((o) => o.textContent);
    expect(options).toEqual(["みなみ訪問看護ステーション", "旭川中央病院"]);
    expect(screen.getByLabelText(ja["breakGlass.confirm"])).toBe(screen.getByTestId("break-glass-confirm"));

    const button = screen.getByTestId("break-glass-export");
    expect(button).toBeDisabled();
    await user.click(screen.getByTestId("break-glass-confirm"));
    expect(button).toBeDisabled();
    await user.type(screen.getByTestId("break-glass-reason"), "   ");
    expect(button).toBeDisabled();
    await user.clear(screen.getByTestId("break-glass-reason"));
    await user.type(screen.getByTestId("break-glass-reason"), reason);
    expect(button).toBeEnabled();
    await user.click(screen.getByTestId("break-glass-confirm"));
    expect(button).toBeDisabled();
    expect(callsOf(backend.calls, "exportExchangeBreakGlass")).toEqual([]);
  });

  it("exports to the chosen partner's fingerprint with the reason, says what it named, and asks for the confirmation again", async () => {
    const { user, backend } = renderApp("/links", withOutage(openOutage));
    await user.type(await screen.findByTestId("break-glass-reason"), reason);
    await user.click(screen.getByTestId("break-glass-confirm"));
    await user.click(screen.getByTestId("break-glass-export"));

    const result = await screen.findByTestId("break-glass-result");
    expect(result).toHaveAttribute("role", "status");
    expect(result).toHaveTextContent("/home/nurse/送信/asahi.hcbcp");
    expect(result).toHaveTextContent("みなみ訪問看護ステーションあてに暗号化しました");
    expect(result).toHaveTextContent("同意のない P0・P1 の患者の氏名も含めています");
    expect(callsOf(backend.calls, "exportExchangeBreakGlass")).toEqual([[partnerFingerprint, reason]]);
    // The ordinary export was not used for it.
    expect(callsOf(backend.calls, "exportExchange")).toEqual([]);
    expect(screen.getByTestId("break-glass-confirm")).not.toBeChecked();
    expect(screen.getByTestId("break-glass-export")).toBeDisabled();
  });

  it("explains inline when the partner's file (and so its key) is missing", async () => {
    const { user, backend } = renderApp("/links", withOutage(openOutage));
    await user.selectOptions(await screen.findByTestId("break-glass-partner"), "旭川中央病院");
    await user.type(screen.getByTestId("break-glass-reason"), reason);
    await user.click(screen.getByTestId("break-glass-confirm"));
    await user.click(screen.getByTestId("break-glass-export"));
    const error = await screen.findByTestId("break-glass-error");
    expect(error).toHaveAttribute("role", "alert");
    expect(error).toHaveTextContent(ja["breakGlass.notFound"]);
    expect(screen.queryByTestId("break-glass-result")).not.toBeInTheDocument();
    expect(callsOf(backend.calls, "exportExchangeBreakGlass")).toEqual([[strangerFingerprint, reason]]);
  });

  it("names the reason when the Rust side refuses a blank one", async () => {
    const { user } = renderApp("/links", {
      ...withOutage(openOutage),
      exportExchangeBreakGlass: () => {
        throw ipcError("invalidInput", "reason");
      },
    });
    await user.type(await screen.findByTestId("break-glass-reason"), reason);
    await user.click(screen.getByTestId("break-glass-confirm"));
    await user.click(screen.getByTestId("break-glass-export"));
    expect(await screen.findByTestId("break-glass-error")).toHaveTextContent(ja["breakGlass.reasonRequired"]);
  });

  it("says nothing when the save dialog is cancelled", async () => {
    const backend = withOutage(openOutage);
    const { user, backend: calls } = renderApp("/links", { ...backend, exportExchangeBreakGlass: () => null });
    await user.type(await screen.findByTestId("break-glass-reason"), reason);
    await user.click(screen.getByTestId("break-glass-confirm"));
    await user.click(screen.getByTestId("break-glass-export"));
    await waitFor(() => expect(callsOf(calls.calls, "exportExchangeBreakGlass")).toHaveLength(1));
    expect(screen.queryByTestId("break-glass-result")).not.toBeInTheDocument();
    expect(screen.queryByTestId("break-glass-error")).not.toBeInTheDocument();
  });

  it("needs a partner with a confirmed fingerprint", async () => {
    const { state: _patients, ...patients } = patientBackend({ outage: openOutage });
    renderApp("/links", { ...patients, ...linkBackend({ outage: openOutage }) });
    expect(await screen.findByTestId("break-glass-no-recipients")).toHaveTextContent(ja["breakGlass.noRecipients"]);
    expect(screen.queryByTestId("break-glass-export")).not.toBeInTheDocument();
  });
});
