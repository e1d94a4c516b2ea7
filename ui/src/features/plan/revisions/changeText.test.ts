import { describe, expect, it } from "vitest";
import { translate, type Translate } from "../../../i18n/translate";
import type { Change, Field } from "../../../ipc/bindings.gen";
import { testGuide } from "../../../test/planFixtures";
import { changeKind, changePlace, inGuideOrder, truncate, valueSummary } from "./changeText";

const ja: Translate = (key, vars) => translate("ja", key, vars);
const en: Translate = (key, vars) => translate("en", key, vars);
const field = (stepId: string, fieldId: string): Field => testGuide.steps.find((s) => s.id === stepId)!.fields.find((f) => f.id === fieldId)!;
const change = (stepId: string, fieldId: string, before: Change["before"], after: Change["after"]): Change => ({ stepId, fieldId, before, after });

describe("change text", () => {
  it("names the kind of change from which side is missing", () => {
    expect(changeKind(change("s", "f", null, "a"))).toBe("added");
    expect(changeKind(change("s", "f", "a", null))).toBe("removed");
    expect(changeKind(change("s", "f", "a", "b"))).toBe("changed");
  });

  it("names the step and field by the guide's labels in the UI language, or by id when the guide lacks them", () => {
    expect(changePlace(testGuide, change("basic-policy", "level", null, "full"), "ja")).toMatchObject({ step: "基本方針", field: "継続の水準" });
    expect(changePlace(testGuide, change("basic-policy", "level", null, "full"), "en")).toMatchObject({ step: "Basic policy", field: "Level of service" });
    expect(changePlace(testGuide, change("gone-step", "gone-field", null, "x"), "ja")).toMatchObject({ step: "gone-step", field: "gone-field" });
  });

  it("puts changes in wizard order, unknown fields last", () => {
    const sorted = inGuideOrder(testGuide, [
      change("gone", "x", null, "1"),
      change("risks", "lifelines", null, {}),
      change("basic-policy", "principles", null, ["a"]),
      change("basic-policy", "level", null, "full"),
      change("scope", "org-summary", null, "a"),
    ]);
    expect(sorted.map((c) => `${c.stepId}/${c.fieldId}`)).toEqual([
      "scope/org-summary",
      "basic-policy/principles",
      "basic-policy/level",
      "risks/lifelines",
      "gone/x",
    ]);
  });

  it("summarises each shape on one line", () => {
    expect(valueSummary(ja, "ja", field("scope", "org-summary"), "看護師5名。\n常勤3名")).toBe("看護師5名。 常勤3名");
    expect(valueSummary(ja, "ja", field("basic-policy", "principles"), ["利用者の生命を守る", "職員の安全"])).toBe("利用者の生命を守る、職員の安全");
    expect(valueSummary(en, "en", field("basic-policy", "principles"), ["a", "b"])).toBe("a, b");
    expect(valueSummary(ja, "ja", field("basic-policy", "level"), "partial")).toBe("一部継続");
    expect(valueSummary(en, "en", field("scope", "insurance"), ["kaigo", "iryo"])).toBe("Long-term care insurance, Health insurance");
    expect(valueSummary(ja, "ja", field("scope", "patient-count"), 40)).toBe("40人");
    expect(valueSummary(ja, "ja", field("scope", "written-on"), "2025-04-01")).toBe("令和7年4月1日 (2025-04-01)");
    expect(valueSummary(ja, "ja", field("governance", "roles"), [{ role: "責任者" }, { role: "連絡係" }])).toBe("2行");
    expect(valueSummary(ja, "ja", field("risks", "lifelines"), { power: { day1: "停電" }, water: {} })).toBe("1行に記入");
    expect(valueSummary(ja, "ja", undefined, true)).toBe("はい");
    expect(valueSummary(ja, "ja", field("scope", "org-summary"), null)).toBe("（なし）");
  });

  it("cuts long values to 120 characters", () => {
    const long = "あ".repeat(300);
    const summary = valueSummary(ja, "ja", field("basic-policy", "note"), long);
    expect(Array.from(summary)).toHaveLength(120);
    expect(summary.endsWith("…")).toBe(true);
    expect(truncate("短い")).toBe("短い");
    // Characters outside the BMP count once and are never split.
    expect(truncate("𠮷".repeat(5), 3)).toBe("𠮷𠮷…");
  });
});
