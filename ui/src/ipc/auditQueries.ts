// 監査ログ: who saw, printed, exported, imported or released what. Read-only here; the Rust side
// appends to it from every command that touches names.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { commands, type AuditFilter } from "./bindings.gen";
import { unwrap } from "./client";
import { queryKeys } from "./queries";

/**
 * Newest first, at most 500. Asked again on every visit (staleTime 0): almost every screen adds to
 * the log, so no mutation elsewhere needs to say so. The previous rows stay on screen while a changed filter is read.
 */
export function useAuditEvents(filter: AuditFilter) {
  return useQuery({
    queryKey: [...queryKeys.auditEvents, filter],
    queryFn: () => unwrap(commands.listAuditEvents(filter)),
    staleTime: 0,
    placeholderData: keepPreviousData,
  });
}

/** The save dialog, then the CSV (every matching event, no limit); null when the user cancels. */
export function useExportAuditLog() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (filter: AuditFilter) => unwrap(commands.exportAuditLog(filter)),
    // The export is itself an audited event.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.auditEvents }),
  });
}
