import { useEffect, useState } from "react";

/** The current time in ms, updated every `intervalMs`: one clock per screen drives every countdown on it. */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}
