// The contract's link enumerations as the screens offer them. Records, so that a value added to the
// contract cannot be forgotten here; the key order is the order shown.
import type { AgreementKind, Direction, Finding, OrganizationKind, PartnerKind } from "../../ipc/bindings.gen";

const partnerKindSet: Record<PartnerKind, true> = {
  sameKind: true,
  clinic: true,
  hospital: true,
  pharmacy: true,
  careManagerOffice: true,
  municipality: true,
  healthCenter: true,
  coordinationBase: true,
  deviceVendor: true,
  oxygenSupplier: true,
  powerCompany: true,
  other: true,
};
export const partnerKinds = Object.keys(partnerKindSet) as PartnerKind[];

const agreementKindSet: Record<AgreementKind, true> = { backupVisits: true, admission: true, lending: true, informationSharing: true };
export const agreementKinds = Object.keys(agreementKindSet) as AgreementKind[];

const directionSet: Record<Direction, true> = { mutual: true, theyProvide: true, weProvide: true };
export const directions = Object.keys(directionSet) as Direction[];

export type FindingKind = Finding["kind"];

/** How serious a finding reads: an agreement that cannot hold first, a date to watch last. */
export const findingColors: Record<FindingKind, string> = {
  expired: "red",
  capacityOvercommitted: "red",
  noReceivingHospital: "red",
  oneSided: "orange",
  contactDisagrees: "orange",
  singlePointOfFailure: "orange",
  reviewOverdue: "orange",
  endingSoon: "yellow",
};

/** Clinics with and without the 在宅療養支援 registration do the same work for this purpose. */
const kindGroups: Record<OrganizationKind, string> = {
  ZaitakuClinic: "clinic",
  Clinic: "clinic",
  ZaitakuHospital: "hospital",
  NursingStation: "nursing",
  CoordinationBase: "coordinationBase",
  Other: "other",
};

/**
 * A first guess at the partner's kind from the kind of organisation its file names; the person
 * registering it corrects the guess. One of our own kind is a 同種の事業所 (station to station,
 * clinic to clinic).
 */
export function partnerKindOf(theirs: OrganizationKind, ours: OrganizationKind | undefined): PartnerKind {
  const group = kindGroups[theirs];
  if (ours !== undefined && group === kindGroups[ours] && group !== "other") return "sameKind";
  switch (group) {
    case "clinic":
      return "clinic";
    case "hospital":
      return "hospital";
    case "coordinationBase":
      return "coordinationBase";
    default:
      return "other";
  }
}
