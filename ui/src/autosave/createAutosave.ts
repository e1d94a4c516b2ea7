export type AutosaveState = "idle" | "saving" | "saved" | "error";

export type AutosaveOptions<T, R> = {
  save: (value: T) => Promise<R>;
  /** Quiet time after the last change before it is sent. */
  delayMs: number;
  onSaved?: (result: R, value: T) => void;
  onError?: (error: unknown, value: T) => void;
  onStateChange?: (state: AutosaveState) => void;
};

export type Autosave<T> = {
  /** Records the latest value and (re)starts the quiet-time timer. */
  change: (value: T) => void;
  /** Sends the latest unsent value now (e.g. on blur), or as soon as the save in flight ends. */
  flush: () => void;
  /** True while a change has not been handed to save yet. */
  hasUnsent: () => boolean;
};

/**
 * Saves the latest value of a form without a Save button. Rapid changes coalesce into one save,
 * and at most one save is in flight: changes made meanwhile wait and only the newest is sent,
 * so an older draft can never land after a newer one.
 */
export function createAutosave<T, R>(options: AutosaveOptions<T, R>): Autosave<T> {
  const { save, delayMs, onSaved, onError, onStateChange } = options;
  let unsent: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight = false;
  let sendWhenFree = false;

  const setState = (state: AutosaveState) => onStateChange?.(state);

  const clearTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const flush = () => {
    clearTimer();
    if (unsent === null) return;
    if (inFlight) {
      sendWhenFree = true;
      return;
    }
    const { value } = unsent;
    unsent = null;
    sendWhenFree = false;
    inFlight = true;
    setState("saving");
    save(value).then(
      (result) => finish(() => onSaved?.(result, value), "saved"),
      (error: unknown) => finish(() => onError?.(error, value), "error"),
    );
  };

  const finish = (report: () => void, outcome: AutosaveState) => {
    inFlight = false;
    report();
    // A waiting change whose quiet time is still running keeps waiting for it; one already due goes now.
    if (unsent !== null && (sendWhenFree || timer === null)) flush();
    else setState(outcome);
  };

  const change = (value: T) => {
    unsent = { value };
    clearTimer();
    timer = setTimeout(() => {
      timer = null;
      flush();
    }, delayMs);
  };

  return { change, flush, hasUnsent: () => unsent !== null };
}
