import { formatDateTimeSeconds, formatNumber } from "../../i18n/format";
import type { Translate } from "../../i18n/translate";
import type { BackupEntry, BackupPreview, Language } from "../../ipc/bindings.gen";

const KB = 1024;
const MB = 1024 * 1024;

/** 「512 KB」「3.4 MB」; a file too small to round to 1 KB still reads 1 KB. "—" when the size is unknown. */
export function sizeText(t: Translate, bytes: number | null, language: Language): string {
  if (bytes === null) return "—";
  if (bytes < MB) return t("size.kb", { n: formatNumber(Math.max(1, Math.round(bytes / KB)), language) });
  return t("size.mb", { n: formatNumber(Math.round((bytes / MB) * 10) / 10, language) });
}

/** 「2026/01/15 14:00:05」 and 「起動時」: how a backup is named everywhere on the page (seconds: a start
 * backup and an import's often fall in the same minute). */
export function entryWords(t: Translate, entry: BackupEntry): { time: string; reason: string } {
  return { time: formatDateTimeSeconds(entry.takenAt), reason: t(`backups.reason.${entry.reason}`) };
}

export type Unusable = "damaged" | "newer" | "other";

/**
 * Why a backup cannot be restored, in the person's words (the Rust side's reason is English, kept as a
 * detail). `appSchema` is this app's database version, when known.
 */
export function unusableKind(preview: BackupPreview, appSchema: number | undefined): Unusable | null {
  if (preview.unusable === null) return null;
  if (!preview.intact) return "damaged";
  if (appSchema !== undefined && preview.schemaVersion > appSchema) return "newer";
  return "other";
}
