import { describe, expect, it } from "vitest";
import type { CellError } from "../../../ipc/bindings.gen";
import { translate, type Translate } from "../../../i18n/translate";
import { cellErrorText } from "./cellErrorText";
import { mappingProblemText } from "./importErrors";

const ja: Translate = (key, vars) => translate("ja", key, vars);
const en: Translate = (key, vars) => translate("en", key, vars);

const cases: [CellError, string, string][] = [
  [
    { column: "birthDate", value: "平成32年1月1日", problem: { kind: "notADate" } },
    "生年月日「平成32年1月1日」は日付として読めません（例: 昭和22年3月1日）",
    'Date of birth "平成32年1月1日" cannot be read as a date (e.g. 昭和22年3月1日)',
  ],
  [
    { column: "municipality", value: "札幌市", problem: { kind: "unknownMunicipality" } },
    "市町村「札幌市」は地域マスタにない市町村です",
    'Municipality "札幌市" is not a municipality in the region master',
  ],
  [
    { column: "name", value: "", problem: { kind: "required" } },
    "氏名が空です。入力してください",
    "Name is empty. Please fill it in",
  ],
  [
    { column: "floor", value: "80階", problem: { kind: "outOfRange", min: -5, max: 60 } },
    "居室の階「80階」は-5〜60の範囲で入力してください",
    'Floor of the room "80階" must be between -5 and 60',
  ],
  [
    { column: "ventilatorHours", value: "約4", problem: { kind: "notANumber" } },
    "呼吸器使用時間（時間/日）「約4」は数値として読めません（例: 12、4時間）",
    'Ventilator use (hours/day) "約4" cannot be read as a number (e.g. 12, 4時間)',
  ],
  [
    { column: "living", value: "施設", problem: { kind: "unknownChoice", accepted: ["家族と同居", "独居", "高齢者のみ"] } },
    "世帯「施設」は次のいずれかで入力してください：家族と同居・独居・高齢者のみ",
    'Household "施設" must be one of: 家族と同居, 独居, 高齢者のみ',
  ],
  [
    { column: "internalBatteryHours", value: "8", problem: { kind: "needsDevice", device: "ventilator" } },
    "内部バッテリー（時間）「8」が入っていますが、人工呼吸器が「なし」か空欄です",
    'Internal battery (hours) "8" is given, but Ventilator is "なし" or empty',
  ],
  [
    { column: "name", value: "南 花子", problem: { kind: "repeatedInFile", line: 2 } },
    "氏名「南 花子」は2行目と同じ患者です（同じファイルに2回あります）",
    'Name "南 花子" is the same patient as on row 2 (the file lists them twice)',
  ],
  [
    { column: null, value: "", problem: { kind: "record", message: "device \"d1\" appears twice" } },
    "この行は台帳に登録できません（device \"d1\" appears twice）",
    'This row cannot be registered (device "d1" appears twice)',
  ],
];

describe("cellErrorText", () => {
  it.each(cases)("writes one sentence per problem kind in both languages (%#)", (error, japanese, english) => {
    expect(cellErrorText(ja, error)).toBe(japanese);
    expect(cellErrorText(en, error)).toBe(english);
  });

  it("says what it knows of a range with a missing end", () => {
    const error: CellError = { column: "floor", value: "99", problem: { kind: "outOfRange", min: null, max: 60 } };
    expect(cellErrorText(ja, error)).toBe("居室の階「99」は60以下で入力してください");
  });
});

describe("mappingProblemText", () => {
  it("names the problem the Rust side found, and tells a failed guess from a choice", () => {
    expect(mappingProblemText(ja, { kind: "twice", column: "kana" }, "chosen")).toBe(
      "「ふりがな」が2つ以上の見出しで選ばれています。1つだけにしてください。",
    );
    expect(mappingProblemText(en, { kind: "twice", column: "kana" }, "chosen")).toBe(
      '"Name in kana" is chosen for more than one header. Choose it for one only.',
    );
    expect(mappingProblemText(ja, { kind: "noName" }, "chosen")).toBe(translate("ja", "import.mappingNoName"));
    expect(mappingProblemText(ja, { kind: "noName" }, "guessed")).toBe(translate("ja", "import.noNameColumn"));
    expect(mappingProblemText(en, { kind: "noName" }, "guessedAgain")).toBe(translate("en", "import.noNameColumn"));
  });
});
