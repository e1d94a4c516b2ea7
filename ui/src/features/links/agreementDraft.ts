// The agreement form's state and its checks. The Rust side refuses a bad date or an end before the
// start without saying which field, so the form checks them itself and names the field.
import type { MessageKey } from "../../i18n/ja";
import type { Agreement } from "../../ipc/bindings.gen";
import { isDate, normalizeDate } from "./typed";

type DateField = "validFrom" | "validUntil" | "reviewOn";

/** Every field as the form holds it; dates as typed ("" = none). */
export type AgreementDraft = Required<Omit<Agreement, DateField>> & Record<DateField, string>;

export const dateFields: DateField[] = ["validFrom", "validUntil", "reviewOn"];

export function emptyAgreement(partnerId: string): AgreementDraft {
  return {
    id: "",
    partnerId,
    kind: "backupVisits",
    direction: "mutual",
    trigger: "",
    areas: [],
    deviceClasses: [],
    capacityPatients: null,
    consentRequired: false,
    billingNote: "",
    validFrom: "",
    validUntil: "",
    reviewOn: "",
  };
}

export function agreementDraftOf(agreement: Agreement): AgreementDraft {
  return {
    id: agreement.id ?? "",
    partnerId: agreement.partnerId,
    kind: agreement.kind,
    direction: agreement.direction,
    trigger: agreement.trigger ?? "",
    areas: agreement.areas ?? [],
    deviceClasses: agreement.deviceClasses ?? [],
    capacityPatients: agreement.capacityPatients,
    consentRequired: agreement.consentRequired ?? false,
    billingNote: agreement.billingNote ?? "",
    validFrom: agreement.validFrom ?? "",
    validUntil: agreement.validUntil ?? "",
    reviewOn: agreement.reviewOn ?? "",
  };
}

export type AgreementProblems = Partial<Record<"partnerId" | "capacityPatients" | DateField, MessageKey>>;

export function agreementProblems(draft: AgreementDraft): AgreementProblems {
  const problems: AgreementProblems = {};
  if (draft.partnerId === "") problems.partnerId = "agreementError.partner";
  const capacity = draft.capacityPatients;
  if (capacity !== null && (!Number.isInteger(capacity) || capacity < 0)) problems.capacityPatients = "agreementError.capacity";
  for (const field of dateFields) {
    const value = normalizeDate(draft[field]);
    if (value !== "" && !isDate(value)) problems[field] = "agreementError.date";
  }
  const [from, until] = [normalizeDate(draft.validFrom), normalizeDate(draft.validUntil)];
  // ISO dates compare as text.
  if (!problems.validFrom && !problems.validUntil && from !== "" && until !== "" && until < from)
    problems.validUntil = "agreementError.endsBeforeStart";
  return problems;
}

/** The agreement as the Rust side stores it: dates as YYYY-MM-DD or null. */
export function agreementOf(draft: AgreementDraft): Agreement {
  const date = (field: DateField) => {
    const value = normalizeDate(draft[field]);
    return value === "" ? null : value;
  };
  return {
    ...draft,
    trigger: draft.trigger.trim(),
    validFrom: date("validFrom"),
    validUntil: date("validUntil"),
    reviewOn: date("reviewOn"),
  };
}
