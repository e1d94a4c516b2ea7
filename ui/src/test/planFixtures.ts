// A small guide covering every field and column type, and a stand-in for the Rust side's plan
// commands whose completeness follows bcp-core's plan::value::gap and plan::progress.
import type {
  Field,
  Change,
  GapReason,
  Guide,
  Answers,
  Obligation,
  OrganizationKind,
  PlanScope,
  PlanView,
  Progress,
  Revision,
  RevisionInput,
  StepProgress,
  Text,
  Value,
} from "../ipc/bindings.gen";
import { ipcError, type FakeHandlers } from "../ipc/fakeBackend";
import { withAnswer } from "../ipc/queries";
import { covered, fieldApplies, requirementOf } from "../features/plan/guideModel";
import { isBlankValue } from "../features/plan/fields/values";

const text = (ja: string, en: string): Text => ({ ja, en });

export const testGuide: Guide = {
  version: "test.1",
  title: text("テスト用の手引き", "Test guide"),
  sources: [
    { id: "S17", ja: "厚生労働省 自然災害BCPガイドライン", en: "MHLW natural-disaster BCP guideline" },
    { id: "S18", ja: "厚生労働省 感染症BCPガイドライン", en: "MHLW infection BCP guideline" },
  ],
  chapters: [
    { id: "general", title: text("総論", "General") },
    { id: "preparedness", title: text("平常時の対応", "Preparedness") },
    { id: "infection", title: text("感染症編", "Infectious disease") },
  ],
  steps: [
    {
      id: "scope",
      chapter: "general",
      title: text("計画の対象", "Scope"),
      summary: text("計画の対象を決めます。", "Decide what the plan covers."),
      guidance: text("手引きは、対象とする事業を明記するよう求めています。", "The guide asks you to name the services covered."),
      source: ["S17"],
      hazards: ["disaster", "infection"],
      fields: [
        {
          id: "org-summary",
          type: "text",
          label: text("事業所の概要", "About the organisation"),
          help: text("職員数などを書きます。", "Staff numbers and so on."),
          requirement: "required",
          example: "訪問看護ステーション。看護師5名。",
        },
        {
          id: "patient-count",
          type: "number",
          label: text("利用者数", "Patients"),
          help: text("おおよその数で構いません。", "An approximate figure is fine."),
          requirement: "recommended",
          min: 0,
          unit: text("人", "people"),
        },
        {
          id: "insurance",
          type: "multichoice",
          label: text("保険の種類", "Insurance schemes"),
          help: text("すべて選びます。", "Tick all that apply."),
          requirement: "optional",
          options: [
            { id: "kaigo", ja: "介護保険", en: "Long-term care insurance" },
            { id: "iryo", ja: "医療保険", en: "Health insurance" },
          ],
        },
        {
          id: "written-on",
          type: "date",
          label: text("作成日", "Written on"),
          help: text("計画を作った日です。", "The day the plan was written."),
          requirement: "optional",
        },
      ],
    },
    {
      id: "basic-policy",
      chapter: "general",
      title: text("基本方針", "Basic policy"),
      summary: text("基本方針を決めます。", "Decide the basic policy."),
      guidance: text("基本方針は短く書きます。", "Keep the policy short."),
      source: ["S17", "S18"],
      hazards: ["disaster", "infection"],
      fields: [
        {
          id: "principles",
          type: "list",
          label: text("基本方針", "Principles"),
          help: text("1行に1つ書きます。", "One per line."),
          requirement: "required",
          min_items: 2,
          example: ["利用者の生命を守る", "職員の安全を確保する"],
        },
        {
          id: "note",
          type: "longtext",
          label: text("補足", "Notes"),
          help: text("補足があれば書きます。", "Anything else."),
          requirement: "recommended",
          example: "方針は毎年見直す。",
        },
        {
          id: "level",
          type: "choice",
          label: text("継続の水準", "Level of service"),
          help: text("災害時に続ける水準です。", "What you keep running."),
          requirement: "required",
          options: [
            { id: "full", ja: "全面継続", en: "Full" },
            { id: "partial", ja: "一部継続", en: "Partial" },
          ],
        },
      ],
    },
    {
      id: "governance",
      chapter: "preparedness",
      title: text("推進体制", "Governance"),
      summary: text("体制を決めます。", "Decide who does what."),
      guidance: text("役割ごとに担当者を決めます。", "Name someone for each role."),
      source: ["S17"],
      hazards: ["disaster", "infection"],
      fields: [
        {
          id: "roles",
          type: "table",
          label: text("役割分担", "Roles"),
          help: text("役割ごとに1行です。", "One row per role."),
          requirement: "required",
          min_rows: 1,
          columns: [
            { id: "role", type: "text", label: text("役割", "Role"), required: true },
            { id: "count", type: "number", label: text("人数", "Number"), unit: text("人", "people") },
            {
              id: "kind",
              type: "choice",
              label: text("種別", "Type"),
              options: [
                { id: "lead", ja: "責任者", en: "Lead" },
                { id: "member", ja: "担当", en: "Member" },
              ],
            },
            { id: "alternates", type: "list", label: text("代行者", "Alternates") },
            { id: "since", type: "date", label: text("開始日", "Since") },
            { id: "duties", type: "longtext", label: text("任務", "Duties") },
            { id: "trained", type: "boolean", label: text("研修済み", "Trained") },
          ],
          example: [{ role: "責任者", count: 1, kind: "lead", alternates: ["南 夏美"] }],
        },
        {
          id: "command-post",
          type: "text",
          label: text("対応拠点", "Command post"),
          help: text("対策本部を置く場所です。", "Where the response is run from."),
          requirement: "required",
          hazards: ["disaster"],
        },
      ],
    },
    {
      id: "risks",
      chapter: "preparedness",
      title: text("リスクの把握", "Risks"),
      summary: text("被災想定を書きます。", "Expected damage."),
      guidance: text("ライフラインごとに想定します。", "By lifeline."),
      source: ["S17"],
      hazards: ["disaster"],
      fields: [
        {
          id: "lifelines",
          type: "matrix",
          label: text("ライフライン", "Lifelines"),
          help: text("各マスに短く書きます。", "A few words per cell."),
          requirement: "required",
          min_filled_rows: 2,
          rows: [
            { id: "power", ja: "電力", en: "Electricity" },
            { id: "water", ja: "水道", en: "Water" },
          ],
          columns: [
            { id: "day1", ja: "当日", en: "Day 1" },
            { id: "day2", ja: "2日目", en: "Day 2" },
          ],
          example: { power: { day1: "停電" } },
        },
      ],
    },
    {
      id: "infection",
      chapter: "infection",
      title: text("感染症への対応", "Infection"),
      summary: text("感染症の体制です。", "Infection team."),
      guidance: text("感染症の推進体制を決めます。", "Name the infection team."),
      source: ["S18"],
      hazards: ["infection"],
      fields: [
        {
          id: "team",
          type: "text",
          label: text("感染症対策チーム", "Infection team"),
          help: text("担当者を書きます。", "Who is on it."),
          requirement: "required",
          requirement_by_kind: { NursingStation: "recommended" },
        },
      ],
    },
  ],
};

