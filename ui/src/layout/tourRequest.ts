import { useSyncExternalStore } from "react";

// Whether the sidebar tour is open. Not stored: the tour is offered right after the first
// registration (or opening a sample) and whenever Settings asks for it. A data folder set up from
// the command line (batch work, tests) never gets a tour over its first screen.
let open = false;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

export function requestTour() {
  open = true;
  notify();
}

export function endTour() {
  open = false;
  notify();
}

export function useTourOpen(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => open,
  );
}
