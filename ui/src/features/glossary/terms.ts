import type { MessageKey } from "../../i18n/ja";
import type { Translate } from "../../i18n/translate";

/**
 * The glossary's terms in the order the page lists them: the kinds of plan, who takes part, the patients and
 * their power, evacuation, response, and how the app keeps and shares the plan. Each id has three catalogue
 * entries — glossary.term.<id> (the name), glossary.reading.<id> (かな in ja, rōmaji in en) and
 * glossary.explain.<id> — and the entry's anchor is #term-<id>. Ids follow the code names (README glossary).
 */
export const glossaryTermIds = [
  "plan",
  "institutional",
  "connected",
  "regional",
  "coordinationBase",
  "zaitakuClinic",
  "nursingStation",
  "backupVisits",
  "assemblyCriteria",
  "safetyCheck",
  "register",
  "electricityDependent",
  "batteries",
  "backupPower",
  "evacuationPlan",
  "welfareShelter",
  "tier",
  "outage",
  "tabletop",
  "revision",
  "exchangeFile",
  "fingerprint",
  "sensitiveInfo",
] as const;

export type GlossaryTermId = (typeof glossaryTermIds)[number];

/** The anchor other screens link to: /glossary#term-backupVisits. */
export const termAnchor = (id: GlossaryTermId) => `term-${id}`;

// The template types make the compiler check that every id has all three entries.
export const termKey = (id: GlossaryTermId): MessageKey => `glossary.term.${id}`;
export const readingKey = (id: GlossaryTermId): MessageKey => `glossary.reading.${id}`;
export const explainKey = (id: GlossaryTermId): MessageKey => `glossary.explain.${id}`;

export type GlossaryEntry = {
  id: GlossaryTermId;
  term: string;
  reading: string;
  explanation: string;
  /** The Japanese term, shown beside the English name so it can be matched with Japanese paperwork; absent in ja. */
  original?: string;
};

/** The entries in one language; `ja` gives the Japanese terms shown beside the English ones. */
export function glossaryEntries(t: Translate, ja: Translate | null): GlossaryEntry[] {
  return glossaryTermIds.map((id) => ({
    id,
    term: t(termKey(id)),
    reading: t(readingKey(id)),
    explanation: t(explainKey(id)),
    ...(ja ? { original: ja(termKey(id)) } : {}),
  }));
}

/**
 * Folds what a person might type differently: full-width letters, case, katakana for hiragana (バッテリー
 * finds ばってりー) and rōmaji long vowels (daiko finds daikō).
 */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60))
    .replace(/[āâ]/g, "a")
    .replace(/[īî]/g, "i")
    .replace(/[ūû]/g, "u")
    .replace(/[ēê]/g, "e")
    .replace(/[ōô]/g, "o");
}

/** Entries whose term, reading, Japanese term or explanation contains every word of the query; all for an empty one. */
export function matchingEntries(entries: GlossaryEntry[], query: string): GlossaryEntry[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return entries;
  return entries.filter((entry) => {
    const haystack = foldForSearch([entry.term, entry.reading, entry.original ?? "", entry.explanation].join("\n"));
    return words.every((word) => haystack.includes(word));
  });
}
