import type { Translate } from "../../i18n/translate";

/**
 * 第n版, or 未確定 for a plan never fixed as a version. `planExists` false = the file carries no plan at
 * all (an organisation that has not started one).
 */
export function revisionText(t: Translate, revision: number | null, planExists: boolean): string {
  if (!planExists) return t("remotePlans.noPlan");
  return revision === null ? t("remotePlans.unfixed") : t("remotePlans.revision", { n: revision });
}
