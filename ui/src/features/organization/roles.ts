import type { OrganizationKind } from "../../ipc/bindings.gen";
import { organizationKinds } from "./kinds";

/** Who opens the app for the first time: a clinic or station manager, or a coordinator at a 連携拠点. */
export type Role = "manager" | "coordinator";

/** The organisation kinds each role registers. A coordinator's organisation is the coordination base. */
export function kindsFor(role: Role): OrganizationKind[] {
  return role === "coordinator"
    ? ["CoordinationBase"]
    : organizationKinds.filter((kind) => kind !== "CoordinationBase");
}
