import type { MessageKey } from "../../../i18n/ja";
import type { FullRecord } from "./record";

/** Where a problem is shown: the editor's own names for its inputs (e.g. "device-hours-0"). */
export type Problems = Record<string, MessageKey>;

const within = (v: number | null, min: number, max: number) => v === null || (v >= min && v <= max);

/**
 * What the editor can tell before sending, field by field. The Rust side checks the whole record
 * again and stays the judge; this exists because its refusals name only a part of the record (see
 * refusalSections), and because a few numbers the contract types as nullable (hours per day, oxygen
 * flows, cylinder sizes) cannot be read by it when empty.
 */
export function recordProblems(record: FullRecord): Problems {
  const problems: Problems = {};
  if (record.name.trim() === "") problems.name = "patientError.name";
  record.devices.forEach((d, i) => {
    if (d.hoursPerDay === null || !within(d.hoursPerDay, 0, 24)) problems[`device-hours-${i}`] = "patientError.hoursPerDay";
  });
  record.powerSources.forEach((s, i) => {
    if (!within(s.stateOfCharge, 0, 1)) problems[`source-charge-${i}`] = "patientError.charge";
    if (!within(s.health, 0, 1)) problems[`source-health-${i}`] = "patientError.health";
  });
  const oxygen = record.oxygen;
  if (oxygen !== null) {
    if (oxygen.flowDayLpm === null || oxygen.flowDayLpm < 0) problems["oxygen-flow-day"] = "patientError.oxygenFlow";
    if (oxygen.flowNightLpm === null || oxygen.flowNightLpm < 0) problems["oxygen-flow-night"] = "patientError.oxygenFlow";
    (oxygen.cylinders ?? []).forEach(([litres, fill], i) => {
      if (litres === null || litres <= 0 || fill === null || !within(fill, 0, 1)) problems[`cylinder-${i}`] = "patientError.cylinder";
    });
  }
  record.consents.forEach((c, i) => {
    if (c.grantedOn === "") problems[`consent-granted-${i}`] = "patientError.consentDate";
  });
  const override = record.tierOverride;
  if (override !== null && (override.reason.trim() === "" || override.by.trim() === "")) problems.override = "patientError.override";
  return problems;
}

/** A real day written YYYY-MM-DD, the only date form the Rust side stores. */
function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const day = new Date(`${text}T00:00:00Z`);
  // 2025-02-30 parses as a March day: only a round trip proves the day exists.
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}

const badDate = (date: string | null) => date !== null && !isIsoDate(date);

/**
 * The sections (Section ids) where a refusal from the Rust side is shown. Its `field` names a part of
 * the record (RecordError::field), not an input; name and municipality have their own input and are
 * shown there (errorOf by the same key), so they have no section here.
 */
export function refusalSections(field: string, record: FullRecord): string[] {
  switch (field) {
    case "devices":
      return ["devices"];
    case "powerSources":
      return ["power"];
    case "tierOverride":
      return ["override"];
    case "dates": {
      // "dates" does not say which date; the sections holding one that is not a day, else the first.
      const sections: string[] = [];
      if (badDate(record.birthDate)) sections.push("basic");
      if (record.consents.some((c) => badDate(c.grantedOn) || badDate(c.withdrawnOn))) sections.push("consents");
      if (badDate(record.supportPlanReviewedOn)) sections.push("supportPlan");
      return sections.length > 0 ? sections : ["basic"];
    }
    default:
      return [];
  }
}
