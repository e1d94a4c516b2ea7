// How a Change reads in the 変更点 list: what happened, where (the guide's step and field labels, not
// ids) and a short before → after. Values are summarised by the field's shape, as the wizard edits them.
import { dateText } from "../../../components/DateLabel";
import type { Translate } from "../../../i18n/translate";
import type { Change, Field, Guide, Language, Value } from "../../../ipc/bindings.gen";
import { isBlankValue } from "../fields/values";

export type ChangeKind = "added" | "changed" | "removed";

/** Long answers are cut here: the list shows that something changed, the wizard shows all of it. */
export const summaryLength = 120;

export function changeKind(change: Change): ChangeKind {
  if (change.before === null) return "added";
  if (change.after === null) return "removed";
  return "changed";
}

/** The step and field as the guide names them; the ids when the guide no longer has them. */
export function changePlace(guide: Guide, change: Change, language: Language): { step: string; field: string; def?: Field } {
  const step = guide.steps.find((s) => s.id === change.stepId);
  const def = step?.fields.find((f) => f.id === change.fieldId);
  return { step: step ? step.title[language] : change.stepId, field: def ? def.label[language] : change.fieldId, def };
}

/**
 * Changes in wizard order (the Rust side sorts by id, which reads as no order at all);
 * fields the guide no longer has come last, in the order they came.
 */
export function inGuideOrder(guide: Guide, changes: Change[]): Change[] {
  const rank = new Map<string, number>();
  guide.steps.forEach((step, s) => step.fields.forEach((field, f) => rank.set(`${step.id}/${field.id}`, s * 10_000 + f)));
  const at = (c: Change) => rank.get(`${c.stepId}/${c.fieldId}`) ?? Number.MAX_SAFE_INTEGER;
  return changes.map((c, i) => ({ c, i })).sort((a, b) => at(a.c) - at(b.c) || a.i - b.i).map(({ c }) => c);
}

export function truncate(text: string, max = summaryLength): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

const isRow = (v: Value): v is { [key: string]: Value } => v !== null && typeof v === "object" && !Array.isArray(v);

/** One value on one line, at most `summaryLength` characters; 「（なし）」 for none. */
export function valueSummary(t: Translate, language: Language, def: Field | undefined, value: Value | null): string {
  return value === null ? t("changes.nothing") : truncate(oneLine(summarise(t, language, def, value)));
}

function summarise(t: Translate, language: Language, def: Field | undefined, value: Value): string {
  const join = (items: string[]) => items.join(t("changes.separator"));
  const optionLabel = (id: string) =>
    (def?.type === "choice" || def?.type === "multichoice" ? def.options.find((o) => o.id === id)?.[language] : undefined) ?? id;

  if (typeof value === "boolean") return t(value ? "changes.yes" : "changes.no");
  if (typeof value === "number") {
    const unit = def?.type === "number" && def.unit ? def.unit[language] : "";
    return `${value}${unit}`;
  }
  if (typeof value === "string") {
    if (def?.type === "choice") return optionLabel(value);
    if (def?.type === "date") return dateText(value, language) || value;
    return value;
  }
  if (Array.isArray(value)) {
    const filled = value.filter((v) => !isBlankValue(v));
    // A table is rows of cells: the count says enough here.
    if (def?.type === "table" || filled.some(isRow)) return t("changes.rows", { n: filled.length });
    return join(filled.map((v) => (typeof v === "string" ? optionLabel(v) : String(v))));
  }
  if (value === null) return t("changes.nothing");
  // A matrix: rows with any entry.
  return t("changes.filledRows", { n: Object.values(value).filter((cells) => !isBlankValue(cells)).length });
}
