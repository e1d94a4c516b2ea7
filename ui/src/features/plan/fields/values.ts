// Reading stored answers into editor state and back. Shapes as in templates/guide/README.md:
// text/longtext/choice/date → string; list/multichoice → string[]; number → number; null clears.
import type { Value } from "../../../ipc/bindings.gen";

export function textOf(value: Value | undefined): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  return "";
}

export function stringsOf(value: Value | undefined): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

export function numberOf(value: Value | undefined): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

export function objectOf(value: Value | undefined): { [key: string]: Value } {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : {};
}

/** Typed text as an answer: a blank box clears the answer rather than storing spaces. */
export function textValue(text: string): Value {
  return text.trim() === "" ? null : text;
}

/** Blank lines carry nothing on paper, and a blank item never counts towards min_items. */
export function linesValue(lines: string[]): Value {
  const items = lines.filter((line) => line.trim() !== "");
  return items.length === 0 ? null : items;
}

/** Same rule as the Rust side's is_blank: false and 0 are answers, empty strings and containers are not. */
export function isBlankValue(value: Value | undefined): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.every(isBlankValue);
  if (typeof value === "object") return Object.values(value).every(isBlankValue);
  return false;
}
