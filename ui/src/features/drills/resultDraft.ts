// The drill record form's state, what it sends, and what it can tell before sending.
import type { MessageKey } from "../../i18n/ja";
import type { Bilingual } from "../../i18n/localText";
import type { Drill, DrillResult, Scenario } from "../../ipc/bindings.gen";
import { localValueOf } from "../outage/localDateTime";
import { isIsoDate } from "./dates";
import { linesOf } from "./participants";

export type MeasureRow = {
  /** As stored: a scenario measure's Japanese label, or the label of a time recorded elsewhere. */
  label: string;
  /** As shown. */
  text: Bilingual;
  target: number | null;
  /** Minutes taken; null = not measured (the row is not sent). */
  minutes: number | null;
};

export type FindingRow = {
  /** React's key: rows move up when one above is removed. */
  key: number;
  /** F1, F2 … as stored; "" until the Rust side gives it one. */
  id: string;
  text: string;
  action: string;
  owner: string;
  /** YYYY-MM-DD as the date input holds it; "" = none. */
  dueOn: string;
};

export type ResultDraft = {
  heldOn: string;
  recordedBy: string;
  /** One name a line. */
  attendees: string;
  measurements: MeasureRow[];
  /** One a line. */
  deviations: string;
  findings: FindingRow[];
};

let nextKey = 0;
export const findingKey = () => (nextKey += 1);

export function emptyFinding(): FindingRow {
  return { key: findingKey(), id: "", text: "", action: "", owner: "", dueOn: "" };
}

/**
 * The form for a drill: its record when there is one, otherwise the drill's start day, the planned
 * participants as attendees, and one empty row per measure of the scenario. Times recorded for a
 * label the scenario does not have (e.g. from the command line) keep their own row.
 */
export function resultDraftOf(drill: Drill, scenario: Scenario | undefined): ResultDraft {
  const result = drill.result ?? null;
  const recorded = result?.measurements ?? [];
  const measures: MeasureRow[] = (scenario?.measures ?? []).map((m) => ({
    label: m.ja,
    text: { ja: m.ja, en: m.en },
    target: m.targetMinutes,
    minutes: recorded.find((r) => r.label === m.ja)?.minutes ?? null,
  }));
  const others: MeasureRow[] = recorded
    .filter((r) => !measures.some((m) => m.label === r.label))
    .map((r) => ({ label: r.label, text: { ja: r.label, en: r.label }, target: r.targetMinutes ?? null, minutes: r.minutes }));
  return {
    heldOn: result?.heldOn ?? localValueOf(drill.startsAt).slice(0, 10),
    recordedBy: result?.recordedBy ?? "",
    attendees: (result ? (result.attendees ?? []) : (drill.participants ?? []).map((p) => p.name)).join("\n"),
    measurements: [...measures, ...others],
    deviations: (result?.deviations ?? []).join("\n"),
    findings: (result?.findings ?? []).map((f) => ({
      key: findingKey(),
      id: f.id ?? "",
      text: f.text,
      action: f.action ?? "",
      owner: f.owner ?? "",
      dueOn: f.dueOn ?? "",
    })),
  };
}

const blank = (f: FindingRow) => [f.text, f.action, f.owner, f.dueOn].every((v) => v.trim() === "");

/** The rows that are sent: a row left wholly empty is dropped (as an unmeasured time is). */
export function sentFindings(draft: ResultDraft): FindingRow[] {
  return draft.findings.filter((f) => !blank(f));
}

/** The record as the Rust side stores it; only measured times, only findings with something in them. */
export function resultOf(draft: ResultDraft): DrillResult {
  return {
    heldOn: draft.heldOn,
    attendees: linesOf(draft.attendees),
    measurements: draft.measurements
      .filter((m) => m.minutes !== null)
      .map((m) => ({ label: m.label, minutes: m.minutes ?? 0, targetMinutes: m.target })),
    deviations: linesOf(draft.deviations),
    findings: sentFindings(draft).map((f) => ({
      id: f.id,
      text: f.text.trim(),
      action: f.action.trim(),
      owner: f.owner.trim(),
      dueOn: f.dueOn === "" ? null : f.dueOn,
    })),
    recordedBy: draft.recordedBy.trim(),
  };
}

/** Where a problem is shown: "held-on", "finding-text-0", "finding-owner-0", "finding-due-0". */
export type ResultProblems = Record<string, MessageKey>;

/** What the form can tell before sending; the Rust side checks again and stays the judge. */
export function resultProblems(draft: ResultDraft): ResultProblems {
  const problems: ResultProblems = {};
  if (!isIsoDate(draft.heldOn)) problems["held-on"] = "drillError.heldOn";
  draft.findings.forEach((f, i) => {
    if (blank(f)) return;
    if (f.text.trim() === "") problems[`finding-text-${i}`] = "drillError.findingText";
    if (f.action.trim() !== "") {
      if (f.owner.trim() === "") problems[`finding-owner-${i}`] = "drillError.findingOwner";
      if (f.dueOn === "") problems[`finding-due-${i}`] = "drillError.findingDue";
    }
    if (f.dueOn !== "" && !isIsoDate(f.dueOn)) problems[`finding-due-${i}`] = "drillError.date";
  });
  return problems;
}

/** After a save: the ids the Rust side gave new findings, in the order they were sent. */
export function withStoredIds(draft: ResultDraft, stored: Drill): ResultDraft {
  const ids = (stored.result?.findings ?? []).map((f) => f.id ?? "");
  const sent = sentFindings(draft);
  return {
    ...draft,
    findings: draft.findings.map((f) => {
      const at = sent.indexOf(f);
      return at >= 0 && ids[at] ? { ...f, id: ids[at] } : f;
    }),
  };
}

/** How many action items the stored findings make: those with an action. */
export function actionItemCount(stored: Drill): number {
  return (stored.result?.findings ?? []).filter((f) => (f.action ?? "").trim() !== "").length;
}