const need = (min: number | null | undefined) => Math.max(min ?? 1, 1);

function countGap(have: number, needed: number, reason: (have: number, need: number) => GapReason): GapReason | null {
  if (have === 0) return { kind: "empty" };
  return have < needed ? reason(have, needed) : null;
}

/** bcp-core plan::value::gap: null when the value counts as filled. */
export function gapOf(field: Field, value: Value | undefined): GapReason | null {
  if (value === undefined || value === null) return { kind: "empty" };
  switch (field.type) {
    case "text":
    case "longtext":
    case "choice":
    case "date":
      return isBlankValue(value) ? { kind: "empty" } : null;
    case "number":
      return typeof value === "number" ? null : { kind: "empty" };
    case "list":
    case "multichoice": {
      const have = Array.isArray(value) ? value.filter((v) => !isBlankValue(v)).length : 0;
      return countGap(have, need(field.min_items), (h, n) => ({ kind: "tooFewItems", have: h, need: n }));
    }
    case "table": {
      const rows = (Array.isArray(value) ? value : []).filter(
        (r): r is { [key: string]: Value } => r !== null && typeof r === "object" && !Array.isArray(r) && !isBlankValue(r),
      );
      for (const [i, row] of rows.entries()) {
        const missing = field.columns.find((c) => c.required && isBlankValue(row[c.id]));
        if (missing) return { kind: "incompleteRow", row: i + 1, column: missing.id };
      }
      return countGap(rows.length, need(field.min_rows), (h, n) => ({ kind: "tooFewRows", have: h, need: n }));
    }
    case "matrix": {
      const grid = typeof value === "object" && !Array.isArray(value) ? value : {};
      const have = Object.values(grid).filter((cells) => !isBlankValue(cells)).length;
      return countGap(have, need(field.min_filled_rows), (h, n) => ({ kind: "tooFewFilledRows", have: h, need: n }));
    }
  }
}

