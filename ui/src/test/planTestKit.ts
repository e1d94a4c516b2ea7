import type { FakeCall, FakeHandlers } from "../ipc/fakeBackend";
import type { PlanView } from "../ipc/bindings.gen";
import { happyBackend, savedDraft, viewOf } from "./fixtures";
import type { RevisionOptions } from "./planFixtures";
import { renderApp } from "./renderApp";

/** The app at a wizard path, with the given plan already started (and, if given, its revision history). */
export function renderPlan(path: string, plan: PlanView, overrides: FakeHandlers = {}, revisions: RevisionOptions = {}) {
  return renderApp(path, overrides, happyBackend(viewOf(savedDraft), plan, revisions));
}

/** Every call of one command, oldest first. */
export function callsOf(calls: FakeCall[], command: FakeCall["command"]): unknown[][] {
  return calls.filter((c) => c.command === command).map((c) => c.args);
}

/** Every value sent for one field, oldest first. */
export function savesOf(calls: FakeCall[], stepId: string, fieldId: string): unknown[] {
  return calls
    .filter((c) => c.command === "savePlanAnswer" && c.args[0] === stepId && c.args[1] === fieldId)
    .map((c) => c.args[2]);
}
