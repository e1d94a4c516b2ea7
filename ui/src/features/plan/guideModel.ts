// What the wizard derives from the guide and the plan. The Rust side decides completeness; these only
// decide what to show, and must agree with it on what applies (guide::model Step/Field::applies).
import type { Field, Guide, Hazard, OrganizationKind, PlanScope, PlanView, Requirement, Step, StepProgress } from "../../ipc/bindings.gen";

export const planScopes: PlanScope[] = ["combined", "disaster", "infection"];

export function isPlanScope(value: string): value is PlanScope {
  return (planScopes as string[]).includes(value);
}

/** A combined (一体型) plan covers both hazards. */
export function covered(scope: PlanScope): Hazard[] {
  return scope === "combined" ? ["disaster", "infection"] : [scope];
}

export function fieldApplies(field: Field, scope: PlanScope): boolean {
  const hazards = covered(scope);
  return !field.hazards || field.hazards.some((h) => hazards.includes(h));
}

/** requirement_by_kind keeps the guide file's snake_case in the generated bindings. */
export function requirementOf(field: Field, kind: OrganizationKind): Requirement {
  return field.requirement_by_kind?.[kind] ?? field.requirement;
}

export function stepProgressOf(plan: PlanView, stepId: string): StepProgress | undefined {
  return plan.progress.steps.find((s) => s.stepId === stepId);
}

export function stepApplies(plan: PlanView, stepId: string): boolean {
  return stepProgressOf(plan, stepId)?.applies ?? false;
}

export function applicableSteps(guide: Guide, plan: PlanView): Step[] {
  return guide.steps.filter((s) => stepApplies(plan, s.id));
}

/** Where /plan reopens: the last step visited if the guide still has it, else the first step that applies. */
export function resumeStepId(guide: Guide, plan: PlanView): string | undefined {
  if (plan.lastStep !== null && guide.steps.some((s) => s.id === plan.lastStep)) return plan.lastStep;
  return (applicableSteps(guide, plan)[0] ?? guide.steps[0])?.id;
}

/** The applicable steps either side of `stepId` in wizard order (it need not apply itself). */
export function neighbours(guide: Guide, plan: PlanView, stepId: string): { prev?: Step; next?: Step } {
  const at = guide.steps.findIndex((s) => s.id === stepId);
  const applies = (s: Step) => stepApplies(plan, s.id);
  return {
    prev: guide.steps.slice(0, Math.max(at, 0)).reverse().find(applies),
    next: guide.steps.slice(at + 1).find(applies),
  };
}

export type ChapterRun = { chapterId: string; steps: Step[] };

/**
 * Steps in wizard order, grouped into runs of the same chapter. The guide's wizard order revisits
 * chapters (総論 opens and closes it), so a chapter may head more than one run; grouping all of a
 * chapter together would break the order the pager walks.
 */
export function chapterRuns(steps: Step[]): ChapterRun[] {
  const runs: ChapterRun[] = [];
  for (const step of steps) {
    const last = runs[runs.length - 1];
    if (last && last.chapterId === step.chapter) last.steps.push(step);
    else runs.push({ chapterId: step.chapter, steps: [step] });
  }
  return runs;
}
