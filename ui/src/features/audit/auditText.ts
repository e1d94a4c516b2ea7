import type { MessageKey } from "../../i18n/ja";
import type { Translate } from "../../i18n/translate";

/** The action codes the Rust side writes today, each with its own words. */
const knownActions = [
  "patient.view",
  "patient.list",
  "patient.save",
  "patient.import",
  "patient.export",
  "exchange.export",
  "exchange.break-glass",
  "exchange.import",
  "regional.names",
  "regional.scope",
  "print.roster",
  "print.check-sheet",
  "print.support-plan",
  "print.evacuation-plan",
  "print.drill-pack",
  "drill.tabletop",
  "outage.start",
  "outage.end",
  "outage.evacuation-order",
  "backup.restore",
  "lock.set",
  "lock.clear",
  "lock.unlock",
  "lock.unlock-failed",
  "audit.export",
] as const;

type KnownAction = (typeof knownActions)[number];

const isKnown = (action: string): action is KnownAction => (knownActions as readonly string[]).includes(action);

/** 「患者の閲覧」 for patient.view; 「印刷（x）」 for a paper added later; any other code as it is. */
export function actionText(t: Translate, action: string): string {
  if (isKnown(action)) return t(`audit.action.${action}`);
  const paper = action.startsWith("print.") ? action.slice("print.".length) : "";
  if (paper !== "") return t("audit.action.print", { what: paper });
  return action;
}

/** The action filter: a prefix of the code (empty = every action). */
export const actionCategories: { value: string; label: MessageKey }[] = [
  { value: "", label: "audit.category.all" },
  { value: "patient.", label: "audit.category.patient" },
  { value: "print.", label: "audit.category.print" },
  { value: "exchange.", label: "audit.category.exchange" },
  { value: "regional.", label: "audit.category.regional" },
  { value: "drill.", label: "audit.category.drill" },
  { value: "outage.", label: "audit.category.outage" },
  { value: "backup.", label: "audit.category.backup" },
  { value: "lock.", label: "audit.category.lock" },
  { value: "audit.", label: "audit.category.audit" },
];

const breakGlass = "break-glass:";

/** What allowed names to leave: 「本人同意」, 「緊急時の開示：理由」, or "—" for none. */
export function basisText(t: Translate, basis: string): string {
  if (basis === "") return t("audit.none");
  if (basis === "consent") return t("audit.basis.consent");
  if (basis.startsWith(breakGlass)) return t("audit.basis.breakGlass", { reason: basis.slice(breakGlass.length).trim() });
  return basis;
}

/** `*` stands for the whole register (or nothing in particular). */
export function subjectText(t: Translate, subject: string): string {
  if (subject === "*") return t("audit.subjectAll");
  return subject === "" ? t("audit.none") : subject;
}
