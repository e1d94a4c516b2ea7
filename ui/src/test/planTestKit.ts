import type { FakeCall } from "../ipc/fakeBackend";
import type { PlanView } from "../ipc/bindings.gen";
import { happyBackend, savedDraft, viewOf } from "./fixtures";
import { renderApp } from "./renderApp";
import type { FakeHandlers } from "../ipc/fakeBackend";

/** The app at a wizard path, with the given plan already started. */
export function renderPlan(path: string, plan: PlanView, overrides: FakeHandlers = {}) {
  return renderApp(path, overrides, happyBackend(viewOf(savedDraft), plan));
}

/** Every value sent for one field, oldest first. */
export function savesOf(calls: FakeCall[], stepId: string, fieldId: string): unknown[] {
  return calls
    .filter((c) => c.command === "savePlanAnswer" && c.args[0] === stepId && c.args[1] === fieldId)
    .map((c) => c.args[2]);
}
