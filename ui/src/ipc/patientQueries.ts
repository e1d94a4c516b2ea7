// The patient register (要配慮患者台帳) and the outage mode (停電・災害対応). Kept apart from queries.ts,
// which serves the organisation and the plan; the cache keys stay in one list there.
import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { commands, type OutageDeclaration, type PatientRecord, type SafetyCheck } from "./bindings.gen";
import { unwrap } from "./client";
import { queryKeys } from "./queries";

/**
 * The ranked list and the open outage come in one answer; it is also the only way to learn whether an
 * outage is open. Every listing is written to the audit log on the Rust side, so it is asked again only
 * when something changed it (or on the response screen's 30-second refresh), never on window focus.
 */
export const patientsQuery = queryOptions({
  queryKey: queryKeys.patients,
  queryFn: () => unwrap(commands.listPatients()),
});

export const patientQuery = (id: string) =>
  queryOptions({
    queryKey: [...queryKeys.patient, id],
    queryFn: () => unwrap(commands.getPatient(id)),
  });

export const safetyChecksQuery = queryOptions({
  queryKey: queryKeys.safetyChecks,
  queryFn: () => unwrap(commands.listSafetyChecks()),
});

/** `refetchInterval` in ms keeps the countdowns' base fresh on the response screen; elsewhere the list waits for a change. */
export function usePatients(refetchInterval: number | false = false) {
  return useQuery({ ...patientsQuery, refetchInterval });
}

export function usePatient(id: string) {
  return useQuery(patientQuery(id));
}

export function useSafetyChecks() {
  return useQuery(safetyChecksQuery);
}

/**
 * The ranking follows from records, the outage and its checks, so any of them changing asks for the
 * list again. Awaited, so that a caller who navigates next (e.g. to /response, whose guard reads the
 * list) sees the new state.
 */
function refreshOutage(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.patients }),
    queryClient.invalidateQueries({ queryKey: queryKeys.safetyChecks }),
  ]);
}

/** Adds (empty id) or replaces a whole record; resolves to its id once the list is asked again. */
export function useSavePatient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (record: PatientRecord) => unwrap(commands.savePatient(record)),
    onSuccess: async (id) => {
      // The editor is the only writer of a record: dropping the cached copy is enough for the next visit to read it anew.
      queryClient.removeQueries({ queryKey: [...queryKeys.patient, id] });
      // The reminders say when a patient's device data is getting old.
      void queryClient.invalidateQueries({ queryKey: queryKeys.reminders });
      await queryClient.invalidateQueries({ queryKey: queryKeys.patients });
    },
  });
}

export function useStartOutage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (declaration: OutageDeclaration) => unwrap(commands.startOutage(declaration)),
    onSuccess: () => refreshOutage(queryClient),
  });
}

/**
 * 避難指示の発令地域 for the open outage, the whole list at once (empty = lifted). The Rust side ranks
 * patients in those municipalities' hazard zones higher, so the list is asked again; awaited, so the
 * badges and tiers on screen are the new ones when the call settles.
 */
export function useSetEvacuationOrders() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (municipalities: string[]) => unwrap(commands.setEvacuationOrders(municipalities)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.patients }),
  });
}

export function useRecordSafetyCheck() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (check: SafetyCheck) => unwrap(commands.recordSafetyCheck(check)),
    onSuccess: () => refreshOutage(queryClient),
  });
}

export function useEndOutage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(commands.endOutage()),
    onSuccess: () => refreshOutage(queryClient),
  });
}
