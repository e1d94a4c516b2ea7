import { createContext, useContext, type ReactNode } from "react";
import type { Fingerprint, MemberRow } from "../../ipc/bindings.gen";

const MemberNamesContext = createContext<ReadonlyMap<Fingerprint, string>>(new Map());

/** The dashboard's members by fingerprint, so every number on it can name the files it was counted from. */
export function MemberNamesProvider({ members, children }: { members: MemberRow[]; children: ReactNode }) {
  return <MemberNamesContext.Provider value={new Map(members.map((m) => [m.fingerprint, m.name]))}>{children}</MemberNamesContext.Provider>;
}

/** A member's name; its fingerprint if the dashboard does not list it (cannot happen on the Rust side). */
export function useMemberName(): (fingerprint: Fingerprint) => string {
  const names = useContext(MemberNamesContext);
  return (fingerprint) => names.get(fingerprint) ?? fingerprint;
}
