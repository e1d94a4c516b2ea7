// The drill form's state and its checks. The Rust side checks the plan again and names the input at
// fault (IpcError.field); the form checks what it can tell before sending, input by input.
import type { MessageKey } from "../../i18n/ja";
import type { Drill, DrillKind, Scenario } from "../../ipc/bindings.gen";
import { localValueOf, rfc3339WithOffsetFromLocal } from "../outage/localDateTime";
import { parseParticipants, participantsText } from "./participants";

export type DrillDraft = {
  id: string;
  title: string;
  scenarioId: string;
  kind: DrillKind;
  /** As the datetime-local input holds it, on the computer's clock. */
  startsAt: string;
  blackoutHours: number | null;
  officeDown: boolean;
  jointPartnerIds: string[];
  partnersDown: string[];
  /** One participant a line, 「氏名 役割」. */
  participants: string;
};

/** A new drill starts from the first scenario and its defaults. */
export function emptyDrill(scenarios: Scenario[]): DrillDraft {
  const scenario = scenarios[0];
  return {
    id: "",
    title: "",
    scenarioId: scenario?.id ?? "",
    kind: "tabletop",
    startsAt: "",
    blackoutHours: scenario?.blackoutHours ?? null,
    officeDown: scenario?.officeDown ?? false,
    jointPartnerIds: [],
    partnersDown: [],
    participants: "",
  };
}

export function drillDraftOf(drill: Drill): DrillDraft {
  return {
    id: drill.id ?? "",
    title: drill.title,
    scenarioId: drill.scenarioId,
    kind: drill.kind,
    startsAt: localValueOf(drill.startsAt),
    blackoutHours: drill.blackoutHours,
    officeDown: drill.officeDown ?? false,
    jointPartnerIds: drill.jointPartnerIds ?? [],
    partnersDown: drill.partnersDown ?? [],
    participants: participantsText(drill.participants ?? []),
  };
}

/** Choosing a scenario takes its blackout length and whether it takes our office out. */
export function withScenario(draft: DrillDraft, scenario: Scenario): DrillDraft {
  return { ...draft, scenarioId: scenario.id, blackoutHours: scenario.blackoutHours, officeDown: scenario.officeDown };
}

export type DrillField = "title" | "startsAt" | "blackoutHours";

export function drillProblems(draft: DrillDraft): Partial<Record<DrillField, MessageKey>> {
  const problems: Partial<Record<DrillField, MessageKey>> = {};
  if (draft.title.trim() === "") problems.title = "drillError.title";
  if (rfc3339WithOffsetFromLocal(draft.startsAt) === null) problems.startsAt = "drillError.startsAt";
  const hours = draft.blackoutHours;
  if (hours === null || hours < 0 || hours > 720) problems.blackoutHours = "drillError.blackoutHours";
  return problems;
}

/**
 * The plan as the Rust side stores it. Only call once drillProblems is empty. The result is never
 * sent: the Rust side keeps a recorded result whatever the plan says.
 */
export function drillOf(draft: DrillDraft): Drill {
  return {
    id: draft.id,
    title: draft.title.trim(),
    scenarioId: draft.scenarioId,
    kind: draft.kind,
    startsAt: rfc3339WithOffsetFromLocal(draft.startsAt) ?? draft.startsAt,
    participants: parseParticipants(draft.participants),
    jointPartnerIds: draft.jointPartnerIds,
    blackoutHours: draft.blackoutHours ?? 0,
    partnersDown: draft.partnersDown,
    officeDown: draft.officeDown,
    result: null,
  };
}

const drillKindSet: Record<DrillKind, true> = { tabletop: true, field: true, assembly: true, safetyCheck: true };
/** In the order the guide's training plan lists them. */
export const drillKinds = Object.keys(drillKindSet) as DrillKind[];
