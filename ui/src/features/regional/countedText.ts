import type { Translate } from "../../i18n/translate";
import type { Counted } from "../../ipc/bindings.gen";

/**
 * The number as shown, or 「1〜4（秘匿）」 for a hidden one. A hidden number is never worked out again
 * from totals or other cells: the Rust side hid it so that nobody could tell who the patients are.
 */
export function countedText(t: Translate, count: Counted, unit: "people" | "members"): string {
  if (count.value === null) return t("regional.hidden");
  return t(`regional.unit.${unit}`, { n: count.value });
}
