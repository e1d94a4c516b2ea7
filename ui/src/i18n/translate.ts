import type { Language } from "../ipc/bindings.gen";
import { en } from "./en";
import { ja, type Catalogue, type MessageKey } from "./ja";

export const catalogues: Record<Language, Catalogue> = { ja, en };

export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

/** Looks up a sentence and fills its {placeholders}. */
export function translate(language: Language, key: MessageKey, vars?: Vars): string {
  const text = catalogues[language][key];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(ja, key);
}
