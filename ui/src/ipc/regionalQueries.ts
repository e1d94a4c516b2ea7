// 地域BCP: the coordination base's region, its members' plan files and the dashboard over them. Kept
// apart from queries.ts, which serves the organisation and the plan; the cache keys stay in one list there.
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { commands, type RegionScope } from "./bindings.gen";
import { unwrap } from "./client";
import { queryKeys } from "./queries";

export const regionScopeQuery = queryOptions({
  queryKey: queryKeys.regionScope,
  queryFn: () => unwrap(commands.getRegionScope()),
});

/** The base's region as saved: whole 在宅医療圏, plus single municipalities (those only the CLI sets). */
export function useRegionScope() {
  return useQuery(regionScopeQuery);
}

export const regionalDashboardQuery = queryOptions({
  queryKey: queryKeys.regionalDashboard,
  queryFn: () => unwrap(commands.getRegionalDashboard()),
});

/** Off for an organisation that is not a coordination base: the screen says what it is for instead. */
export function useRegionalDashboard(enabled = true) {
  return useQuery({ ...regionalDashboardQuery, enabled });
}

/**
 * Saves the region; resolves to its municipalities. The dashboard counts only patients living there and
 * lists the municipalities without a member, so it is asked again.
 */
export function useSaveRegionScope() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (scope: RegionScope) => unwrap(commands.setRegionScope(scope)),
    onSuccess: (_municipalities, scope) => {
      queryClient.setQueryData(queryKeys.regionScope, scope);
      return queryClient.invalidateQueries({ queryKey: queryKeys.regionalDashboard });
    },
  });
}

/** The native open dialog (several files at once); resolves to [] when the user cancels. */
export function useChooseMemberFiles() {
  return useMutation({ mutationFn: () => unwrap(commands.chooseMemberFiles()) });
}

/**
 * One member's file. The window calls it once per chosen file, one after another, so it can show how
 * far the run has got; a refused file resolves too (with the reason), only an unreadable one fails.
 * Nothing is refreshed per file: see useRefreshAfterMemberImport.
 */
export function useImportMemberFile() {
  return useMutation({ mutationFn: (path: string) => unwrap(commands.importMemberFile(path)) });
}

/**
 * After a run: the members' files are the partners' plans of the 連携 screen too, so both views are
 * asked again once, not after every file.
 */
export function useRefreshAfterMemberImport() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.regionalDashboard }),
      queryClient.invalidateQueries({ queryKey: queryKeys.linkView }),
      // A partner's newer plan is a reminder on the home screen.
      queryClient.invalidateQueries({ queryKey: queryKeys.reminders }),
    ]);
}

/**
 * The patients named in the members' files (consent to the base, or 緊急時の開示). A mutation, not a
 * query: the Rust side writes every listing to the audit log, so names are asked for only when the
 * user presses the button, and kept only in the component that showed them (never in the cache, never
 * fetched again on focus). `reset` hides them.
 */
export function useNamedPatients() {
  return useMutation({ mutationFn: () => unwrap(commands.listNamedPatients()) });
}

/** The save dialog, then the 地域BCP PDF; resolves to null when the user cancels. */
export function usePrintRegional() {
  return useMutation({ mutationFn: () => unwrap(commands.printRegional()) });
}
