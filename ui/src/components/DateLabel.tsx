import { useLanguage } from "../i18n/LanguageProvider";

/** Local calendar date as YYYY-MM-DD. */
export function isoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const japaneseEra = new Intl.DateTimeFormat("ja-JP-u-ca-japanese", {
  era: "long",
  year: "numeric",
  month: "long",
  day: "numeric",
});

/**
 * A calendar date (YYYY-MM-DD) is that day wherever the computer is; `new Date` would read it as UTC
 * midnight, the day before west of Greenwich. A full time stamp is shown on the local calendar.
 */
function parseDate(iso: string): Date {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(iso);
}

/** Japanese readers get 和暦 with 西暦 beside it (令和7年4月1日 (2025-04-01)); others get the ISO date. */
export function dateText(iso: string, language: "ja" | "en"): string {
  const d = parseDate(iso);
  if (Number.isNaN(d.getTime())) return "";
  return language === "ja" ? `${japaneseEra.format(d)} (${isoDate(d)})` : isoDate(d);
}

export function DateLabel({ iso }: { iso: string }) {
  const language = useLanguage();
  return <time dateTime={iso}>{dateText(iso, language)}</time>;
}
