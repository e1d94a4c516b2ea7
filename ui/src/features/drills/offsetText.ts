import type { Translate } from "../../i18n/translate";

/**
 * An inject's time as the facilitator reads it: 「T+1時間30分」「T−6時間」「T+1日21時間」「T+0分」
 * (the drill pack prints the same, from bcp-core's scenario::offset_label).
 */
export function offsetText(t: Translate, minutes: number): string {
  const whole = Math.abs(Math.trunc(minutes));
  const [days, hours, mins] = [Math.floor(whole / 1440), Math.floor((whole % 1440) / 60), whole % 60];
  const parts = [
    days > 0 ? t("offset.days", { n: days }) : "",
    hours > 0 ? t("offset.hours", { n: hours }) : "",
    mins > 0 || whole === 0 ? t("offset.minutes", { n: mins }) : "",
  ].join("");
  // The English units carry their own trailing space; the label ends without one.
  return t(minutes < 0 ? "offset.before" : "offset.after", { parts }).trim();
}
