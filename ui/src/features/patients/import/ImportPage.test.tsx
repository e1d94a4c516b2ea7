import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ja } from "../../../i18n/ja";
import type { ImportPreview, PreviewRow, TableColumn } from "../../../ipc/bindings.gen";
import { ipcError, type FakeHandlers } from "../../../ipc/fakeBackend";
import { patientBackend, rankedPatients } from "../../../test/patientFixtures";
import { callsOf } from "../../../test/planTestKit";
import { renderApp } from "../../../test/renderApp";

const path = "/home/nurse/台帳.csv";
const headers = ["氏名", "生年月日", "市町村", "備考"];
const guessed: (TableColumn | null)[] = ["name", "birthDate", "municipality", null];

// As the Rust side lists them (columns::ALL).
const columns: TableColumn[] = [
  "id", "name", "kana", "birthDate", "address", "municipality", "living", "primaryDoctor", "careManager", "familyPhone",
  "vendorPhone", "floor", "floodDepth", "landslide", "tsunamiZone", "ventilator", "ventilatorHours", "ventilatorDrawW",
  "internalBatteryHours", "externalBatteryHours", "offVentToleranceMin", "oxygenFlowLpm", "oxygenConcentratorHours",
  "suction", "admissionArranged", "powerCompanyRegistered", "supportPlanReviewedOn", "consentPartners", "consentMunicipality",
];

const badRows: PreviewRow[] = [
  { line: 2, name: "北 一郎", outcome: { kind: "new" } },
  { line: 3, name: "南 花子", outcome: { kind: "alreadyRegistered", id: "P0001" } },
  {
    line: 4,
    name: "西 四郎",
    outcome: {
      kind: "rejected",
      errors: [
        { column: "birthDate", value: "平成32年1月1日", problem: { kind: "notADate" } },
        { column: "municipality", value: "札幌市", problem: { kind: "unknownMunicipality" } },
      ],
    },
  },
];

const goodRows: PreviewRow[] = [
  { line: 2, name: "北 一郎", outcome: { kind: "new" } },
  { line: 3, name: "南 花子", outcome: { kind: "alreadyRegistered", id: "P0001" } },
  { line: 4, name: "西 四郎", outcome: { kind: "new" } },
];

function previewOf(rows: PreviewRow[], mapping: (TableColumn | null)[]): ImportPreview {
  const count = (kind: string) => rows.filter((r) => r.outcome.kind === kind).length;
  return {
    format: "csvShiftJis",
    headers,
    mapping,
    defaultsApplied: (["living", "floodDepth"] as const).filter((c) => !mapping.includes(c)),
    columns,
    rows,
    newCount: count("new"),
    registeredCount: count("alreadyRegistered"),
    rejectedCount: count("rejected"),
  };
}

/** Refuses a mapping as check_mapping does: no name, or a column chosen twice. */
function importBackend(rows: PreviewRow[]): FakeHandlers {
  return {
    ...patientBackend({ patients: rankedPatients }),
    choosePatientFile: () => path,
    previewPatientImport: (_path, mapping) => {
      const given = mapping ?? guessed;
      const chosen = given.filter((c) => c !== null);
      if (!chosen.includes("name") || new Set(chosen).size !== chosen.length) throw ipcError("invalidInput", "mapping");
      return previewOf(rows, given);
    },
    importPatients: () => ({ added: ["P0005", "P0006"], alreadyRegistered: 1 }),
  };
}

async function chooseFile(user: ReturnType<typeof renderApp>["user"]) {
  await user.click(await screen.findByTestId("import-choose"));
  return screen.findByTestId("import-rows");
}

