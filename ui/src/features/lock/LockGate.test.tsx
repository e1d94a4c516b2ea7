import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ja } from "../../i18n/ja";
import { ipcError, type FakeHandlers } from "../../ipc/fakeBackend";
import { savedDraft, settingsBackend, viewOf } from "../../test/fixtures";
import { callsOf } from "../../test/planTestKit";
import { renderApp } from "../../test/renderApp";
import { safetyBackend } from "../../test/safetyFixtures";

const secret = "correct horse battery";

/** Locked as the Rust side is: every command but the lock's own answers `locked` until unlocked. */
function lockedBackend(): FakeHandlers {
  const safety = safetyBackend({ passphrase: secret, lock: { enabled: true, locked: true } });
  const refuseWhileLocked = <A extends unknown[], R>(handler: (...args: A) => R) =>
    (...args: A): R => {
      if (safety.state.lock.locked) throw ipcError("locked");
      return handler(...args);
    };
  return {
    ...safety,
    getOrganization: refuseWhileLocked(() => viewOf(savedDraft)),
    getSettings: refuseWhileLocked(() => settingsBackend().getSettings!()),
  };
}

describe("start-up lock", () => {
  it("shows only the lock screen, refuses a wrong passphrase, and opens the app with the right one", async () => {
    const { user, backend } = renderApp("/", lockedBackend());
    const field = await screen.findByTestId("lock-passphrase");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("在宅医療BCP はロックされています");
    expect(field).toHaveAccessibleName(ja["lock.passphrase"]);
    expect(field).toHaveFocus();
    expect(screen.getByTestId("lock-open")).toHaveTextContent("開く");
    expect(screen.queryByRole("navigation")).not.toBeInTheDocument();
    expect(screen.queryByTestId("header-org-name")).not.toBeInTheDocument();
    // Nothing but the lock's own commands was asked for.
    expect(callsOf(backend.calls, "getOrganization")).toHaveLength(0);

    await user.type(field, "wrong horse{Enter}");
    const error = await screen.findByTestId("lock-error");
    expect(error).toHaveAttribute("role", "alert");
    expect(error).toHaveTextContent(ja["lock.wrong"]);
    expect(screen.getByTestId("lock-passphrase")).toHaveValue("");
    expect(screen.queryByRole("navigation")).not.toBeInTheDocument();

    await user.type(screen.getByTestId("lock-passphrase"), secret);
    await user.click(screen.getByTestId("lock-open"));
    expect(await screen.findByTestId("header-org-name")).toHaveTextContent("あさひ訪問看護ステーション");
    expect(screen.queryByTestId("lock-passphrase")).not.toBeInTheDocument();
    expect(await screen.findByRole("navigation", { name: ja["nav.label"] })).toBeInTheDocument();
    expect(callsOf(backend.calls, "unlock")).toEqual([["wrong horse"], [secret]]);
  });

  it("comes up when a command answers locked, and loads the screen again once opened", async () => {
    const safety = safetyBackend({ passphrase: secret, lock: { enabled: true, locked: true } });
    // The first status read says unlocked (as if read before the lock took effect): the app starts,
    // and the root's first question (the organisation) is refused.
    let statusReads = 0;
    const { user, backend, router } = renderApp("/", {
      ...safety,
      getLockStatus: () => (statusReads++ === 0 ? { enabled: true, locked: false } : { ...safety.state.lock }),
      getOrganization: () => {
        if (safety.state.lock.locked) throw ipcError("locked");
        return viewOf(savedDraft);
      },
    });
    await user.type(await screen.findByTestId("lock-passphrase"), `${secret}{Enter}`);
    expect(await screen.findByTestId("header-org-name")).toHaveTextContent("あさひ訪問看護ステーション");
    expect(screen.queryByTestId("lock-passphrase")).not.toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/");
    expect(callsOf(backend.calls, "unlock")).toEqual([[secret]]);
    expect(statusReads).toBeGreaterThan(1);
  });
});
