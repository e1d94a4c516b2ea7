// 連携型BCP: the partner directory, the agreements, the partners' plan files and what does not fit
// between them. Kept apart from queries.ts, which serves the organisation and the plan; the cache keys
// stay in one list there.
import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { commands, type Agreement, type Fingerprint, type Partner } from "./bindings.gen";
import { unwrap } from "./client";
import { queryKeys } from "./queries";

/** Everything the 連携 screen shows, with the findings the Rust side computed for today. */
export const linkViewQuery = queryOptions({
  queryKey: queryKeys.linkView,
  queryFn: () => unwrap(commands.getLinkView()),
});

export function useLinkView() {
  return useQuery(linkViewQuery);
}

/**
 * Every save and import can change the findings (a partner's phone, an agreement's dates, a newer plan
 * from a partner), so the whole view is asked again; awaited, so the screen shows it when the call settles.
 * The reminders read agreements' dates and partners' plans too.
 */
function refreshLinks(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.linkView }),
    queryClient.invalidateQueries({ queryKey: queryKeys.reminders }),
  ]);
}

/** Adds (empty id) or replaces a directory entry; resolves to its id. */
export function useSavePartner() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (partner: Partner) => unwrap(commands.savePartner(partner)),
    onSuccess: () => refreshLinks(queryClient),
  });
}

/** Adds (empty id) or replaces an agreement; resolves to its id. */
export function useSaveAgreement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (agreement: Agreement) => unwrap(commands.saveAgreement(agreement)),
    onSuccess: () => refreshLinks(queryClient),
  });
}

/**
 * The open dialog, then the import, behind one button and one result line. Resolves to null when the
 * user cancels the dialog (nothing is said then). The file is checked whole before anything is stored.
 */
export function useImportExchangeFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const path = await unwrap(commands.chooseExchangeFile());
      return path === null ? null : unwrap(commands.importExchange(path));
    },
    onSuccess: (imported) => (imported === null ? undefined : refreshLinks(queryClient)),
  });
}

/**
 * A file the app was opened with (see openedFile.ts): its path is known, so no open dialog. Checked
 * whole before anything is stored, like a chosen file; refreshes what the import button refreshes.
 */
export function useImportExchangePath() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (path: string) => unwrap(commands.importExchange(path)),
    onSuccess: () => refreshLinks(queryClient),
  });
}

/**
 * The save dialog, then our exchange file; resolves to the path written, or null when cancelled.
 * `to` = a partner's fingerprint: encrypted to it, naming only patients whose consent covers it;
 * null = readable by anyone, patient counts only. The Rust side records every export in the audit log.
 */
export function useExportExchange() {
  return useMutation({ mutationFn: (to: Fingerprint | null) => unwrap(commands.exportExchange(to)) });
}

/**
 * 緊急時の開示 (break-glass): the save dialog, then a file encrypted to `to` that also names the P0/P1
 * patients without consent. Only during a declared outage; the reason is required and goes into the
 * audit log with the export. Resolves to the path written, or null when cancelled.
 */
export function useExportExchangeBreakGlass() {
  return useMutation({
    mutationFn: ({ to, reason }: { to: Fingerprint; reason: string }) =>
      unwrap(commands.exportExchangeBreakGlass(to, reason)),
  });
}
