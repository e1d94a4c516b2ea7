import { createContext, useContext, useEffect, useMemo, type ReactNode } from "react";
import type { Language } from "../ipc/bindings.gen";
import { useSettings } from "../ipc/queries";
import { translate, type Translate } from "./translate";

const LanguageContext = createContext<Language>("ja");

/**
 * The language lives in the Rust side's settings so it survives restarts;
 * until they arrive (or if they cannot be read) the app speaks Japanese.
 */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const settings = useSettings();
  const language = settings.data?.language ?? "ja";

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return <LanguageContext.Provider value={language}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): Language {
  return useContext(LanguageContext);
}

export function useT(): Translate {
  const language = useLanguage();
  return useMemo(() => (key, vars) => translate(language, key, vars), [language]);
}
