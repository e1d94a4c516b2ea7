// バックアップ: the copies the Rust side takes (at start, daily, before upgrades, imports and restores)
// and the one the user asks for; previewed by counts, and restored over the data.
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { commands } from "./bindings.gen";
import { unwrap } from "./client";
import { queryKeys } from "./queries";

/** Asked again on every visit: imports elsewhere in the app and the daily timer add backups. */
export const backupsQuery = queryOptions({
  queryKey: queryKeys.backups,
  queryFn: () => unwrap(commands.listBackups()),
  staleTime: 0,
});

export function useBackups() {
  return useQuery(backupsQuery);
}

/** What one backup holds. A file name is its time and reason, so its content never changes. */
export function useBackupPreview(fileName: string | null) {
  return useQuery({
    queryKey: [...queryKeys.backupPreview, fileName],
    queryFn: () => unwrap(commands.previewBackup(fileName ?? "")),
    enabled: fileName !== null,
  });
}

/** Resolves to the new backup, or null where the data has no file to copy. */
export function useTakeBackup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(commands.takeBackup()),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.backups }),
  });
}

/**
 * Replaces the whole data with the backup's (the Rust side backs the current data up first). Every
 * cached answer is from the data as it was, so all of them are asked again.
 */
export function useRestoreBackup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (fileName: string) => unwrap(commands.restoreBackup(fileName)),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
