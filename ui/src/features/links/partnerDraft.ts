// The partner form's state and its checks. The Rust side refuses an empty name or 24-hour phone without
// saying which, so the form checks both itself and names the field.
import type { MessageKey } from "../../i18n/ja";
import type { Partner } from "../../ipc/bindings.gen";
import { isFingerprint, normalizeFingerprint } from "./fingerprint";

/** Every field as the form holds it (the fingerprint as typed; empty = not confirmed yet). */
export type PartnerDraft = Required<Omit<Partner, "fingerprint">> & { fingerprint: string };

export function emptyPartner(): PartnerDraft {
  return { id: "", name: "", kind: "sameKind", phone24h: "", contactPerson: "", fingerprint: "", note: "" };
}

export function draftOf(partner: Partner): PartnerDraft {
  return {
    id: partner.id ?? "",
    name: partner.name,
    kind: partner.kind,
    phone24h: partner.phone24h,
    contactPerson: partner.contactPerson ?? "",
    fingerprint: partner.fingerprint ?? "",
    note: partner.note ?? "",
  };
}

export type PartnerProblems = Partial<Record<"name" | "phone24h" | "fingerprint", MessageKey>>;

export function partnerProblems(draft: PartnerDraft): PartnerProblems {
  const problems: PartnerProblems = {};
  if (draft.name.trim() === "") problems.name = "partnerError.name";
  if (draft.phone24h.trim() === "") problems.phone24h = "partnerError.phone24h";
  const fingerprint = normalizeFingerprint(draft.fingerprint);
  if (fingerprint !== "" && !isFingerprint(fingerprint)) problems.fingerprint = "partnerError.fingerprint";
  return problems;
}

/** The entry as the Rust side stores it: trimmed, the fingerprint in its stored shape or null. */
export function partnerOf(draft: PartnerDraft): Partner {
  const fingerprint = normalizeFingerprint(draft.fingerprint);
  return {
    id: draft.id,
    name: draft.name.trim(),
    kind: draft.kind,
    phone24h: draft.phone24h.trim(),
    contactPerson: draft.contactPerson.trim(),
    fingerprint: fingerprint === "" ? null : fingerprint,
    note: draft.note,
  };
}
