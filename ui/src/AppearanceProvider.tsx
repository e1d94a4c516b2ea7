import { MantineProvider } from "@mantine/core";
import { useEffect, useMemo, type ReactNode } from "react";
import { translate } from "./i18n/translate";
import { useSettings } from "./ipc/queries";
import { cssVariablesResolver, themeWith } from "./theme";

type Props = { children: ReactNode; env: "default" | "test" };

/**
 * Contrast and text size come from the Rust side's settings (they move with the data folder). Text
 * size is the root font size, so every rem-based size follows; high contrast is the dark colour
 * scheme with the starker variables of theme.ts. Until settings arrive the app is standard at 100 %.
 */
export function AppearanceProvider({ children, env }: Props) {
  const settings = useSettings().data;
  const highContrast = settings?.contrast === "high";
  const percent = Number(settings?.textScale ?? "100");
  const language = settings?.language ?? "ja";
  const theme = useMemo(() => themeWith(translate(language, "dialog.close")), [language]);

  useEffect(() => {
    document.documentElement.style.fontSize = percent === 100 ? "" : `${percent}%`;
    document.documentElement.dataset.textScale = String(percent);
  }, [percent]);

  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      forceColorScheme={highContrast ? "dark" : "light"}
      env={env}
    >
      {children}
    </MantineProvider>
  );
}
