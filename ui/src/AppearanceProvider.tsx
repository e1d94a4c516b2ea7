import { MantineProvider } from "@mantine/core";
import { useEffect, type ReactNode } from "react";
import { useSettings } from "./ipc/queries";
import { cssVariablesResolver, theme } from "./theme";

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
