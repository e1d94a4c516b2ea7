import { useEffect, useRef, useState } from "react";
import { createAutosave, type AutosaveOptions, type AutosaveState } from "./createAutosave";

type Options<T, R> = Omit<AutosaveOptions<T, R>, "delayMs"> & { delayMs?: number };

export function useAutosave<T, R>(options: Options<T, R>) {
  const [state, setState] = useState<AutosaveState>("idle");
  // The queue lives for the component's life; it must call the latest callbacks, not those of the first render.
  const latest = useRef(options);
  latest.current = options;

  const [autosave] = useState(() =>
    createAutosave<T, R>({
      delayMs: options.delayMs ?? 400,
      save: (value) => latest.current.save(value),
      onSaved: (result, value) => latest.current.onSaved?.(result, value),
      onError: (error, value) => latest.current.onError?.(error, value),
      // Also told to the caller: a page-wide status (the plan wizard's) must hear a save that ends after this unmounts.
      onStateChange: (next) => {
        setState(next);
        latest.current.onStateChange?.(next);
      },
    }),
  );

  // Leaving the page must not drop the last keystrokes.
  useEffect(() => () => autosave.flush(), [autosave]);

  return { state, change: autosave.change, flush: autosave.flush };
}
