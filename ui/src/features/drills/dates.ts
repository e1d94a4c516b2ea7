/** A calendar day (YYYY-MM-DD) as the lists show it beside short times: 「2027/01/20」. */
export function shortDate(iso: string): string {
  return iso.replace(/-/g, "/");
}

/** A real day written YYYY-MM-DD, the only date form the Rust side stores (2025-02-30 is not one). */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}
