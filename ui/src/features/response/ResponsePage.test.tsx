import { act, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ja } from "../../i18n/ja";
import type { RankedPatient, SafetyCheck } from "../../ipc/bindings.gen";
import { computedAt, openOutage, patientBackend, rankedPatients } from "../../test/patientFixtures";
import { savedDraft } from "../../test/fixtures";
import { callsOf } from "../../test/planTestKit";
import { renderApp } from "../../test/renderApp";

const inOutage = (patients: RankedPatient[] = rankedPatients) => patientBackend({ patients, outage: openOutage });
const checksSent = (calls: Parameters<typeof callsOf>[0]) =>
  callsOf(calls, "recordSafetyCheck").map((args) => args[0] as SafetyCheck);

/** Mantine writes the size as calc(<n>rem * var(--mantine-scale)), which jsdom cannot resolve; 1 rem is 16 px at scale 1. */
const fontPx = (element: HTMLElement) => {
  const rem = /([\d.]+)rem/.exec(element.style.fontSize);
  return rem ? Number(rem[1]) * 16 : 0;
};

afterEach(() => {
  vi.useRealTimers();
});

describe("response screen", () => {
  it("is only there while an outage is open", async () => {
    const { router } = renderApp("/response", patientBackend({ patients: rankedPatients }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/patients"));
    expect(screen.queryByTestId("nav-response")).not.toBeInTheDocument();
  });

  it("is where the app reopens during an outage", async () => {
    const { router } = renderApp("/", inOutage());
    await waitFor(() => expect(router.state.location.pathname).toBe("/response"));
    expect(await screen.findByTestId("nav-response")).toBeInTheDocument();
  });

  it("lists patients in ranked order in large type, with the outage's start, area and note", async () => {
    renderApp("/response", inOutage());
    const rows = await screen.findAllByTestId(/^response-row-/);
    expect(rows.map((r) => r.getAttribute("data-tier"))).toEqual(["P0", "P1", "P2", "P3"]);
    expect(within(rows[0]!).getByTestId("tier-chip")).toHaveTextContent("P0 直ちに");
    const name = within(rows[0]!).getByTestId("response-name");
    expect(name).toHaveTextContent("南 花子");
    expect(fontPx(name)).toBeGreaterThanOrEqual(20);
    expect(screen.getByTestId("response-started")).toHaveTextContent("開始 令和8年1月15日 (2026-01-15)");
    expect(screen.getByTestId("response-area")).toHaveTextContent("対象：旭川市");
    expect(screen.getByTestId("response-note")).toHaveTextContent("メモ：台風で停電");
    // 江別市 is outside the declared area.
    expect(rows[1]).toHaveTextContent("対象地域外");
    expect(rows[0]).not.toHaveTextContent("対象地域外");
  });

  it("counts down every second from computedAt and turns red under 3 hours", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    // 30 s after the list was computed; P0001 had 3.2 h left then, so 3 h 11.5 min now.
    vi.setSystemTime(Date.parse(computedAt) + 30_000);
    const patient: RankedPatient = { ...rankedPatients[0]!, powerHoursLeft: 3.2, unreachedMinutes: 65 };
    renderApp("/response", inOutage([patient]));

    const power = await screen.findByTestId("response-power-P0001");
    expect(power).toHaveTextContent(/^残り 3時間11分$/);
    expect(power).toHaveAttribute("data-urgent", "false");
    expect(screen.getByTestId("response-unreached-P0001")).toHaveTextContent("未確認 1時間05分");
    // Started 04:00Z, 1 h 00.5 min ago.
    expect(screen.getByTestId("response-elapsed")).toHaveTextContent("経過 1時間00分");

    // Twelve minutes later, at the next tick.
    act(() => {
      vi.setSystemTime(Date.parse(computedAt) + 12 * 60_000 + 30_000);
      vi.advanceTimersByTime(1000);
    });
    expect(power).toHaveTextContent("⚠ 残り 2時間59分");
    expect(power).toHaveAttribute("data-urgent", "true");
    expect(power).toHaveStyle({ color: "var(--mantine-color-red-9)" });
    expect(screen.getByTestId("response-unreached-P0001")).toHaveTextContent("未確認 1時間17分");
    expect(screen.getByTestId("response-elapsed")).toHaveTextContent("経過 1時間12分");
  });

  it("asks the Rust side for a fresh ranking every 30 seconds", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { backend } = renderApp("/response", inOutage());
    await screen.findByTestId("response-row-P0001");
    const before = callsOf(backend.calls, "listPatients").length;
    await act(async () => {
      await vi.advanceTimersByTimeAsync(30_000);
    });
    await waitFor(() => expect(callsOf(backend.calls, "listPatients").length).toBe(before + 1));
  });

  it("records 連絡OK in two clicks, by the manager, and shows it on the row and the timeline", async () => {
    const { user, backend } = renderApp("/response", inOutage());
    await user.click(await screen.findByTestId("check-ok-P0001"));
    expect(screen.getByTestId("check-confirm-P0001")).toHaveTextContent("南 花子さんを「連絡OK・変わりなし」として記録します。");
    expect(checksSent(backend.calls)).toHaveLength(0);
    const before = Date.now();
    await user.click(screen.getByTestId("check-save-P0001"));

    await waitFor(() => expect(checksSent(backend.calls)).toHaveLength(1));
    const { at, ...check } = checksSent(backend.calls)[0]!;
    expect(check).toEqual({
      patientId: "P0001",
      by: savedDraft.managerName,
      channel: "phone",
      reached: true,
      condition: "ok",
      deviceState: "unknown",
      batteryPct: null,
      note: "",
    });
    expect(Date.parse(at)).toBeGreaterThanOrEqual(before - 1000);
    expect(at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);

    expect(await screen.findByTestId("response-last-check-P0001")).toHaveTextContent("連絡OK・変わりなし");
    const entries = within(screen.getByTestId("response-timeline")).getAllByTestId("timeline-entry");
    expect(entries).toHaveLength(1);
    expect(entries[0]).toHaveTextContent(`南 花子：連絡OK・変わりなし（${savedDraft.managerName}・電話）`);
    expect(screen.getByTestId("timeline-start")).toHaveTextContent("対応を開始");
    expect(screen.queryByTestId("check-confirm-P0001")).not.toBeInTheDocument();
  });

  it("records 不通 with details, then offers the last name used for the next check", async () => {
    const { user, backend } = renderApp("/response", inOutage());
    await user.click(await screen.findByTestId("check-unreached-P0003"));
    await user.click(screen.getByTestId("check-details-P0003"));
    await user.selectOptions(screen.getByTestId("check-channel-P0003"), "visit");
    await user.clear(screen.getByTestId("check-by-P0003"));
    await user.type(screen.getByTestId("check-by-P0003"), "佐藤");
    await user.click(screen.getByTestId("check-save-P0003"));
    await waitFor(() => expect(checksSent(backend.calls)).toHaveLength(1));
    expect(checksSent(backend.calls)[0]).toMatchObject({
      patientId: "P0003",
      reached: false,
      condition: "unknown",
      deviceState: "unknown",
      channel: "visit",
      by: "佐藤",
      batteryPct: null,
    });

    await user.click(screen.getByTestId("check-ok-P0001"));
    await user.click(screen.getByTestId("check-details-P0001"));
    expect(screen.getByTestId("check-by-P0001")).toHaveValue("佐藤");
    await user.selectOptions(screen.getByTestId("check-device-P0001"), "battery");
    await user.type(screen.getByTestId("check-battery-P0001"), "40");
    await user.click(screen.getByTestId("check-save-P0001"));
    await waitFor(() => expect(checksSent(backend.calls)).toHaveLength(2));
    expect(checksSent(backend.calls)[1]).toMatchObject({ patientId: "P0001", reached: true, deviceState: "battery", batteryPct: 40, by: "佐藤" });

    await waitFor(() => expect(within(screen.getByTestId("response-timeline")).getAllByTestId("timeline-entry")).toHaveLength(2));
    const entries = within(screen.getByTestId("response-timeline")).getAllByTestId("timeline-entry");
    // Newest first.
    expect(entries[0]).toHaveTextContent("南 花子：連絡OK・変わりなし・機器：バッテリーで動作・バッテリー 40%（佐藤・電話）");
    expect(entries[1]).toHaveTextContent("東 次郎：不通（佐藤・訪問）");
  });

  it("refuses a battery level above 100 with a sentence", async () => {
    const { user, backend } = renderApp("/response", inOutage());
    await user.click(await screen.findByTestId("check-ok-P0001"));
    await user.click(screen.getByTestId("check-details-P0001"));
    await user.type(screen.getByTestId("check-battery-P0001"), "140");
    await user.click(screen.getByTestId("check-save-P0001"));
    expect(await screen.findByText(ja["check.batteryError"])).toBeInTheDocument();
    expect(checksSent(backend.calls)).toHaveLength(0);
  });

  it("ends the outage only after the confirmation, saying the record stays", async () => {
    const { user, backend, router } = renderApp("/response", inOutage());
    await user.click(await screen.findByTestId("response-end"));
    expect(screen.getByTestId("response-end-body")).toHaveTextContent("記録は残ります");
    await user.click(screen.getByTestId("response-end-cancel"));
    expect(callsOf(backend.calls, "endOutage")).toHaveLength(0);

    await user.click(screen.getByTestId("response-end"));
    await user.click(screen.getByTestId("response-end-confirm"));
    await waitFor(() => expect(router.state.location.pathname).toBe("/patients"));
    expect(callsOf(backend.calls, "endOutage")).toHaveLength(1);
    await waitFor(() => expect(screen.queryByTestId("nav-response")).not.toBeInTheDocument());
    expect(screen.queryByTestId("patients-outage")).not.toBeInTheDocument();
  });
});
