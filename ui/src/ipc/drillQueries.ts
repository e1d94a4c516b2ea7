// 訓練・周知: planned drills and their records, the action items their findings made, staff
// briefings, the tabletop on our own data, and the home screen's reminders. Kept apart from
// queries.ts, which serves the organisation and the plan; the cache keys stay in one list there.
import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { commands, type Briefing, type Drill, type DrillResult } from "./bindings.gen";
import { unwrap } from "./client";
import { queryKeys } from "./queries";

/** Scenarios, drills, action items and briefings: everything the 訓練 screen lists. */
export const drillsQuery = queryOptions({
  queryKey: queryKeys.drills,
  queryFn: () => unwrap(commands.getDrills()),
});

/**
 * The tabletop for one drill, on today's register and agreements. It names patients, so the Rust side
 * writes every run to the audit log: it is asked when the drill page opens and again only when that
 * drill's plan changed, never on window focus.
 */
export const tabletopQuery = (drillId: string) =>
  queryOptions({
    queryKey: [...queryKeys.tabletop, drillId],
    queryFn: () => unwrap(commands.getTabletop(drillId)),
  });

/** What keeps the plan current, most urgent first (the Rust side orders them and writes their text). */
export const remindersQuery = queryOptions({
  queryKey: queryKeys.reminders,
  queryFn: () => unwrap(commands.getReminders()),
});

export function useDrills() {
  return useQuery(drillsQuery);
}

export function useTabletop(drillId: string) {
  return useQuery(tabletopQuery(drillId));
}

export function useReminders() {
  return useQuery(remindersQuery);
}

/**
 * Every drill record can change the list, the reminders (a drill held, an action item due, a briefing
 * given) and the obligations checklist (the last drill and briefing are its evidence of 研修・訓練);
 * all three are audit-free, so they are asked again at once. Awaited, so a caller that navigates next
 * finds the new list.
 */
function refreshDrills(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.drills }),
    queryClient.invalidateQueries({ queryKey: queryKeys.reminders }),
    queryClient.invalidateQueries({ queryKey: queryKeys.obligations }),
  ]);
}

/**
 * Plans a drill (empty id) or changes its plan; resolves to its id. A recorded result is kept by the
 * Rust side whatever is sent. The drill's tabletop follows from its plan (blackout, partners down), so
 * it is asked again too.
 */
export function useSaveDrill() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (drill: Drill) => unwrap(commands.saveDrill(drill)),
    onSuccess: (id) =>
      Promise.all([refreshDrills(queryClient), queryClient.invalidateQueries({ queryKey: [...queryKeys.tabletop, id] })]),
  });
}

/** Records (or corrects) what happened; findings with an action become action items. Resolves to the drill as stored. */
export function useRecordDrillResult() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ drillId, result }: { drillId: string; result: DrillResult }) =>
      unwrap(commands.recordDrillResult(drillId, result)),
    onSuccess: () => refreshDrills(queryClient),
  });
}

/** Closes an action item with the plan version (第n版) that took it in. */
export function useCloseActionItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, revision, note }: { id: string; revision: number; note: string }) =>
      unwrap(commands.closeActionItem(id, revision, note)),
    onSuccess: () => refreshDrills(queryClient),
  });
}

/** Records a staff briefing (empty id) or corrects one; resolves to its id. */
export function useSaveBriefing() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (briefing: Briefing) => unwrap(commands.saveBriefing(briefing)),
    onSuccess: () => refreshDrills(queryClient),
  });
}

/** The drill's 訓練パック (scenario, timeline, tabletop, record sheet); null when the save dialog is cancelled. */
export function usePrintDrillPack() {
  return useMutation({ mutationFn: (drillId: string) => unwrap(commands.printDrillPack(drillId)) });
}
