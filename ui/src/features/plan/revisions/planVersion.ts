// Which version the working copy is. The Rust side keeps only fixed versions (改訂履歴); whether the
// content has moved on since the latest one is read from compareRevisions(latest, working copy).
import type { Translate } from "../../../i18n/translate";
import type { Change, Revision } from "../../../ipc/bindings.gen";

export type PlanVersion =
  /** Never fixed: 初版（未確定）. */
  | { kind: "none" }
  /** The working copy equals 第n版. */
  | { kind: "fixed"; number: number }
  /** The working copy differs from 第base版 in `changed` fields: 第n版（案）. */
  | { kind: "draft"; number: number; base: number; changed: number };

/** The latest fixed version's number, if any (the history is oldest first). */
export function latestNumber(revisions: Revision[]): number | undefined {
  return revisions.at(-1)?.number;
}

/** `changesSinceLatest` is compareRevisions(latest, null); it is not needed when there is no revision. */
export function planVersionOf(revisions: Revision[], changesSinceLatest: Change[] | undefined): PlanVersion | undefined {
  const latest = latestNumber(revisions);
  if (latest === undefined) return { kind: "none" };
  if (changesSinceLatest === undefined) return undefined;
  return changesSinceLatest.length === 0
    ? { kind: "fixed", number: latest }
    : { kind: "draft", number: latest + 1, base: latest, changed: changesSinceLatest.length };
}

/** The number the next revision will get. */
export function nextNumber(revisions: Revision[]): number {
  return (latestNumber(revisions) ?? 0) + 1;
}

export function versionText(t: Translate, version: PlanVersion): string {
  switch (version.kind) {
    case "none":
      return t("version.none");
    case "fixed":
      return t("version.fixed", { n: version.number });
    case "draft":
      return t("version.draft", { n: version.number });
  }
}

/** なぜ？ for the label: what it was worked out from. */
export function versionWhy(t: Translate, version: PlanVersion): string {
  switch (version.kind) {
    case "none":
      return t("version.whyNone");
    case "fixed":
      return t("version.whyFixed", { n: version.number });
    case "draft":
      return t("version.whyDraft", { n: version.number, base: version.base, count: version.changed });
  }
}
