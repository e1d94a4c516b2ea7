import { useEffect } from "react";
import { commands } from "./bindings.gen";

/**
 * Tells the shell, once per start, that home has drawn with its data: the shell prints how long a
 * person waited, which `cargo xtask bench` compares with its target. After the next frame, so the
 * measurement includes the paint. Failures are ignored: nothing depends on it.
 */
export function useMarkInteractive(ready: boolean) {
  useEffect(() => {
    if (!ready) return;
    const frame = requestAnimationFrame(() => void commands.markInteractive().catch(() => undefined));
    return () => cancelAnimationFrame(frame);
  }, [ready]);
}
