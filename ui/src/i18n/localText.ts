import { useCallback } from "react";
import type { Language } from "../ipc/bindings.gen";
import { useLanguage } from "./LanguageProvider";

/** The guide's own texts (Text, and Choice options) carry both languages; the UI shows one. */
export type Bilingual = { ja: string; en: string };

export function localText(text: Bilingual, language: Language): string {
  return text[language];
}

export function useLocalText(): (text: Bilingual) => string {
  const language = useLanguage();
  return useCallback((text: Bilingual) => localText(text, language), [language]);
}
