// An exchange file (.hcbcp) double-clicked in the file manager. The shell keeps its path until the UI
// takes it (once); on macOS a file can also arrive while the app runs, announced by an event.
import { listen, type UnlistenFn } from "@tauri-apps/api/event";
import { useCallback, useEffect, useState } from "react";
import { commands } from "./bindings.gen";

/** Emitted by the shell (no payload) when the OS hands a file to the running app; the path is then taken. */
export const FILE_OPENED_EVENT = "file-opened";

/** Stops listening. UnlistenFn is typed as returning nothing but is async; it fails once Tauri is gone (tests). */
function stopListening(unlisten: UnlistenFn) {
  void Promise.resolve()
    .then(unlisten)
    .catch(() => undefined);
}

/**
 * The path of the file the app was opened with, or null. Asked on mount and on every FILE_OPENED_EVENT.
 * A taken path is kept even if the asking effect was cleaned up meanwhile (React's StrictMode runs it
 * twice): the shell hands it out only once. A failed ask means there is no file to offer.
 */
export function useOpenedFile(): { path: string | null; dismiss: () => void } {
  const [path, setPath] = useState<string | null>(null);

  useEffect(() => {
    let active = true;
    let unlisten: UnlistenFn | undefined;
    const take = () =>
      commands.takeOpenedFile().then(
        (taken) => {
          if (taken !== null) setPath(taken);
        },
        () => undefined,
      );
    void take();
    listen(FILE_OPENED_EVENT, () => void take()).then(
      (stop) => {
        if (active) unlisten = stop;
        else stopListening(stop);
      },
      () => undefined,
    );
    return () => {
      active = false;
      if (unlisten) stopListening(unlisten);
    };
  }, []);

  const dismiss = useCallback(() => setPath(null), []);
  return { path, dismiss };
}