describe("register import", () => {
  it("previews the file: its format, the guessed mapping, the defaults and every row with its outcome", async () => {
    const { user, backend } = renderApp("/patients/import", importBackend(badRows));
    await chooseFile(user);
    expect(callsOf(backend.calls, "previewPatientImport")).toEqual([[path, null]]);
    expect(screen.getByTestId("import-format")).toHaveTextContent("形式：CSV（Shift_JIS）");
    expect(screen.getByTestId("import-file")).toHaveTextContent(path);

    expect(screen.getByTestId("import-map-0")).toHaveValue("name");
    expect(screen.getByTestId("import-map-3")).toHaveValue("");
    expect(screen.getByRole("combobox", { name: "見出し「備考」を読み取る項目" })).toBe(screen.getByTestId("import-map-3"));
    const options = within(screen.getByTestId("import-map-0")).getAllByRole("option").map((o) => o.textContent);
    expect(options).toHaveLength(columns.length + 1);
    expect(options.slice(0, 4)).toEqual(["取り込まない", "患者ID", "氏名", "ふりがな"]);
    expect(options).toContain("呼吸器使用時間（時間/日）");
    expect(options.at(-1)).toBe("市町村への提供同意日");

    const defaults = screen.getByTestId("import-defaults");
    expect(defaults).toHaveTextContent("ファイルに「世帯」の列がないため、すべての行を「家族と同居」として取り込みます。");
    expect(defaults).toHaveTextContent("ファイルに「想定浸水深」の列がないため、すべての行を「浸水の想定なし」として取り込みます。");

    const rows = within(screen.getByTestId("import-rows")).getAllByTestId(/^import-row-\d+$/);
    expect(rows.map((r) => [r.getAttribute("data-testid"), r.getAttribute("data-outcome")])).toEqual([
      ["import-row-2", "new"],
      ["import-row-3", "alreadyRegistered"],
      ["import-row-4", "rejected"],
    ]);
    expect(rows[0]).toHaveTextContent("北 一郎新規");
    expect(rows[1]).toHaveTextContent("登録済み（変更しません）");
    expect(rows[1]).toHaveTextContent("P0001として登録済み");
    const reasons = within(screen.getByTestId("import-row-4")).getAllByRole("listitem").map((li) => li.textContent);
    expect(reasons).toEqual([
      "生年月日「平成32年1月1日」は日付として読めません（例: 昭和22年3月1日）",
      "市町村「札幌市」は地域マスタにない市町村です",
    ]);
    expect(screen.getByTestId("import-row-4")).toHaveTextContent("エラー");
  });

  it("keeps the commit off while any row is refused, and says that one bad row stops the whole file", async () => {
    const { user, backend } = renderApp("/patients/import", importBackend(badRows));
    await chooseFile(user);
    expect(screen.getByTestId("import-counts")).toHaveTextContent("新規 1件・登録済み 1件・エラー 1件");
    const commit = screen.getByTestId("import-commit");
    expect(commit).toHaveTextContent("1件を取り込む");
    expect(commit).toBeDisabled();
    expect(commit).toHaveAccessibleDescription(`⚠ ${ja["import.blocked"]}`);
    await user.click(commit);
    expect(callsOf(backend.calls, "importPatients")).toHaveLength(0);
  });

  it("reads the file again with the whole mapping when a header's column is changed", async () => {
    const { user, backend } = renderApp("/patients/import", importBackend(badRows));
    await chooseFile(user);
    await user.selectOptions(screen.getByTestId("import-map-3"), "ふりがな");
    await waitFor(() =>
      expect(callsOf(backend.calls, "previewPatientImport").at(-1)).toEqual([path, ["name", "birthDate", "municipality", "kana"]]),
    );
    expect(screen.getByTestId("import-map-3")).toHaveValue("kana");
    expect(screen.getByTestId("import-rows")).toBeInTheDocument();
  });

  it("shows a refused mapping next to the table, keeps the headers, and recovers once it is fixed", async () => {
    const { user } = renderApp("/patients/import", importBackend(badRows));
    await chooseFile(user);

    await user.selectOptions(screen.getByTestId("import-map-0"), "取り込まない");
    expect(await screen.findByRole("alert")).toHaveTextContent(ja["import.mappingNoName"]);
    expect(screen.queryByTestId("import-rows")).not.toBeInTheDocument();
    expect(screen.queryByTestId("import-commit")).not.toBeInTheDocument();
    expect(screen.getByTestId("import-map-0")).toHaveValue("");

    await user.selectOptions(screen.getByTestId("import-map-0"), "氏名");
    expect(await screen.findByTestId("import-rows")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();

    await user.selectOptions(screen.getByTestId("import-map-3"), "氏名");
    expect(await screen.findByRole("alert")).toHaveTextContent("「氏名」が2つ以上の見出しで選ばれています。1つだけにしてください。");
  });

  it("imports every new row, says how many, and the register is read again", async () => {
    const { user, backend, router } = renderApp("/patients", importBackend(goodRows));
    await user.click(await screen.findByTestId("patients-import"));
    await chooseFile(user);
    const listings = callsOf(backend.calls, "listPatients").length;

    expect(screen.getByTestId("import-counts")).toHaveTextContent("新規 2件・登録済み 1件・エラー 0件");
    await user.click(screen.getByTestId("import-commit"));
    const done = await screen.findByTestId("import-done");
    expect(done).toHaveAttribute("role", "status");
    expect(done).toHaveTextContent("2件を取り込みました（登録済み1件はそのまま）");
    expect(callsOf(backend.calls, "importPatients")).toEqual([[path, guessed]]);
    expect(screen.queryByTestId("import-commit")).not.toBeInTheDocument();

    await user.click(screen.getByTestId("import-to-list"));
    await waitFor(() => expect(router.state.location.pathname).toBe("/patients"));
    await waitFor(() => expect(callsOf(backend.calls, "listPatients").length).toBeGreaterThan(listings));
  });

  it("keeps the commit off when nothing is new", async () => {
    const { user } = renderApp(
      "/patients/import",
      importBackend([{ line: 2, name: "南 花子", outcome: { kind: "alreadyRegistered", id: "P0001" } }]),
    );
    await chooseFile(user);
    expect(screen.getByTestId("import-commit")).toBeDisabled();
    expect(screen.getByTestId("import-commit-why")).toHaveTextContent(ja["import.nothingNew"]);
  });

  it("reads the file again and says nothing was imported when the import itself is refused", async () => {
    const { user, backend } = renderApp("/patients/import", {
      ...importBackend(goodRows),
      importPatients: () => {
        throw ipcError("fileRejected");
      },
    });
    await chooseFile(user);
    await user.click(screen.getByTestId("import-commit"));
    expect(await screen.findByRole("alert")).toHaveTextContent(ja["import.rejectedOnCommit"]);
    await waitFor(() => expect(callsOf(backend.calls, "previewPatientImport")).toHaveLength(2));
    expect(screen.queryByTestId("import-done")).not.toBeInTheDocument();
  });

  it("does nothing when the open dialog is cancelled", async () => {
    const { user, backend } = renderApp("/patients/import", { ...importBackend(goodRows), choosePatientFile: () => null });
    await user.click(await screen.findByTestId("import-choose"));
    await waitFor(() => expect(callsOf(backend.calls, "choosePatientFile")).toHaveLength(1));
    expect(callsOf(backend.calls, "previewPatientImport")).toHaveLength(0);
    expect(screen.queryByTestId("import-file")).not.toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it.each([
    ["a file it cannot read", ipcError("fileRejected"), ja["import.unreadable"]],
    ["a file without a name column", ipcError("invalidInput", "mapping"), ja["import.noNameColumn"]],
  ])("says so for %s", async (_case, error, sentence) => {
    const { user } = renderApp("/patients/import", {
      ...importBackend(goodRows),
      previewPatientImport: () => {
        throw error;
      },
    });
    await user.click(await screen.findByTestId("import-choose"));
    expect(await screen.findByRole("alert")).toHaveTextContent(sentence);
    expect(screen.queryByTestId("import-mapping")).not.toBeInTheDocument();
  });

  it("speaks English in the English UI", async () => {
    const { user } = renderApp("/patients/import", { ...importBackend(badRows), getSettings: () => ({ language: "en" }) });
    await waitFor(() => expect(screen.getByTestId("import-choose")).toHaveTextContent("Choose a file"));
    await chooseFile(user);
    expect(screen.getByTestId("import-format")).toHaveTextContent("Format: CSV (Shift_JIS)");
    expect(screen.getByTestId("import-counts")).toHaveTextContent("New 1 · Registered 1 · Errors 1");
    expect(screen.getByTestId("import-row-4")).toHaveTextContent('Date of birth "平成32年1月1日" cannot be read as a date');
    expect(screen.getByTestId("import-row-4")).toHaveTextContent('Municipality "札幌市" is not a municipality in the region master');
  });
});
