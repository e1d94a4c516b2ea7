import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { formatDateTimeSeconds, formatShortDateTime } from "../../i18n/format";
import { ja } from "../../i18n/ja";
import { callsOf } from "../../test/planTestKit";
import { renderApp } from "../../test/renderApp";
import { backupEntries, safetyBackend } from "../../test/safetyFixtures";

const [manual, beforeImport, atStart] = backupEntries;
const withBackups = () => safetyBackend({ backups: [...backupEntries] });
const rowOf = (fileName: string) =>
  screen.getAllByTestId("backup-row").find((row) => row.getAttribute("data-file") === fileName)!;

describe("backups", () => {
  it("is in the sidebar before the settings, and explains the automatic backups", async () => {
    const { user, router } = renderApp("/", withBackups());
    const link = await screen.findByTestId("nav-backups");
    expect(link).toHaveTextContent("バックアップ");
    const nav = screen.getByRole("navigation", { name: ja["nav.label"] });
    expect(within(nav).getAllByRole("link").slice(-4).map((l) => l.getAttribute("data-testid"))).toEqual([
      "nav-backups",
      "nav-audit",
      "nav-settings",
      "nav-about",
    ]);
    await user.click(link);
    await waitFor(() => expect(router.state.location.pathname).toBe("/backups"));
    expect(await screen.findByRole("heading", { level: 1 })).toHaveTextContent("バックアップ");
    const auto = screen.getByTestId("backups-auto");
    expect(auto).toHaveTextContent(ja["backups.when"]);
    expect(auto).toHaveTextContent("新しいもの10件に加えて、直近14日は1日1件、直近12か月は1か月1件");
  });

  it("lists the backups newest first with local time, reason and size", async () => {
    renderApp("/backups", withBackups());
    await screen.findAllByTestId("backup-row");
    const rows = screen.getAllByTestId("backup-row");
    expect(rows.map((r) => r.getAttribute("data-file"))).toEqual(backupEntries.map((b) => b.fileName));
    expect(rows[0]).toHaveTextContent(formatShortDateTime(manual!.takenAt));
    expect(within(rows[0]!).getByTestId("backup-reason")).toHaveTextContent("手動");
    expect(within(rows[0]!).getByTestId("backup-size")).toHaveTextContent("3.4 MB");
    expect(within(rows[1]!).getByTestId("backup-reason")).toHaveTextContent("取り込みの前");
    expect(within(rows[1]!).getByTestId("backup-size")).toHaveTextContent("512 KB");
    expect(within(rows[2]!).getByTestId("backup-reason")).toHaveTextContent("起動時");
    expect(within(rows[2]!).getByTestId("backup-size")).toHaveTextContent("—");
  });

  it("says when there is none, and takes one on request", async () => {
    const { user, backend } = renderApp("/backups");
    expect(await screen.findByTestId("backups-empty")).toHaveTextContent(ja["backups.empty"]);
    await user.click(screen.getByTestId("backup-take"));
    expect(await screen.findByTestId("backup-taken")).toHaveTextContent("バックアップを作りました");
    expect(await screen.findByTestId("backup-row")).toHaveAttribute("data-file", "homecare-bcp-20260115T060000000Z-manual.sqlite");
    expect(callsOf(backend.calls, "takeBackup")).toHaveLength(1);
  });

  it("shows what a chosen backup holds", async () => {
    const { user, backend } = renderApp("/backups", withBackups());
    await screen.findAllByTestId("backup-row");
    expect(screen.queryByTestId("backup-preview")).not.toBeInTheDocument();
    await user.click(within(rowOf(beforeImport!.fileName)).getByRole("button"));
    const preview = await screen.findByTestId("backup-preview");
    await within(preview).findByTestId("backup-organization");
    expect(callsOf(backend.calls, "previewBackup")).toEqual([[beforeImport!.fileName]]);
    expect(within(preview).getByRole("heading")).toHaveTextContent("取り込みの前");
    expect(within(preview).getByTestId("backup-organization")).toHaveTextContent("あさひ訪問看護ステーション");
    expect(within(preview).getByTestId("backup-plan-versions")).toHaveTextContent("2版");
    expect(within(preview).getByTestId("backup-latest-revision")).toHaveTextContent("令和7年12月1日 (2025-12-01)");
    expect(within(preview).getByTestId("backup-plan-answers")).toHaveTextContent("57件");
    expect(within(preview).getByTestId("backup-patients")).toHaveTextContent("12件");
    expect(within(preview).getByTestId("backup-partners")).toHaveTextContent("3件");
    expect(within(preview).getByTestId("backup-drills")).toHaveTextContent("4件");
    expect(within(preview).getByTestId("backup-last-event")).toHaveTextContent(formatShortDateTime("2026-01-15T04:59:00Z"));
    expect(within(preview).getByTestId("backup-schema")).toHaveTextContent("8");
    expect(within(preview).getByTestId("backup-integrity")).toHaveTextContent("問題なし");
    expect(within(rowOf(beforeImport!.fileName)).getByRole("button")).toHaveAttribute("aria-pressed", "true");
  });

  it("says why a damaged backup cannot be restored, and offers no restore", async () => {
    const { user } = renderApp(
      "/backups",
      safetyBackend({
        backups: [...backupEntries],
        previews: { [atStart!.fileName]: { intact: false, unusable: "integrity check failed: page 3" } },
      }),
    );
    await screen.findAllByTestId("backup-row");
    await user.click(within(rowOf(atStart!.fileName)).getByRole("button"));
    const unusable = await screen.findByTestId("backup-unusable");
    expect(unusable).toHaveTextContent(ja["backups.unusableTitle"]);
    expect(unusable).toHaveTextContent(ja["backups.unusableDamaged"]);
    expect(unusable).toHaveTextContent("integrity check failed: page 3");
    expect(screen.getByTestId("backup-integrity")).toHaveTextContent("壊れています");
    expect(screen.queryByTestId("backup-restore")).not.toBeInTheDocument();
  });

  it("restores after a confirmation that says the current data is backed up first", async () => {
    const { user, backend } = renderApp("/backups", withBackups());
    await screen.findAllByTestId("backup-row");
    await user.click(within(rowOf(beforeImport!.fileName)).getByRole("button"));
    await user.click(await screen.findByTestId("backup-restore"));

    const dialog = await screen.findByRole("dialog", { name: ja["backups.restoreTitle"] });
    expect(dialog).toHaveTextContent(ja["backups.restoreSafety"]);
    expect(dialog).toHaveTextContent(`${formatDateTimeSeconds(beforeImport!.takenAt)}（取り込みの前）`);
    // Cancelling changes nothing.
    await user.click(within(dialog).getByTestId("backup-restore-cancel"));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(callsOf(backend.calls, "restoreBackup")).toHaveLength(0);

    await user.click(screen.getByTestId("backup-restore"));
    const organizationReads = callsOf(backend.calls, "getOrganization").length;
    await user.click(await screen.findByTestId("backup-restore-confirm"));
    const restored = await screen.findByTestId("backup-restored");
    expect(restored).toHaveAttribute("role", "status");
    const named = `${formatDateTimeSeconds(beforeImport!.takenAt)}（取り込みの前）`;
    expect(restored).toHaveTextContent(`${named}のバックアップに戻しました。`);
    expect(callsOf(backend.calls, "restoreBackup")).toEqual([[beforeImport!.fileName]]);
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());

    // Everything was asked again: the organisation (the header), and the list with the new backup.
    await waitFor(() => expect(callsOf(backend.calls, "getOrganization").length).toBeGreaterThan(organizationReads));
    await waitFor(() => expect(screen.getAllByTestId("backup-row")).toHaveLength(4));
    expect(screen.getAllByTestId("backup-row")[0]).toHaveTextContent("復元の前");
  });
});
