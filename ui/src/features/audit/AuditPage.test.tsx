import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { formatShortDateTime } from "../../i18n/format";
import { ja } from "../../i18n/ja";
import { callsOf } from "../../test/planTestKit";
import { renderApp } from "../../test/renderApp";
import { auditEvents, hostile, safetyBackend } from "../../test/safetyFixtures";

const withEvents = () => safetyBackend({ events: [...auditEvents] });
const shownActions = () => screen.getAllByTestId("audit-row").map((row) => row.getAttribute("data-action"));
const noFilter = { action: null, subject: null, from: null, to: null };

describe("audit log", () => {
  it("is in the sidebar, and lists the events newest first with words for each action", async () => {
    const { user, router } = renderApp("/", withEvents());
    const link = await screen.findByTestId("nav-audit");
    expect(link).toHaveTextContent("監査ログ");
    await user.click(link);
    await waitFor(() => expect(router.state.location.pathname).toBe("/audit"));
    await screen.findAllByTestId("audit-row");
    expect(shownActions()).toEqual(auditEvents.map((e) => e.action));

    const headers = within(screen.getByTestId("audit-table")).getAllByRole("columnheader").map((h) => h.textContent);
    expect(headers).toEqual(["日時", "操作者", "操作", "対象", "内容", "根拠"]);
    const [roster, breakGlass, view, exported, newPaper, unknown, failed] = screen.getAllByTestId("audit-row");
    expect(roster).toHaveTextContent(formatShortDateTime("2026-01-15T06:00:00Z"));
    expect(within(roster!).getByTestId("audit-action")).toHaveTextContent("印刷（優先順位名簿）");
    expect(roster).toHaveTextContent("（全体）");
    expect(within(breakGlass!).getByTestId("audit-action")).toHaveTextContent("緊急時の開示");
    expect(within(breakGlass!).getByTestId("audit-basis")).toHaveTextContent("緊急時の開示：停電で連絡がつかない");
    expect(within(view!).getByTestId("audit-action")).toHaveTextContent("患者の閲覧");
    expect(within(view!).getByTestId("audit-basis")).toHaveTextContent("本人同意");
    expect(view).toHaveTextContent("P0001");
    expect(view).toHaveTextContent("nurse");
    expect(within(exported!).getByTestId("audit-action")).toHaveTextContent("台帳の書き出し（暗号化）");
    expect(within(newPaper!).getByTestId("audit-action")).toHaveTextContent("印刷（new-paper）");
    expect(within(unknown!).getByTestId("audit-action")).toHaveTextContent("custom.thing");
    expect(within(failed!).getByTestId("audit-action")).toHaveTextContent("ロック解除の失敗（パスフレーズ違い）");
    expect(screen.getByTestId("audit-count")).toHaveTextContent("7件（新しい順）");
  });

  it("shows hostile text as text, never as markup", async () => {
    renderApp("/audit", withEvents());
    await screen.findAllByTestId("audit-row");
    const view = screen.getAllByTestId("audit-row").find((row) => row.getAttribute("data-action") === "patient.view")!;
    expect(within(view).getByTestId("audit-detail").textContent).toBe(hostile);
    expect(document.querySelector("img")).toBeNull();
    expect(screen.getByTestId("audit-table").querySelector("img")).toBeNull();
  });

  it("filters by kind of action, subject and dates", async () => {
    const { user, backend } = renderApp("/audit", withEvents());
    await screen.findAllByTestId("audit-row");
    expect(callsOf(backend.calls, "listAuditEvents")[0]).toEqual([noFilter]);
    const action = screen.getByTestId("audit-action-filter");
    expect(action).toHaveAccessibleName(ja["audit.filterAction"]);
    expect(within(action).getAllByRole("option").map((o) => o.textContent)).toEqual([
      "すべて",
      "患者台帳",
      "印刷",
      "連携ファイル",
      "地域",
      "訓練",
      "停電対応",
      "バックアップ",
      "ロック",
      "監査ログ",
    ]);

    await user.selectOptions(action, "印刷");
    await waitFor(() => expect(shownActions()).toEqual(["print.roster", "print.new-paper"]));
    expect(callsOf(backend.calls, "listAuditEvents").at(-1)).toEqual([{ ...noFilter, action: "print." }]);

    await user.selectOptions(action, "すべて");
    await user.type(screen.getByTestId("audit-subject-filter"), "P0001");
    await waitFor(() => expect(shownActions()).toEqual(["patient.view"]));
    expect(callsOf(backend.calls, "listAuditEvents").at(-1)).toEqual([{ ...noFilter, subject: "P0001" }]);

    await user.clear(screen.getByTestId("audit-subject-filter"));
    await user.type(screen.getByTestId("audit-from"), "2026-01-12");
    await user.type(screen.getByTestId("audit-to"), "2026-01-14");
    await waitFor(() => expect(shownActions()).toEqual(["patient.export", "print.new-paper", "custom.thing"]));
    expect(callsOf(backend.calls, "listAuditEvents").at(-1)).toEqual([{ ...noFilter, from: "2026-01-12", to: "2026-01-14" }]);
    expect(screen.getByTestId("audit-from")).toHaveAccessibleName(ja["audit.from"]);
    expect(screen.getByTestId("audit-to")).toHaveAccessibleName(ja["audit.to"]);

    await user.selectOptions(action, "バックアップ");
    expect(await screen.findByTestId("audit-empty")).toHaveTextContent(ja["audit.empty"]);
  });

  it("exports the filtered log as CSV and says where", async () => {
    const { user, backend } = renderApp("/audit", withEvents());
    await screen.findAllByTestId("audit-row");
    await user.selectOptions(screen.getByTestId("audit-action-filter"), "患者台帳");
    await user.click(screen.getByTestId("audit-export"));
    const result = await screen.findByTestId("audit-export-result");
    expect(result).toHaveTextContent("監査ログを書き出しました：/home/nurse/監査ログ_20260115.csv");
    expect(callsOf(backend.calls, "exportAuditLog")).toEqual([[{ ...noFilter, action: "patient." }]]);
  });

  it("says when there is nothing to show", async () => {
    renderApp("/audit");
    expect(await screen.findByTestId("audit-empty")).toHaveTextContent(ja["audit.empty"]);
  });
});