/** bcp-core plan::progress::progress. */
export function progressOf(guide: Guide, kind: OrganizationKind, scope: PlanScope, answers: Answers): Progress {
  const hazards = covered(scope);
  const steps: StepProgress[] = guide.steps.map((step) => {
    const applies = (!step.kinds || step.kinds.includes(kind)) && step.hazards.some((h) => hazards.includes(h));
    const sp: StepProgress = {
      stepId: step.id,
      applies,
      required: { filled: 0, total: 0 },
      recommended: { filled: 0, total: 0 },
      gaps: [],
    };
    if (!applies) return sp;
    for (const field of step.fields.filter((f) => fieldApplies(f, scope))) {
      const requirement = requirementOf(field, kind);
      if (requirement === "optional") continue;
      const reason = gapOf(field, answers[step.id]?.[field.id]);
      const tally = sp[requirement];
      tally.total += 1;
      if (reason === null) tally.filled += 1;
      else sp.gaps.push({ stepId: step.id, fieldId: field.id, requirement, reason });
    }
    return sp;
  });
  const sum = (pick: (s: StepProgress) => { filled: number; total: number }) => ({
    filled: steps.reduce((n, s) => n + pick(s).filled, 0),
    total: steps.reduce((n, s) => n + pick(s).total, 0),
  });
  const gaps = steps.flatMap((s) => s.gaps);
  const nextGap = gaps.find((g) => g.requirement === "required") ?? gaps.find((g) => g.requirement === "recommended") ?? null;
  return { steps, required: sum((s) => s.required), recommended: sum((s) => s.recommended), nextGap };
}

/** Equal JSON values, whatever the order of object keys. */
function sameValue(a: Value, b: Value): boolean {
  if (Array.isArray(a) || Array.isArray(b))
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => sameValue(v, b[i]!));
  if (a !== null && b !== null && typeof a === "object" && typeof b === "object") {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => sameValue(a[k] ?? null, b[k] ?? null));
  }
  return a === b;
}

/** bcp-core plan::revision::diff: fields whose answer differs, by step then field id; blank equals missing. */
export function diffAnswers(before: Answers, after: Answers): Change[] {
  const keys = new Set<string>();
  for (const answers of [before, after])
    for (const [step, fields] of Object.entries(answers)) for (const field of Object.keys(fields)) keys.add(`${step}\u0000${field}`);
  const meaningful = (v: Value | undefined) => (isBlankValue(v) ? null : v!);
  return [...keys].sort().flatMap((key) => {
    const [stepId, fieldId] = key.split("\u0000") as [string, string];
    const b = meaningful(before[stepId]?.[fieldId]);
    const a = meaningful(after[stepId]?.[fieldId]);
    if (b === null && a === null) return [];
    if (b !== null && a !== null && sameValue(b, a)) return [];
    return [{ stepId, fieldId, before: b, after: a }];
  });
}

const isIsoDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s.trim()) && !Number.isNaN(Date.parse(s.trim()));

/** bcp-core plan::revision::validate, with the field names src-tauri's error mapping gives. */
export function validateRevision(input: RevisionInput): RevisionInput {
  if (!isIsoDate(input.revisedOn)) throw ipcError("invalidInput", "revisedOn");
  const next = input.nextReviewDue?.trim() || null;
  if (next !== null && (!isIsoDate(next) || next < input.revisedOn.trim())) throw ipcError("invalidInput", "nextReviewDue");
  if (input.reason.trim() === "") throw ipcError("invalidInput", "reason");
  if (input.approver.trim() === "") throw ipcError("invalidInput", "approver");
  return { revisedOn: input.revisedOn.trim(), reason: input.reason.trim(), approver: input.approver.trim(), nextReviewDue: next };
}

