import { describe, expect, it } from "vitest";
import { localText } from "../../i18n/localText";
import { translate, type Translate } from "../../i18n/translate";
import type { GapReason } from "../../ipc/bindings.gen";
import { testGuide } from "../../test/planFixtures";
import { gapLineText, gapReasonText } from "./gapText";

const roles = testGuide.steps.find((s) => s.id === "governance")!.fields.find((f) => f.id === "roles")!;

describe("gap sentences", () => {
  const ja: Translate = (key, vars) => translate("ja", key, vars);
  const en: Translate = (key, vars) => translate("en", key, vars);
  const jaText = (text: { ja: string; en: string }) => localText(text, "ja");
  const enText = (text: { ja: string; en: string }) => localText(text, "en");

  it("say each GapReason in Japanese, naming a table's column by its label", () => {
    const cases: [GapReason, string][] = [
      [{ kind: "empty" }, "未記入です"],
      [{ kind: "tooFewItems", have: 1, need: 3 }, "3項目以上必要です（現在1項目）"],
      [{ kind: "tooFewRows", have: 0, need: 2 }, "2行以上必要です（現在0行）"],
      [{ kind: "incompleteRow", row: 2, column: "role" }, "2行目の「役割」が未記入です"],
      [{ kind: "tooFewFilledRows", have: 4, need: 5 }, "5行以上の記入が必要です（現在4行）"],
    ];
    for (const [reason, sentence] of cases) expect(gapReasonText(ja, jaText, reason, roles)).toBe(sentence);
  });

  it("fall back to the column id when the field no longer has it, and speak English too", () => {
    expect(gapReasonText(ja, jaText, { kind: "incompleteRow", row: 1, column: "gone" }, roles)).toBe("1行目の「gone」が未記入です");
    expect(gapReasonText(en, enText, { kind: "incompleteRow", row: 1, column: "role" }, roles)).toBe('Row 1: "Role" is not filled in');
  });

  it("prefix the step and field", () => {
    const line = gapLineText(ja, jaText, testGuide, {
      stepId: "governance",
      fieldId: "roles",
      requirement: "required",
      reason: { kind: "tooFewRows", have: 0, need: 1 },
    });
    expect(line).toBe("推進体制 › 役割分担：1行以上必要です（現在0行）");
  });
});
