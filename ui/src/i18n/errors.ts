import type { IpcError, IpcErrorKind } from "../ipc/bindings.gen";
import { IpcFailure } from "../ipc/client";
import { isMessageKey, type Translate } from "./translate";

/** Every kind the contract can send; a Record so that a new kind in the contract fails to compile here. */
export const ipcErrorKinds: Record<IpcErrorKind, true> = {
  notFound: true,
  invalidInput: true,
  fileRejected: true,
  databaseTooNew: true,
  storage: true,
  fileWrite: true,
  report: true,
  internal: true,
  locked: true,
};

export function ipcErrorOf(error: unknown): IpcError | null {
  return error instanceof IpcFailure ? error.error : null;
}

/** invalidInput on "passphrase": a passphrase that is wrong or too short, or an encrypted file given without one. */
export function isPassphraseRefusal(error: unknown): boolean {
  const ipc = ipcErrorOf(error);
  return ipc?.kind === "invalidInput" && ipc.field === "passphrase";
}

/** The sentence for a failed call. Anything that is not an IpcFailure (e.g. IPC itself broke) reads as internal. */
export function errorText(t: Translate, error: unknown): string {
  const kind = ipcErrorOf(error)?.kind ?? "internal";
  return t(`error.${kind}`);
}

/**
 * Where a form's field sentences live. The contract's field names are short ("reason", "approver"),
 * so each form looks them up in its own group rather than in one shared list.
 */
export type FieldErrorGroup = "fieldError" | "revisionError" | "patientError" | "drillError";

/** For invalidInput naming a field we have a sentence for, that sentence; otherwise null. */
export function fieldErrorText(
  t: Translate,
  error: unknown,
  group: FieldErrorGroup = "fieldError",
): { field: string; text: string } | null {
  const ipc = ipcErrorOf(error);
  if (ipc?.kind !== "invalidInput" || ipc.field === null) return null;
  const key = `${group}.${ipc.field}`;
  return isMessageKey(key) ? { field: ipc.field, text: t(key) } : null;
}
