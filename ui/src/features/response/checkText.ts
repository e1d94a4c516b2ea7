import type { Translate } from "../../i18n/translate";
import type { SafetyCheck } from "../../ipc/bindings.gen";

/** A check in one line: 「連絡OK・変わりなし・機器：バッテリーで動作・バッテリー 40%」 or 「不通」. */
export function checkResultText(t: Translate, check: SafetyCheck): string {
  if (!check.reached) return t("result.unreached");
  const parts = [t("result.reached", { condition: t(`condition.${check.condition}`) })];
  if (check.deviceState !== "unknown") parts.push(t("result.device", { state: t(`deviceState.${check.deviceState}`) }));
  if (check.batteryPct !== null) parts.push(t("result.battery", { pct: check.batteryPct }));
  return parts.join(t("result.separator"));
}

/** Who checked and how, for the timeline: 「（山田・電話）」. */
export function checkByText(t: Translate, check: SafetyCheck): string {
  return t("result.by", { by: check.by, channel: t(`channel.${check.channel}`) });
}

/** The latest check of each patient (the list arrives oldest first). */
export function lastChecks(checks: SafetyCheck[]): Map<string, SafetyCheck> {
  const last = new Map<string, SafetyCheck>();
  for (const check of checks) {
    const seen = last.get(check.patientId);
    if (seen === undefined || Date.parse(check.at) >= Date.parse(seen.at)) last.set(check.patientId, check);
  }
  return last;
}
