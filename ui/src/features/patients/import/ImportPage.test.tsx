import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ja } from "../../../i18n/ja";
import type { ImportPreview, MappingError, PreviewRow, TableColumn } from "../../../ipc/bindings.gen";
import { ipcError, type FakeHandlers } from "../../../ipc/fakeBackend";
import { patientBackend, rankedPatients } from "../../../test/patientFixtures";
import { callsOf } from "../../../test/planTestKit";
import { renderApp } from "../../../test/renderApp";
import { settingsBackend } from "../../../test/fixtures";

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

type Mapping = (TableColumn | null)[];

function previewOf(rows: PreviewRow[], mapping: Mapping, mappingProblem: MappingError | null = null, fileHeaders = headers): ImportPreview {
  const count = (kind: string) => rows.filter((r) => r.outcome.kind === kind).length;
  return {
    format: "csvShiftJis",
    headers: fileHeaders,
    mapping,
    defaultsApplied: (["living", "floodDepth"] as const).filter((c) => !mapping.includes(c)),
    columns,
    mappingProblem,
    rows,
    newCount: count("new"),
    registeredCount: count("alreadyRegistered"),
    rejectedCount: count("rejected"),
  };
}

/** What check_mapping finds wrong with a mapping that fits the file: a column chosen twice, or no name. */
function problemOf(mapping: Mapping): MappingError | null {
  const chosen = mapping.filter((c) => c !== null);
  const twice = chosen.find((c, i) => chosen.indexOf(c) !== i);
  if (twice !== undefined) return { kind: "twice", column: twice };
  return chosen.includes("name") ? null : { kind: "noName" };
}

/**
 * Answers as preview_import does: a mapping of the wrong length is refused, any other problem comes back
 * in the preview with the headers and no rows. `file` may be changed between readings, as in Excel.
 */
