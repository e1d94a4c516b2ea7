import type { PlanStatus } from "../../ipc/bindings.gen";

/** Colour only repeats the words (未策定 / 作成中 / 策定済 / 見直し期限切れ), which are always shown. */
export const statusColor: Record<PlanStatus, string> = {
  none: "gray",
  draft: "yellow",
  fixed: "green",
  reviewOverdue: "red",
};
