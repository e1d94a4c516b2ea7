import type { Revision } from "../../ipc/bindings.gen";
import { usePlan, useRevisions } from "../../ipc/queries";

/**
 * The plan's fixed versions, oldest first: [] while no plan exists (the history is only asked once
 * one does), undefined while loading.
 */
export function usePlanRevisions(): { revisions: Revision[] | undefined; error: unknown } {
  const plan = usePlan();
  const hasPlan = plan.data != null;
  const revisions = useRevisions(hasPlan);
  return {
    revisions: plan.data === null ? [] : hasPlan ? revisions.data : undefined,
    error: plan.error ?? revisions.error,
  };
}
