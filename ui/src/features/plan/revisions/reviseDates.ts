import { isoDate } from "../../../components/DateLabel";

/** Today on the local calendar, YYYY-MM-DD (the Rust side also checks against the local date). */
export function todayIso(now: Date = new Date()): string {
  return isoDate(now);
}

/**
 * The same day one year on (次回見直し期限's starting value): 2025-04-01 → 2026-04-01.
 * 29 February becomes 28 February. Empty for an incomplete date, so the field stays empty too.
 */
export function oneYearAfter(iso: string): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!day) return "";
  const [year, month, date] = [Number(day[1]) + 1, Number(day[2]) - 1, Number(day[3])];
  const next = new Date(year, month, date);
  // Date rolls 29 Feb into March in a common year; the last day of February is meant.
  return isoDate(next.getMonth() === month ? next : new Date(year, month + 1, 0));
}

/** Whether a due date (YYYY-MM-DD) has passed: the due day itself is still in time. */
export function isOverdue(due: string, today: string): boolean {
  return due < today;
}
