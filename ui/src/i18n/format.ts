import type { Language } from "../ipc/bindings.gen";

const locales: Record<Language, string> = { ja: "ja-JP", en: "en-GB" };

export function formatNumber(n: number, language: Language): string {
  return new Intl.NumberFormat(locales[language]).format(n);
}

/** Local wall-clock time as HH:MM:SS (24-hour in both languages, as clinic staff read it). */
export function formatTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "";
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** Local wall-clock date and time as 「2027/01/20 03:00」 (no 和暦: for lists and tables); "" when unreadable. */
/** 「2026/01/15 14:00:05」: where several records can fall in the same minute (backups). */
export function formatDateTimeSeconds(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "";
  return `${formatShortDateTime(iso)}:${String(d.getSeconds()).padStart(2, "0")}`;
}

export function formatShortDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "";
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}/${pad(d.getMonth() + 1)}/${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
