// Why a link action failed, in the words of this screen (the shared sentences speak of saving and printing).
import { errorText, ipcErrorOf } from "../../i18n/errors";
import { isMessageKey, type Translate } from "../../i18n/translate";

/**
 * A rejected exchange file names its reason as field "exchange.<code>" (badSignature, notForUs …);
 * each has its own sentence, all ending in "nothing was changed". A reason this UI does not know yet
 * (or a file refused before it was opened, e.g. too large) gets the general one.
 */
export function importErrorText(t: Translate, error: unknown): string {
  const ipc = ipcErrorOf(error);
  if (ipc?.kind === "fileRejected") {
    const key = ipc.field?.startsWith("exchange.") ? `exchangeError.${ipc.field.slice("exchange.".length)}` : "";
    return isMessageKey(key) ? t(key) : t("exchangeError.rejected");
  }
  // The chosen file could not be read (moved, or the USB stick removed).
  if (ipc?.kind === "notFound") return t("exchangeError.unreadable");
  return errorText(t, error);
}

/** notFound: the partner's own file was never imported, so there is no key to encrypt to. */
export function exportErrorText(t: Translate, error: unknown): string {
  const kind = ipcErrorOf(error)?.kind;
  if (kind === "notFound") return t("exchangeExport.noPartnerFile");
  if (kind === "fileWrite") return t("exchangeExport.writeFailed");
  return errorText(t, error);
}

/**
 * 緊急時の開示: invalidInput on "reason" is a blank reason (the button waits for one, so only a race
 * gets here); notFound is either no open outage any more or no file (so no key) from that partner.
 */
export function breakGlassErrorText(t: Translate, error: unknown): string {
  const ipc = ipcErrorOf(error);
  if (ipc?.kind === "invalidInput" && ipc.field === "reason") return t("breakGlass.reasonRequired");
  if (ipc?.kind === "notFound") return t("breakGlass.notFound");
  if (ipc?.kind === "fileWrite") return t("exchangeExport.writeFailed");
  return errorText(t, error);
}

/** invalidInput on a partner or an agreement names no field; the forms check their fields first. */
export function linkSaveErrorText(t: Translate, error: unknown, what: "partner" | "agreement"): string {
  if (ipcErrorOf(error)?.kind === "invalidInput") return t(what === "partner" ? "partnerError.refused" : "agreementError.refused");
  return errorText(t, error);
}