function importBackend(rows: PreviewRow[], file = { headers, guessed }): FakeHandlers {
  return {
    ...patientBackend({ patients: rankedPatients }),
    choosePatientFile: () => path,
    previewPatientImport: (_path, mapping) => {
      const given = mapping ?? file.guessed;
      if (given.length !== file.headers.length) throw ipcError("invalidInput", "mapping");
      const problem = problemOf(given);
      return previewOf(problem === null ? rows : [], given, problem, file.headers);
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
    expect(callsOf(backend.calls, "previewPatientImport")).toEqual([[path, null, null]]);
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
      expect(callsOf(backend.calls, "previewPatientImport").at(-1)).toEqual([path, ["name", "birthDate", "municipality", "kana"], null]),
    );
    expect(screen.getByTestId("import-map-3")).toHaveValue("kana");
    expect(screen.getByTestId("import-rows")).toBeInTheDocument();
  });

  it("shows the mapping's problem next to the table, keeps the commit off, and recovers once it is fixed", async () => {
    const { user, backend } = renderApp("/patients/import", importBackend(badRows));
    await chooseFile(user);

    await user.selectOptions(screen.getByTestId("import-map-0"), "取り込まない");
    expect(await screen.findByRole("alert")).toHaveTextContent(ja["import.mappingNoName"]);
    expect(screen.getByTestId("import-mapping-problem")).toHaveAttribute("data-kind", "noName");
    expect(screen.queryByTestId("import-rows")).not.toBeInTheDocument();
    expect(screen.queryByTestId("import-counts")).not.toBeInTheDocument();
    expect(screen.getByTestId("import-commit")).toBeDisabled();
    expect(screen.getByTestId("import-commit")).toHaveAccessibleDescription(ja["import.mappingFirst"]);
    expect(screen.getByTestId("import-map-0")).toHaveValue("");

    await user.selectOptions(screen.getByTestId("import-map-0"), "氏名");
    expect(await screen.findByTestId("import-rows")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();

    await user.selectOptions(screen.getByTestId("import-map-3"), "氏名");
    expect(await screen.findByRole("alert")).toHaveTextContent("「氏名」が2つ以上の見出しで選ばれています。1つだけにしてください。");
    // Both selects at fault are outlined; the others are not.
    expect(screen.getByTestId("import-map-0")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByTestId("import-map-3")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByTestId("import-map-1")).not.toHaveAttribute("aria-invalid", "true");
    expect(screen.getByTestId("import-commit")).toBeDisabled();
    await user.click(screen.getByTestId("import-commit"));
    expect(callsOf(backend.calls, "importPatients")).toHaveLength(0);
  });

  it("shows the table for a file whose headers were not recognised, and reads it again once 氏名 is chosen", async () => {
    const unknown = { headers: ["利用者", "誕生日", "メモ"], guessed: [null, null, null] };
    const { user, backend } = renderApp("/patients/import", importBackend(goodRows, unknown));
    await user.click(await screen.findByTestId("import-choose"));

    expect(await screen.findByTestId("import-mapping")).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "見出し「利用者」を読み取る項目" })).toHaveValue("");
    expect(screen.getByRole("alert")).toHaveTextContent(ja["import.noNameColumn"]);
    expect(screen.getByTestId("import-commit")).toBeDisabled();
    expect(screen.queryByTestId("import-rows")).not.toBeInTheDocument();

    await user.selectOptions(screen.getByTestId("import-map-0"), "氏名");
    await waitFor(() => expect(callsOf(backend.calls, "previewPatientImport").at(-1)).toEqual([path, ["name", null, null], null]));
    expect(await screen.findByTestId("import-rows")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.getByTestId("import-counts")).toHaveTextContent("新規 2件・登録済み 1件・エラー 0件");
    expect(screen.getByTestId("import-commit")).toBeEnabled();
  });

  it("reads an untouched guess again from the file's headers, so a header renamed in the file is picked up", async () => {
    const file = { headers: ["利用者", "誕生日"], guessed: [null, null] as Mapping };
    const { user, backend } = renderApp("/patients/import", importBackend(goodRows, file));
    await user.click(await screen.findByTestId("import-choose"));
    expect(await screen.findByRole("alert")).toHaveTextContent(ja["import.noNameColumn"]);

    // Renamed to 氏名 in Excel and saved.
    file.headers = ["氏名", "誕生日"];
    file.guessed = ["name", null];
    await user.click(screen.getByTestId("import-reload"));
    expect(await screen.findByTestId("import-rows")).toBeInTheDocument();
    expect(callsOf(backend.calls, "previewPatientImport")).toEqual([
      [path, null, null],
      [path, null, null],
    ]);
    expect(screen.getByTestId("import-map-0")).toHaveValue("name");
  });

  it("guesses again, and says so, when the file's columns changed since the mapping was chosen", async () => {
    const file = { headers, guessed };
    const { user, backend } = renderApp("/patients/import", importBackend(goodRows, file));
    await chooseFile(user);
    await user.selectOptions(screen.getByTestId("import-map-3"), "ふりがな");
    await waitFor(() => expect(callsOf(backend.calls, "previewPatientImport")).toHaveLength(2));

    // A column was added in Excel: the chosen mapping no longer fits.
    file.headers = [...headers, "電話"];
    file.guessed = [...guessed, null];
    await user.click(screen.getByTestId("import-reload"));
    expect(await screen.findByTestId("import-columns-changed")).toHaveTextContent(ja["import.columnsChanged"]);
    expect(callsOf(backend.calls, "previewPatientImport").slice(2)).toEqual([
      [path, ["name", "birthDate", "municipality", "kana"], null],
      [path, null, null],
    ]);
    expect(screen.getByTestId("import-map-4")).toHaveValue("");
    expect(screen.getByTestId("import-map-3")).toHaveValue("");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.getByTestId("import-rows")).toBeInTheDocument();

    // Choosing again is the user's choice once more: the notice goes.
    await user.selectOptions(screen.getByTestId("import-map-4"), "ふりがな");
    await waitFor(() => expect(screen.queryByTestId("import-columns-changed")).not.toBeInTheDocument());
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
    expect(callsOf(backend.calls, "importPatients")).toEqual([[path, guessed, null]]);
    expect(screen.queryByTestId("import-commit")).not.toBeInTheDocument();

    await user.click(screen.getByTestId("import-to-list"));
    await waitFor(() => expect(router.state.location.pathname).toBe("/patients"));
    await waitFor(() => expect(callsOf(backend.calls, "listPatients").length).toBeGreaterThan(listings));
  });

  it("asks for the passphrase of an encrypted file, says when it is wrong, and reads and imports with it", async () => {
    const sealedPath = "/home/nurse/要配慮患者台帳.csv.age";
    const secret = "あさひ 2026 冬";
    const plain = importBackend(goodRows);
    const { user, backend } = renderApp("/patients/import", {
      ...plain,
      choosePatientFile: () => sealedPath,
      // As the Rust side: without the passphrase, or with a wrong one, invalidInput on "passphrase".
      previewPatientImport: (file, mapping, passphrase) => {
        if (passphrase !== secret) throw ipcError("invalidInput", "passphrase");
        return plain.previewPatientImport!(file, mapping, passphrase);
      },
    });
    await user.click(await screen.findByTestId("import-choose"));
    const field = await screen.findByTestId("import-passphrase");
    expect(field).toHaveAccessibleName(ja["import.passphrase"]);
    expect(screen.getByTestId("import-sealed")).toHaveTextContent(ja["import.encrypted"]);
    expect(screen.getByTestId("import-sealed-file")).toHaveTextContent(sealedPath);
    // Not an error: the file is fine, it only needs its passphrase.
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.getByTestId("import-passphrase-submit")).toHaveTextContent("開く");

    await user.type(field, "あさひ 2025 冬");
    await user.click(screen.getByTestId("import-passphrase-submit"));
    expect(await screen.findByTestId("import-passphrase-wrong")).toHaveTextContent(ja["import.passphraseWrong"]);
    expect(screen.getByRole("alert")).toHaveTextContent(ja["import.passphraseWrong"]);
    expect(screen.getByTestId("import-passphrase")).toHaveValue("");

    await user.type(screen.getByTestId("import-passphrase"), `${secret}{Enter}`);
    expect(await screen.findByTestId("import-rows")).toBeInTheDocument();
    expect(screen.queryByTestId("import-passphrase")).not.toBeInTheDocument();
    expect(callsOf(backend.calls, "previewPatientImport")).toEqual([
      [sealedPath, null, null],
      [sealedPath, null, "あさひ 2025 冬"],
      [sealedPath, null, secret],
    ]);

    // Every later reading, and the import, use the same passphrase.
    await user.selectOptions(screen.getByTestId("import-map-3"), "ふりがな");
    const kana: Mapping = ["name", "birthDate", "municipality", "kana"];
    await waitFor(() => expect(callsOf(backend.calls, "previewPatientImport").at(-1)).toEqual([sealedPath, kana, secret]));
    await user.click(screen.getByTestId("import-commit"));
    expect(await screen.findByTestId("import-done")).toBeInTheDocument();
    expect(callsOf(backend.calls, "importPatients")).toEqual([[sealedPath, kana, secret]]);
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
    ["a file that is gone", ipcError("notFound"), ja["import.missing"]],
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
    const { user } = renderApp("/patients/import", { ...importBackend(badRows), ...settingsBackend({ language: "en" }) });
    await waitFor(() => expect(screen.getByTestId("import-choose")).toHaveTextContent("Choose a file"));
    await chooseFile(user);
    expect(screen.getByTestId("import-format")).toHaveTextContent("Format: CSV (Shift_JIS)");
    expect(screen.getByTestId("import-counts")).toHaveTextContent("New 1 · Registered 1 · Errors 1");
    expect(screen.getByTestId("import-row-4")).toHaveTextContent('Date of birth "平成32年1月1日" cannot be read as a date');
    expect(screen.getByTestId("import-row-4")).toHaveTextContent('Municipality "札幌市" is not a municipality in the region master');
  });
});
