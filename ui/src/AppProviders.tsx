import { MantineProvider } from "@mantine/core";
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { LanguageProvider } from "./i18n/LanguageProvider";
import { cssVariablesResolver, theme } from "./theme";

type Props = {
  queryClient: QueryClient;
  children: ReactNode;
  /** "test" turns off Mantine's transitions and portals so tests see the final state at once. */
  env?: "default" | "test";
};

export function AppProviders({ queryClient, children, env = "default" }: Props) {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light" env={env}>
      <QueryClientProvider client={queryClient}>
        <LanguageProvider>{children}</LanguageProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
