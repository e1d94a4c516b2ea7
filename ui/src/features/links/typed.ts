// Text as people type it on a Japanese keyboard.

/** Full-width digits and letters (a Japanese IME's default) as their ASCII counterparts. */
export function halfWidth(text: string): string {
  return text.replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * A calendar date typed as YYYY-MM-DD (also with full-width digits or slashes) in that shape; "" stays
 * "" (no date); anything else is returned trimmed, for isDate to refuse.
 */
export function normalizeDate(typed: string): string {
  const text = halfWidth(typed.trim()).replace(/[/／]/g, "-");
  const parts = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  return parts ? `${parts[1]}-${parts[2]!.padStart(2, "0")}-${parts[3]!.padStart(2, "0")}` : text;
}

/** A real day (no 2月30日) in the shape YYYY-MM-DD. */
export function isDate(text: string): boolean {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!parts) return false;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}
