import { createContext, useCallback, useContext, useMemo, useState } from "react";
import type { AutosaveState } from "../../autosave/createAutosave";

/** How a field's own autosave queue reports to the wizard's single 「保存しました」 line. */
export type SaveReporter = {
  report: (key: string, state: AutosaveState) => void;
  /** The refusal of the field's last save, or null once a save of it succeeds. */
  fail: (key: string, error: unknown) => void;
};

const SaveReporterContext = createContext<SaveReporter>({ report: () => {}, fail: () => {} });

export const SaveReporterProvider = SaveReporterContext.Provider;

export function useSaveReporter(): SaveReporter {
  return useContext(SaveReporterContext);
}

/**
 * One status for many fields. A refused field keeps the status at "error" until it saves (its value
 * is not stored, whatever the others do); otherwise any save in flight reads "saving".
 */
export function useSaveTracker() {
  const [states, setStates] = useState<Record<string, AutosaveState>>({});
  const [errors, setErrors] = useState<Record<string, unknown>>({});

  const report = useCallback((key: string, state: AutosaveState) => setStates((s) => ({ ...s, [key]: state })), []);
  const fail = useCallback(
    (key: string, error: unknown) =>
      setErrors((all) => {
        const { [key]: _previous, ...others } = all;
        return error === null ? others : { ...others, [key]: error };
      }),
    [],
  );
  const reporter = useMemo(() => ({ report, fail }), [report, fail]);

  const pending = Object.values(errors);
  const values = Object.values(states);
  const state: AutosaveState =
    pending.length > 0 ? "error" : values.includes("saving") ? "saving" : values.includes("saved") ? "saved" : "idle";
  return { state, error: pending.length > 0 ? pending[pending.length - 1] : null, reporter };
}
