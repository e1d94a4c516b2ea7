import { Center, Loader } from "@mantine/core";
import { useEffect, useRef, type ReactNode } from "react";
import { useT } from "../../i18n/LanguageProvider";
import { useLockStatus } from "../../ipc/lockQueries";
import { LockScreen } from "./LockScreen";

type Props = {
  children: ReactNode;
  /**
   * Called when the lock screen gives the window back to an app that was already showing (a command
   * answered `locked` mid-session): what it had loaded then was refused, so it loads again.
   */
  onReopened: () => void;
};

/**
 * Above the router: while the start-up passphrase is still to be entered, the app (whose every
 * command would answer `locked`) is not rendered at all. A status that cannot be read opens the app;
 * the Rust side still refuses every command while locked, and such a refusal asks for the status again.
 */
export function LockGate({ children, onReopened }: Props) {
  const t = useT();
  const status = useLockStatus();
  const locked = status.data?.locked === true;
  const open = !status.isPending && !locked;
  const everOpen = useRef(false);
  const lockedWhileOpen = useRef(false);

  useEffect(() => {
    if (open) {
      if (lockedWhileOpen.current) {
        lockedWhileOpen.current = false;
        onReopened();
      }
      everOpen.current = true;
    } else if (locked && everOpen.current) lockedWhileOpen.current = true;
  }, [open, locked, onReopened]);

  if (status.isPending)
    return (
      <Center h="100vh">
        <Loader aria-label={t("app.loading")} />
      </Center>
    );
  return locked ? <LockScreen /> : children;
}
