import type { Organization, OrganizationDraft } from "../../ipc/bindings.gen";

export function draftOf(organization: Organization): OrganizationDraft {
  const { kind, name, corporationName, address, municipality, phone, managerName } = organization;
  return { kind, name, corporationName, address, municipality, phone, managerName };
}
