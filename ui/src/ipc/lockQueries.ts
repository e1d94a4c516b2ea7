// 起動時のパスフレーズ: the optional start-up lock. While it is locked every other command answers
// `locked`, so these are the only calls the lock screen makes.
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { commands, type LockStatus } from "./bindings.gen";
import { unwrap } from "./client";
import { queryKeys } from "./queries";

export const lockStatusQuery = queryOptions({
  queryKey: queryKeys.lockStatus,
  queryFn: () => unwrap(commands.getLockStatus()),
});

export function useLockStatus() {
  return useQuery(lockStatusQuery);
}

/**
 * Resolves to whether the passphrase was right. When it was, every cached answer (refused with
 * `locked`, or never asked) is asked again: the app behind the lock screen loads as if just started.
 */
export function useUnlock() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (passphrase: string) => unwrap(commands.unlock(passphrase)),
    onSuccess: (opened) => {
      if (!opened) return;
      queryClient.setQueryData<LockStatus>(queryKeys.lockStatus, { enabled: true, locked: false });
      void queryClient.invalidateQueries();
    },
  });
}

export type LockChange = { current: string | null; passphrase: string };

/** Sets the passphrase, or changes it (`current` needed then). Takes effect at the next start. */
export function useSetLockPassphrase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ current, passphrase }: LockChange) => unwrap(commands.setLockPassphrase(current, passphrase)),
    onSuccess: () => queryClient.setQueryData<LockStatus>(queryKeys.lockStatus, { enabled: true, locked: false }),
  });
}

export function useRemoveLock() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (current: string) => unwrap(commands.removeLock(current)),
    onSuccess: () => queryClient.setQueryData<LockStatus>(queryKeys.lockStatus, { enabled: false, locked: false }),
  });
}
