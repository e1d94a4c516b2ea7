import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ja } from "../../i18n/ja";
import { callsOf } from "../../test/planTestKit";
import { renderApp } from "../../test/renderApp";
import { safetyBackend } from "../../test/safetyFixtures";

describe("settings: data protection", () => {
  it("explains what the start-up passphrase does and does not protect", async () => {
    renderApp("/settings");
    const section = await screen.findByTestId("lock-settings");
    expect(within(section).getByRole("heading", { name: "データの保護" })).toBeInTheDocument();
    expect(section).toHaveTextContent(ja["lockSettings.lead"]);
    expect(section).toHaveTextContent("データのファイルそのものは暗号化されません。");
    expect(await within(section).findByTestId("lock-state")).toHaveTextContent(ja["lockSettings.stateOff"]);
    // No passphrase yet: nothing to give as the current one, nothing to remove.
    expect(within(section).queryByTestId("lock-current")).not.toBeInTheDocument();
    expect(within(section).queryByTestId("lock-remove")).not.toBeInTheDocument();
    expect(within(section).getByTestId("lock-new")).toHaveAccessibleName(ja["lockSettings.new"]);
    expect(within(section).getByTestId("lock-confirm")).toHaveAccessibleName(ja["lockSettings.confirm"]);
  });

  it("checks length and confirmation before setting a passphrase", async () => {
    const { user, backend } = renderApp("/settings");
    await user.click(await screen.findByTestId("lock-save"));
    expect(await screen.findByText(ja["passphrase.tooShort"])).toBeInTheDocument();
    expect(screen.getByTestId("lock-new")).toHaveAttribute("aria-invalid", "true");

    await user.type(screen.getByTestId("lock-new"), "1234567");
    await user.type(screen.getByTestId("lock-confirm"), "1234567");
    await user.click(screen.getByTestId("lock-save"));
    expect(screen.getByText(ja["passphrase.tooShort"])).toBeInTheDocument();

    await user.type(screen.getByTestId("lock-new"), "8");
    await user.click(screen.getByTestId("lock-save"));
    expect(await screen.findByText(ja["passphrase.mismatch"])).toBeInTheDocument();
    expect(screen.queryByText(ja["passphrase.tooShort"])).not.toBeInTheDocument();
    expect(callsOf(backend.calls, "setLockPassphrase")).toHaveLength(0);

    await user.type(screen.getByTestId("lock-confirm"), "8");
    await user.click(screen.getByTestId("lock-save"));
    expect(await screen.findByTestId("lock-done")).toHaveTextContent(ja["lockSettings.saved"]);
    expect(callsOf(backend.calls, "setLockPassphrase")).toEqual([[null, "12345678"]]);
    expect(screen.getByTestId("lock-state")).toHaveTextContent(ja["lockSettings.stateOn"]);
    expect(screen.getByTestId("lock-new")).toHaveValue("");
    // Now a change needs the current passphrase, and it can be removed.
    expect(screen.getByTestId("lock-current")).toBeInTheDocument();
    expect(screen.getByTestId("lock-save")).toHaveTextContent(ja["lockSettings.change"]);
  });

  it("changes the passphrase only with the right current one", async () => {
    const { user, backend } = renderApp("/settings", safetyBackend({ passphrase: "old passphrase" }));
    await user.type(await screen.findByTestId("lock-new"), "new passphrase");
    await user.type(screen.getByTestId("lock-confirm"), "new passphrase");
    await user.click(screen.getByTestId("lock-save"));
    expect(await screen.findByText(ja["lockSettings.needCurrent"])).toBeInTheDocument();
    expect(callsOf(backend.calls, "setLockPassphrase")).toHaveLength(0);

    await user.type(screen.getByTestId("lock-current"), "not it at all");
    await user.click(screen.getByTestId("lock-save"));
    expect(await screen.findByText(ja["lockSettings.wrongCurrent"])).toBeInTheDocument();
    expect(screen.getByTestId("lock-state")).toHaveTextContent(ja["lockSettings.stateOn"]);

    await user.clear(screen.getByTestId("lock-current"));
    await user.type(screen.getByTestId("lock-current"), "old passphrase");
    await user.click(screen.getByTestId("lock-save"));
    expect(await screen.findByTestId("lock-done")).toHaveTextContent(ja["lockSettings.saved"]);
    expect(callsOf(backend.calls, "setLockPassphrase")).toEqual([
      ["not it at all", "new passphrase"],
      ["old passphrase", "new passphrase"],
    ]);
  });

  it("removes the passphrase with the current one", async () => {
    const { user, backend } = renderApp("/settings", safetyBackend({ passphrase: "old passphrase" }));
    await user.click(await screen.findByTestId("lock-remove"));
    expect(await screen.findByText(ja["lockSettings.needCurrent"])).toBeInTheDocument();
    expect(callsOf(backend.calls, "removeLock")).toHaveLength(0);

    await user.type(screen.getByTestId("lock-current"), "old passphrase");
    await user.click(screen.getByTestId("lock-remove"));
    expect(await screen.findByTestId("lock-done")).toHaveTextContent(ja["lockSettings.removed"]);
    expect(callsOf(backend.calls, "removeLock")).toEqual([["old passphrase"]]);
    expect(screen.getByTestId("lock-state")).toHaveTextContent(ja["lockSettings.stateOff"]);
    expect(screen.queryByTestId("lock-remove")).not.toBeInTheDocument();
  });

  it("leads to the backups and the audit log", async () => {
    const { user, router } = renderApp("/settings");
    await user.click(await screen.findByTestId("settings-backups"));
    await waitFor(() => expect(router.state.location.pathname).toBe("/backups"));
    await user.click(await screen.findByTestId("nav-settings"));
    await user.click(await screen.findByTestId("settings-audit"));
    await waitFor(() => expect(router.state.location.pathname).toBe("/audit"));
  });
});
