import type { Fingerprint, OrganizationKind, RemotePlan } from "../../ipc/bindings.gen";
import { partnerKindOf } from "./choices";
import { emptyPartner, type PartnerDraft } from "./partnerDraft";

type Sender = { senderName: string; fingerprint: Fingerprint };

/**
 * A directory entry started from an imported file: its sender's name and fingerprint, and (when the
 * plan is at hand) the phone, manager and a guess at the kind from the organisation it describes.
 * The person registering it confirms the fingerprint by phone and corrects the rest.
 */
export function partnerFromFile(sender: Sender, plan: RemotePlan | undefined, ours: OrganizationKind | undefined): PartnerDraft {
  const organization = plan?.content.organization;
  return {
    ...emptyPartner(),
    name: sender.senderName,
    fingerprint: sender.fingerprint,
    kind: organization ? partnerKindOf(organization.kind, ours) : "other",
    phone24h: organization?.phone ?? "",
    contactPerson: organization?.managerName ?? "",
  };
}
