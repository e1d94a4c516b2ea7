import type { OrganizationKind } from "../../ipc/bindings.gen";

// A Record so that a kind added to the contract cannot be forgotten here; the order is the order shown.
const kindOrder: Record<OrganizationKind, number> = {
  ZaitakuClinic: 0,
  ZaitakuHospital: 1,
  Clinic: 2,
  NursingStation: 3,
  CoordinationBase: 4,
  Other: 5,
};

export const organizationKinds = (Object.keys(kindOrder) as OrganizationKind[]).sort(
  (a, b) => kindOrder[a] - kindOrder[b],
);

export function isOrganizationKind(value: string): value is OrganizationKind {
  return Object.prototype.hasOwnProperty.call(kindOrder, value);
}
