import { useChanges, useRevisions } from "../../../ipc/queries";
import { latestNumber, planVersionOf, type PlanVersion } from "./planVersion";

/** The working copy's version, undefined while loading; `error` when the history or comparison failed. */
export function usePlanVersion(): { version: PlanVersion | undefined; error: unknown } {
  const revisions = useRevisions();
  const latest = revisions.data ? latestNumber(revisions.data) : undefined;
  // The same query the changes list asks by default (latest → current), so the two share one answer.
  const changes = useChanges(latest ?? null, null, latest !== undefined);
  return {
    version: revisions.data ? planVersionOf(revisions.data, changes.data) : undefined,
    error: revisions.error ?? changes.error,
  };
}