export const visitingBasis = text(
  "介護保険・医療保険の運営基準（指定訪問看護 第22条の2、解釈通知）",
  "Operating standards for visiting nursing (care and health insurance)",
);

/** A small stand-in for bcp-core plan::obligations: one duty follows the answers, one the revisions. */
export function obligationsOf(plan: PlanView | null, revisions: Revision[]): Obligation[] {
  const required = plan?.progress.required;
  const planMissing =
    plan === null || required === undefined
      ? [text("計画をまだ作りはじめていません。", "The plan has not been started.")]
      : required.filled < required.total
        ? [text(`必須項目があと${required.total - required.filled}項目未記入です。`, `${required.total - required.filled} required item(s) unanswered.`)]
        : [];
  const revisionMissing =
    revisions.length === 0 ? [text("計画を一度も確定（改訂）していません。", "The plan has never been fixed as a version.")] : [];
  return [
    { id: "disaster-plan", title: text("自然災害のBCPの策定", "A natural-disaster BCP"), basis: visitingBasis, met: planMissing.length === 0, missing: planMissing },
    { id: "review", title: text("計画の定期的な見直し", "Regular review of the plan"), basis: visitingBasis, met: revisionMissing.length === 0, missing: revisionMissing },
  ];
}

type PlanOptions = { answers?: Answers; lastStep?: string | null; kind?: OrganizationKind; guide?: Guide };

export function planOf(scope: PlanScope, { answers = {}, lastStep = null, kind = "NursingStation", guide = testGuide }: PlanOptions = {}): PlanView {
  return {
    guideVersion: guide.version,
    scope,
    lastStep,
    createdAt: "2025-04-01T00:00:00Z",
    updatedAt: "2025-04-01T06:42:07Z",
    answers,
    progress: progressOf(guide, kind, scope, answers),
    // The Rust side derives these from particular guide fields the test guide does not have.
    insights: [],
  };
}

export type RevisionOptions = {
  /** The history already made, oldest first, each with the answers it fixed. */
  revisions?: { revision: Revision; answers: Answers }[];
};

/**
 * The plan and revision commands over one in-memory plan. No answer is refused; tests override
 * savePlanAnswer for that. Revisions are validated like the Rust side's.
 */
export function planBackend(
  initial: PlanView | null,
  kind: OrganizationKind = "NursingStation",
  guide = testGuide,
  { revisions = [] }: RevisionOptions = {},
): FakeHandlers {
  let plan = initial;
  const history = [...revisions];
  const existing = () => {
    if (plan === null) throw ipcError("notFound");
    return plan;
  };
  const answersOf = (version: number | null): Answers => {
    if (version === null) return existing().answers;
    const found = history.find((h) => h.revision.number === version);
    if (!found) throw ipcError("notFound");
    return found.answers;
  };
  return {
    listRevisions: () => (existing(), history.map((h) => h.revision)),
    revisePlan: (input) => {
      const valid = validateRevision(input);
      const { answers } = existing();
      history.push({ revision: { number: history.length + 1, ...valid }, answers });
      return history.map((h) => h.revision);
    },
    compareRevisions: (from, to) => diffAnswers(answersOf(from), answersOf(to)),
    getObligations: () => obligationsOf(plan, plan === null ? [] : history.map((h) => h.revision)),
    getGuide: () => guide,
    getPlan: () => plan,
    startPlan: (scope) => (plan ??= planOf(scope, { kind, guide })),
    setPlanScope: (scope) => {
      const current = existing();
      plan = { ...current, scope, progress: progressOf(guide, kind, scope, current.answers) };
      return plan;
    },
    savePlanAnswer: (stepId, fieldId, value) => {
      const current = existing();
      const answers = withAnswer(current.answers, { stepId, fieldId, value });
      const updatedAt = new Date().toISOString();
      plan = { ...current, answers, updatedAt, progress: progressOf(guide, kind, current.scope, answers) };
      return { updatedAt, progress: plan.progress, insights: plan.insights };
    },
    visitPlanStep: (stepId) => {
      plan = { ...existing(), lastStep: stepId };
      return null;
    },
  };
}
