import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { AppearanceProvider } from "./AppearanceProvider";
import { LanguageProvider } from "./i18n/LanguageProvider";

type Props = {
  queryClient: QueryClient;
  children: ReactNode;
  /** "test" turns off Mantine's transitions and portals so tests see the final state at once. */
  env?: "default" | "test";
};

/** Settings come from a query, so the query client is outermost; appearance and language read them. */
export function AppProviders({ queryClient, children, env = "default" }: Props) {
  return (
    <QueryClientProvider client={queryClient}>
      <AppearanceProvider env={env}>
        <LanguageProvider>{children}</LanguageProvider>
      </AppearanceProvider>
    </QueryClientProvider>
  );
}
