import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createAutosave, type AutosaveState } from "./createAutosave";

/** A save whose calls can be settled one by one, recording how many run at once. */
function controllableSave() {
  const calls: { value: string; resolve: (r: string) => void; reject: (e: unknown) => void }[] = [];
  let running = 0;
  let maxRunning = 0;
  const save = (value: string) =>
    new Promise<string>((resolve, reject) => {
      running += 1;
      maxRunning = Math.max(maxRunning, running);
      const done = () => (running -= 1);
      calls.push({
        value,
        resolve: (r) => (done(), resolve(r)),
        reject: (e) => (done(), reject(e)),
      });
    });
  return { save, calls, maxRunning: () => maxRunning };
}

describe("createAutosave", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("coalesces rapid edits into one save of the latest value", () => {
    const s = controllableSave();
    const autosave = createAutosave({ save: s.save, delayMs: 400 });
    autosave.change("a");
    vi.advanceTimersByTime(300);
    autosave.change("ab");
    vi.advanceTimersByTime(300);
    autosave.change("abc");
    expect(s.calls).toHaveLength(0);
    vi.advanceTimersByTime(400);
    expect(s.calls.map((c) => c.value)).toEqual(["abc"]);
  });

  it("saves at once on flush and does nothing when nothing changed", () => {
    const s = controllableSave();
    const autosave = createAutosave({ save: s.save, delayMs: 400 });
    autosave.flush();
    expect(s.calls).toHaveLength(0);
    autosave.change("x");
    autosave.flush();
    expect(s.calls.map((c) => c.value)).toEqual(["x"]);
    vi.advanceTimersByTime(1000);
    expect(s.calls).toHaveLength(1);
  });

  it("never runs two saves at once and sends only the newest waiting value", async () => {
    const s = controllableSave();
    const states: AutosaveState[] = [];
    const autosave = createAutosave({ save: s.save, delayMs: 400, onStateChange: (st) => states.push(st) });
    autosave.change("1");
    autosave.flush();
    autosave.change("2");
    autosave.flush();
    autosave.change("3");
    autosave.flush();
    expect(s.calls).toHaveLength(1);

    s.calls[0]!.resolve("ok1");
    await vi.runAllTimersAsync();
    expect(s.calls.map((c) => c.value)).toEqual(["1", "3"]);
    expect(s.maxRunning()).toBe(1);

    s.calls[1]!.resolve("ok3");
    await vi.runAllTimersAsync();
    expect(s.calls).toHaveLength(2);
    expect(states.at(-1)).toBe("saved");
    expect(states).not.toContain("error");
  });

  it("lets a waiting change finish its quiet time after the save in flight ends", async () => {
    const s = controllableSave();
    const autosave = createAutosave({ save: s.save, delayMs: 400 });
    autosave.change("1");
    autosave.flush();
    autosave.change("12");
    s.calls[0]!.resolve("ok");
    await Promise.resolve();
    await Promise.resolve();
    expect(s.calls).toHaveLength(1);
    vi.advanceTimersByTime(400);
    expect(s.calls.map((c) => c.value)).toEqual(["1", "12"]);
  });

  it("reports a failed save as error and calls onError with the value", async () => {
    const s = controllableSave();
    const onError = vi.fn();
    const states: AutosaveState[] = [];
    const autosave = createAutosave({ save: s.save, delayMs: 400, onError, onStateChange: (st) => states.push(st) });
    autosave.change("");
    autosave.flush();
    s.calls[0]!.reject(new Error("blank"));
    await vi.runAllTimersAsync();
    expect(onError).toHaveBeenCalledWith(expect.any(Error), "");
    expect(states).toEqual(["saving", "error"]);
  });
});
