import { describe, expect, it } from "vitest";
import { translate, type Translate } from "../../i18n/translate";
import { actionText, basisText, subjectText } from "./auditText";

const ja: Translate = (key, vars) => translate("ja", key, vars);
const en: Translate = (key, vars) => translate("en", key, vars);

describe("audit words", () => {
  it("name known actions, papers added later, and leave unknown codes as they are", () => {
    expect(actionText(ja, "patient.view")).toBe("患者の閲覧");
    expect(actionText(ja, "patient.export")).toBe("台帳の書き出し（暗号化）");
    expect(actionText(ja, "exchange.break-glass")).toBe("緊急時の開示");
    expect(actionText(ja, "lock.unlock-failed")).toBe("ロック解除の失敗（パスフレーズ違い）");
    expect(actionText(ja, "print.roster")).toBe("印刷（優先順位名簿）");
    expect(actionText(ja, "print.new-paper")).toBe("印刷（new-paper）");
    expect(actionText(ja, "print.")).toBe("print.");
    expect(actionText(ja, "custom.thing")).toBe("custom.thing");
    expect(actionText(en, "backup.restore")).toBe("Restored from a backup");
  });

  it("read the basis: consent, emergency disclosure with its reason, or none", () => {
    expect(basisText(ja, "consent")).toBe("本人同意");
    expect(basisText(ja, "break-glass: 停電で連絡がつかない")).toBe("緊急時の開示：停電で連絡がつかない");
    expect(basisText(en, "break-glass: $& no power")).toBe("Emergency disclosure: $& no power");
    expect(basisText(ja, "")).toBe("—");
    expect(basisText(ja, "other")).toBe("other");
  });

  it("say the whole register for *", () => {
    expect(subjectText(ja, "*")).toBe("（全体）");
    expect(subjectText(ja, "P0001")).toBe("P0001");
  });
});
