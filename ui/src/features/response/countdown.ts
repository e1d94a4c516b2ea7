// The response screen's clocks. The Rust side computes every remaining time at `computedAt`; between
// two fetches the screen counts on from there with the computer's clock, so a restart or a missed
// refresh never loses time: everything follows from stored times.

import type { Translate } from "../../i18n/translate";

const msPerMinute = 60_000;

/** Minutes from `fromIso` to `now` (0 if `fromIso` is later or unreadable). */
export function minutesSince(fromIso: string, now: number): number {
  const from = Date.parse(fromIso);
  return Number.isNaN(from) ? 0 : Math.max(0, (now - from) / msPerMinute);
}

/** Hours left now of an amount that was `hoursAt` at `computedAt`; never below 0. */
export function hoursLeftNow(hoursAt: number, computedAt: string, now: number): number {
  return Math.max(0, hoursAt - minutesSince(computedAt, now) / 60);
}

/** Below this many hours a ventilator's countdown turns red (the P0 power threshold's default). */
export const urgentHours = 3;

/** 「2時間48分」 / "2 h 48 min": whole minutes, rounded down so the screen never promises a minute too many. */
export function durationText(t: Translate, minutes: number): string {
  const whole = Math.max(0, Math.floor(minutes));
  return t("response.duration", { h: Math.floor(whole / 60), mm: String(whole % 60).padStart(2, "0") });
}
