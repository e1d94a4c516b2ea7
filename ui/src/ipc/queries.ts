import { QueryClient, queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { commands, type Language, type OrganizationDraft } from "./bindings.gen";
import { unwrap } from "./client";

export const queryKeys = {
  organization: ["organization"],
  regions: ["regions"],
  settings: ["settings"],
  appInfo: ["appInfo"],
} as const;

export const organizationQuery = queryOptions({
  queryKey: queryKeys.organization,
  queryFn: () => unwrap(commands.getOrganization()),
});

export const regionsQuery = queryOptions({
  queryKey: queryKeys.regions,
  queryFn: () => unwrap(commands.listRegions()),
});

export const settingsQuery = queryOptions({
  queryKey: queryKeys.settings,
  queryFn: () => unwrap(commands.getSettings()),
});

export const appInfoQuery = queryOptions({
  queryKey: queryKeys.appInfo,
  queryFn: () => unwrap(commands.appInfo()),
});

export function useOrganization() {
  return useQuery(organizationQuery);
}

/** Saves the whole draft; the returned view (with updatedAt and the derived place) replaces the cache. */
export function useSaveOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: OrganizationDraft) => unwrap(commands.saveOrganization(draft)),
    onSuccess: (view) => queryClient.setQueryData(queryKeys.organization, view),
  });
}

export function useRegions() {
  return useQuery(regionsQuery);
}

export function useSettings() {
  return useQuery(settingsQuery);
}

export function useSetLanguage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (language: Language) => unwrap(commands.setLanguage(language)),
    onSuccess: (settings) => queryClient.setQueryData(queryKeys.settings, settings),
  });
}

export function usePrintCover() {
  return useMutation({ mutationFn: () => unwrap(commands.printCover()) });
}

export function useAppInfo() {
  return useQuery(appInfoQuery);
}

/**
 * The app is the only writer of its data, so cached answers stay true until a mutation replaces them;
 * retrying a refused command would only repeat the same answer.
 */
export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
