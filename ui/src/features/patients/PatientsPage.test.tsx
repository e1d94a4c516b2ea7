import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ja } from "../../i18n/ja";
import { ipcError } from "../../ipc/fakeBackend";
import { configVersion, patientBackend, rankedPatients } from "../../test/patientFixtures";
import { callsOf } from "../../test/planTestKit";
import { renderApp } from "../../test/renderApp";
import { settingsBackend } from "../../test/fixtures";

const register = () => patientBackend({ patients: rankedPatients });

async function typePassphrases(user: ReturnType<typeof renderApp>["user"], passphrase: string, confirm: string) {
  await user.type(await screen.findByTestId("export-passphrase"), passphrase);
  await user.type(screen.getByTestId("export-passphrase-confirm"), confirm);
}

describe("patient register", () => {
  it("is reached from the sidebar", async () => {
    const { user, router } = renderApp("/", register());
    await user.click(await screen.findByTestId("nav-patients"));
    await waitFor(() => expect(router.state.location.pathname).toBe("/patients"));
    expect(await screen.findByRole("heading", { name: "要配慮患者台帳" })).toBeInTheDocument();
  });

  it("lists patients in the order the Rust side ranked them, each tier chip with its words", async () => {
    renderApp("/patients", register());
    const table = await screen.findByTestId("patients-table");
    const rows = within(table).getAllByTestId(/^patient-row-/);
    expect(rows.map((r) => r.getAttribute("data-testid"))).toEqual([
      "patient-row-P0001",
      "patient-row-P0002",
      "patient-row-P0003",
      "patient-row-P0004",
    ]);
    expect(rows.map((r) => r.getAttribute("data-tier"))).toEqual(["P0", "P1", "P2", "P3"]);
    expect(rows.map((r) => within(r).getByTestId("tier-chip").textContent)).toEqual([
      "P0 直ちに",
      "P1 優先",
      "P2 当日中",
      "P3 通常",
    ]);
  });

  it("shows name, municipality, life-sustaining devices, power left and score", async () => {
    renderApp("/patients", register());
    const first = await screen.findByTestId("patient-row-P0001");
    expect(first).toHaveTextContent("南 花子");
    expect(first).toHaveTextContent("旭川市");
    expect(within(first).getByTestId("patient-devices")).toHaveTextContent("人工呼吸器（気管切開）");
    expect(within(first).getByTestId("patient-power")).toHaveTextContent("残り 2.8時間");
    expect(within(first).getByTestId("patient-score")).toHaveTextContent("78");

    const oxygen = screen.getByTestId("patient-row-P0003");
    expect(within(oxygen).getByTestId("patient-devices")).toHaveTextContent("酸素濃縮器");
    // No ventilator, no ventilator countdown.
    expect(within(oxygen).getByTestId("patient-power")).toHaveTextContent("—");
    const noDevice = screen.getByTestId("patient-row-P0004");
    expect(within(noDevice).getByTestId("patient-devices")).toHaveTextContent("—");
    expect(noDevice).toHaveTextContent("—");
  });

  it("marks a tier set by hand with 手動, and only that one", async () => {
    renderApp("/patients", register());
    const manual = await screen.findByTestId("patient-row-P0002");
    expect(within(manual).getByTestId("tier-manual")).toHaveTextContent("手動");
    expect(within(screen.getByTestId("patient-row-P0001")).queryByTestId("tier-manual")).not.toBeInTheDocument();
  });

  it("answers なぜ？ with the tier rule first, each point with +n, the power workings and the assumptions", async () => {
    const { user } = renderApp("/patients", register());
    await user.click(await screen.findByTestId("why-P0001"));
    const why = await screen.findByTestId("why-list-P0001");
    expect(within(why).getByTestId("why-tier-rule")).toHaveTextContent(
      "P0 直ちに：人工呼吸器に依存し停電中、電源の残りが2.8時間（3.0時間未満）",
    );
    const points = within(within(why).getByTestId("why-points")).getAllByRole("listitem");
    expect(points.map((li) => li.textContent)).toEqual([
      "気管切開下の人工呼吸 1日24時間+30",
      "電源の残り2.8時間+20",
      "独居、または介護者が75歳以上・夜間不在+8",
    ]);
    expect(why).toHaveTextContent("点数 78");

    const device = within(why).getByTestId("why-device-d1");
    expect(device).toHaveTextContent("人工呼吸器（気管切開）（d1）：残り 2.8時間");
    expect(device).toHaveTextContent("内部バッテリー 8時間 × 充電60% × 劣化0.8 × (24W ÷ 24W) = 3.8時間");
    expect(device).toHaveTextContent("合計3.8時間から、電池で動いた1.0時間を引いて残り2.8時間");
    const assumptions = within(device).getAllByTestId("why-assumption");
    expect(assumptions).toHaveLength(1);
    expect(assumptions[0]).toHaveTextContent("仮定内部バッテリーの劣化係数を0.8と仮定");

    expect(within(why).getByTestId("why-config")).toHaveTextContent(`しきい値は既定値です（版: ${configVersion}）`);
  });

  it("says when a tier set by hand replaced the computed one", async () => {
    const { user } = renderApp("/patients", register());
    await user.click(await screen.findByTestId("why-P0002"));
    const why = await screen.findByTestId("why-list-P0002");
    expect(why).toHaveTextContent("計算上の区分はP2 当日中ですが、台帳で手動の区分（P1 優先）が設定されているため、そちらで並べています。");
    expect(within(why).getByTestId("why-tier-rule")).toHaveTextContent("P2 当日中：電源の残りが20.0時間");
    expect(within(why).getByTestId("why-override-P0002")).toHaveTextContent("手動でP1 優先に変更：夜間は吸引できる人がいない（訪問看護 佐藤）");
  });

  it("says nothing of a hand-set tier where none is recorded", async () => {
    const { user } = renderApp("/patients", register());
    await user.click(await screen.findByTestId("why-P0001"));
    const why = await screen.findByTestId("why-list-P0001");
    expect(within(why).queryByTestId("why-override-P0001")).not.toBeInTheDocument();
  });

  it("speaks English in the English UI, keeping the rules' Japanese reasons", async () => {
    const { user } = renderApp("/patients", { ...register(), ...settingsBackend({ language: "en" }) });
    const first = await screen.findByTestId("patient-row-P0001");
    await waitFor(() => expect(within(first).getByTestId("tier-chip")).toHaveTextContent("P0 Act now"));
    expect(within(first).getByTestId("patient-devices")).toHaveTextContent("Ventilator (tracheostomy)");
    expect(within(first).getByTestId("patient-power")).toHaveTextContent("2.8 h left");
    await user.click(screen.getByTestId("why-P0001"));
    const why = await screen.findByTestId("why-list-P0001");
    expect(why).toHaveTextContent("P0 Act now: 人工呼吸器に依存し停電中");
    expect(why).toHaveTextContent("The reasons are shown in Japanese, exactly as the rules word them.");
    expect(why).toHaveTextContent(`Thresholds are defaults (version: ${configVersion})`);
  });

  it("invites the first registration when the register is empty", async () => {
    const { user, router } = renderApp("/patients");
    expect(await screen.findByTestId("patients-empty")).toHaveTextContent(ja["patients.empty"]);
    await user.click(screen.getByTestId("patient-add"));
    await waitFor(() => expect(router.state.location.pathname).toBe("/patients/new"));
  });

  it("shows the sentence when the register cannot be read", async () => {
    renderApp("/patients", {
      listPatients: () => {
        throw ipcError("storage");
      },
    });
    expect(await screen.findByRole("alert")).toHaveTextContent(ja["error.storage"]);
  });

  it("prints the roster, the check sheet and one patient's support plan and evacuation plan", async () => {
    const outcome = (path: string) => () => ({ path, pages: 1, missingGlyphs: [] });
    const { user, backend } = renderApp("/patients", {
      ...register(),
      printRoster: outcome("/tmp/roster.pdf"),
      printCheckSheet: outcome("/tmp/sheet.pdf"),
      printSupportPlan: outcome("/tmp/plan.pdf"),
      printEvacuationPlan: outcome("/tmp/evacuation.pdf"),
    });
    await user.click(await screen.findByTestId("print-roster"));
    expect(await screen.findByTestId("print-result")).toHaveTextContent("/tmp/roster.pdf");
    await user.click(screen.getByTestId("print-support-plan-P0002"));
    await waitFor(() => expect(screen.getAllByTestId("print-result").some((r) => r.textContent?.includes("/tmp/plan.pdf"))).toBe(true));
    expect(callsOf(backend.calls, "printSupportPlan")).toEqual([["P0002"]]);
    await user.click(screen.getByTestId("print-evacuation-plan-P0001"));
    await waitFor(() =>
      expect(screen.getAllByTestId("print-result").some((r) => r.textContent?.includes("/tmp/evacuation.pdf"))).toBe(true),
    );
    expect(callsOf(backend.calls, "printEvacuationPlan")).toEqual([["P0001"]]);
    expect(screen.getByTestId("print-evacuation-plan-P0001")).toHaveAccessibleName("南 花子さんの個別避難計画（市町村に出す案）を印刷");
    await user.click(screen.getByTestId("print-check-sheet"));
    await waitFor(() => expect(callsOf(backend.calls, "printCheckSheet")).toHaveLength(1));
  });

  it("prints the roster for the recipient chosen, the organisation's own (null) by default", async () => {
    const { user, backend } = renderApp("/patients", {
      ...register(),
      printRoster: () => ({ path: "/tmp/roster.pdf", pages: 2, missingGlyphs: [] }),
    });
    const recipient = await screen.findByTestId("roster-recipient");
    expect(recipient).toHaveValue("internal");
    expect(within(recipient).getAllByRole("option").map((o) => o.textContent)).toEqual([
      "院内用（全員の氏名）",
      "連携先（代行訪問など）",
      "市町村",
      "在宅医療の連携拠点",
      "電力会社",
    ]);
    expect(screen.getByText(ja["roster.recipientHint"])).toBeInTheDocument();
    await user.click(screen.getByTestId("print-roster"));
    await waitFor(() => expect(callsOf(backend.calls, "printRoster")).toEqual([[null]]));

    await user.selectOptions(recipient, "市町村");
    await user.click(screen.getByTestId("print-roster"));
    await waitFor(() => expect(callsOf(backend.calls, "printRoster")).toEqual([[null], ["municipality"]]));
    await user.selectOptions(recipient, "電力会社");
    await user.click(screen.getByTestId("print-roster"));
    await waitFor(() => expect(callsOf(backend.calls, "printRoster").at(-1)).toEqual(["powerCompany"]));
  });

  it("exports the register as CSV or Excel, encrypted, saying where and that names left the app", async () => {
    let answer: string | null = "/home/nurse/要配慮患者台帳.csv.age";
    const { user, backend } = renderApp("/patients", { ...register(), exportPatients: () => answer });
    await typePassphrases(user, "correct horse", "correct horse");
    await user.click(screen.getByTestId("patients-export-csv"));
    const result = await screen.findByTestId("patients-export-result");
    expect(result).toHaveAttribute("role", "status");
    expect(result).toHaveTextContent("台帳を暗号化して書き出しました：/home/nurse/要配慮患者台帳.csv.age");
    expect(result).toHaveTextContent(ja["patients.exportedNote"]);

    // A cancelled save dialog says nothing, and the earlier result goes.
    answer = null;
    await user.click(screen.getByTestId("patients-export-xlsx"));
    await waitFor(() =>
      expect(callsOf(backend.calls, "exportPatients")).toEqual([
        ["csv", "correct horse"],
        ["xlsx", "correct horse"],
      ]),
    );
    await waitFor(() => expect(screen.queryByTestId("patients-export-result")).not.toBeInTheDocument());
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("exports only once both passphrases match and have 8 characters, and says why not before", async () => {
    const { user, backend } = renderApp("/patients", { ...register(), exportPatients: () => "/home/nurse/台帳.xlsx.age" });
    const csv = await screen.findByTestId("patients-export-csv");
    expect(screen.getByTestId("patients-export")).toHaveTextContent(ja["patients.exportEncrypted"]);
    expect(screen.getByTestId("patients-export")).toHaveTextContent("age -d");
    expect(screen.getByTestId("export-passphrase")).toHaveAccessibleName(ja["patients.exportPassphrase"]);
    expect(screen.getByTestId("export-passphrase-confirm")).toHaveAccessibleName(ja["patients.exportPassphraseConfirm"]);
    expect(csv).toBeDisabled();
    expect(csv).toHaveAccessibleDescription(ja["patients.exportNeedPassphrase"]);

    // Seven characters, even matching, are too few (counted as characters, not bytes).
    await typePassphrases(user, "あさひ訪問看護", "あさひ訪問看護");
    expect(csv).toBeDisabled();
    expect(screen.getByTestId("patients-export-xlsx")).toBeDisabled();

    await user.type(screen.getByTestId("export-passphrase"), "ス");
    expect(await screen.findByText(ja["passphrase.mismatch"])).toBeInTheDocument();
    expect(csv).toBeDisabled();
    await user.click(csv);
    expect(callsOf(backend.calls, "exportPatients")).toHaveLength(0);

    await user.type(screen.getByTestId("export-passphrase-confirm"), "ス");
    await waitFor(() => expect(csv).toBeEnabled());
    expect(screen.queryByText(ja["passphrase.mismatch"])).not.toBeInTheDocument();
    expect(screen.queryByTestId("patients-export-why")).not.toBeInTheDocument();
    await user.click(screen.getByTestId("patients-export-xlsx"));
    await waitFor(() => expect(callsOf(backend.calls, "exportPatients")).toEqual([["xlsx", "あさひ訪問看護ス"]]));
  });

  it("says why an export could not be written, in export words", async () => {
    const { user } = renderApp("/patients", {
      ...register(),
      exportPatients: () => {
        throw ipcError("fileWrite");
      },
    });
    await typePassphrases(user, "correct horse", "correct horse");
    await user.click(screen.getByTestId("patients-export-xlsx"));
    expect(await screen.findByRole("alert")).toHaveTextContent(ja["patients.exportWriteFailed"]);
  });

  it("leads to the import screen", async () => {
    const { user, router } = renderApp("/patients", register());
    await user.click(await screen.findByTestId("patients-import"));
    await waitFor(() => expect(router.state.location.pathname).toBe("/patients/import"));
    expect(await screen.findByRole("heading", { name: ja["import.title"] })).toBeInTheDocument();
  });
});

