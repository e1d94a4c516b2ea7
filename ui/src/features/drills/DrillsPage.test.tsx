import { screen, waitFor, within } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { ja } from "../../i18n/ja";
import type { Briefing, Drill, Revision } from "../../ipc/bindings.gen";
import { ipcError } from "../../ipc/fakeBackend";
import { actionItems, briefings, drillBackend, heldDrill, plannedDrill } from "../../test/drillFixtures";
import { linkBackend, partners } from "../../test/linkFixtures";
import { planOf, type RevisionOptions } from "../../test/planFixtures";
import { callsOf, renderPlan } from "../../test/planTestKit";
import { renderApp } from "../../test/renderApp";

/** Puts text into an input in one go (typing it key by key is slow, and this is not what is tested). */
async function fill(user: UserEvent, input: HTMLElement, text: string) {
  await user.click(input);
  await user.paste(text);
}

const revision = (number: number, revisedOn: string): Revision => ({
  number,
  revisedOn,
  reason: number === 1 ? "新規作成" : "訓練結果の反映",
  approver: "管理者 山田",
  nextReviewDue: null,
});
const twoVersions: RevisionOptions = {
  revisions: [
    { revision: revision(1, "2026-04-01"), answers: {} },
    { revision: revision(2, "2026-11-01"), answers: {} },
  ],
};

const withDrills = () =>
  drillBackend({ drills: [plannedDrill, heldDrill], actionItems, briefings, revisions: [1, 2] });

/** The drills page with a plan fixed as 第1版 and 第2版, the partner directory, and the fixtures' drills. */
function renderDrills(overrides = {}) {
  return renderPlan("/drills", planOf("combined"), { ...linkBackend({ partners }), ...withDrills(), ...overrides }, twoVersions);
}

describe("drills page", () => {
  it("is reached from the sidebar, after patients", async () => {
    const { user, router } = renderApp("/");
    const nav = await screen.findByTestId("nav-drills");
    const items = within(screen.getByRole("navigation")).getAllByRole("link").map((a) => a.getAttribute("data-testid"));
    expect(items.indexOf("nav-drills")).toBe(items.indexOf("nav-patients") + 1);
    await user.click(nav);
    await waitFor(() => expect(router.state.location.pathname).toBe("/drills"));
    expect(await screen.findByRole("heading", { name: "訓練", level: 1 })).toBeInTheDocument();
    expect(await screen.findByTestId("drills-empty")).toHaveTextContent(ja["drills.empty"]);
  });

  it("lists drills with their local start, kind, scenario and status", async () => {
    renderDrills();
    const planned = await screen.findByTestId("drill-row-D001");
    const start = new Date("2027-01-20T03:00:00+09:00");
    const pad = (n: number) => String(n).padStart(2, "0");
    const local = `${start.getFullYear()}/${pad(start.getMonth() + 1)}/${pad(start.getDate())} ${pad(start.getHours())}:${pad(start.getMinutes())}`;
    expect(planned).toHaveTextContent(local);
    expect(planned).toHaveTextContent("冬の停電の机上訓練");
    expect(planned).toHaveTextContent("机上訓練");
    expect(planned).toHaveTextContent("冬の大規模停電（45時間）");
    expect(within(planned).getByTestId("drill-status-D001")).toHaveTextContent("予定");
    expect(within(planned).getByTestId("drill-open-D001")).toHaveAttribute("href", "/drills/D001");
    const held = screen.getByTestId("drill-row-D002");
    expect(within(held).getByTestId("drill-status-D002")).toHaveTextContent("実施済み（2026/09/01）");
    expect(held).toHaveTextContent("安否確認訓練");
  });

  it("plans a drill through the dialog and opens it", async () => {
    const backend = withDrills();
    const { user, router, backend: calls } = renderPlan(
      "/drills",
      planOf("combined"),
      {
        ...linkBackend({ partners }),
        ...backend,
        getTabletop: () => {
          throw ipcError("notFound");
        },
      },
      twoVersions,
    );
    await user.click(await screen.findByTestId("drill-new"));
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByTestId("drill-blackout-hours")).toHaveValue("24");

    await fill(user, within(dialog).getByTestId("drill-title"), " 冬の停電の合同訓練 ");
    await user.selectOptions(within(dialog).getByTestId("drill-scenario"), "winter-blackout");
    // The scenario's defaults and its summary.
    expect(within(dialog).getByTestId("drill-blackout-hours")).toHaveValue("45");
    expect(within(dialog).getByTestId("drill-office-down")).toBeChecked();
    expect(dialog).toHaveTextContent("1月の未明、暴風雪で送電線が切れ、広い範囲で45時間停電する。");
    await user.click(within(dialog).getByTestId("drill-office-down"));
    await user.selectOptions(within(dialog).getByTestId("drill-kind"), "field");
    await user.type(within(dialog).getByTestId("drill-starts-at"), "2027-01-20T03:00");
    await user.clear(within(dialog).getByTestId("drill-blackout-hours"));
    await user.type(within(dialog).getByTestId("drill-blackout-hours"), "48");
    await user.click(within(dialog).getByTestId("drill-joint-R002"));
    await user.click(within(dialog).getByTestId("drill-down-R001"));
    expect(within(dialog).getByRole("checkbox", { name: "みなみ訪問看護ステーションを動けない想定にする" })).toBeChecked();
    const participants = "山田 花子：対策本部長\n佐藤 一郎\u3000安否確認係\n鈴木:記録係\n\n高橋";
    await fill(user, within(dialog).getByTestId("drill-participants"), participants);
    await user.click(within(dialog).getByTestId("drill-save"));

    await waitFor(() => expect(router.state.location.pathname).toBe("/drills/D003"));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    const sent = callsOf(calls.calls, "saveDrill").map((a) => a[0] as Drill);
    expect(sent).toHaveLength(1);
    const { startsAt, ...rest } = sent[0]!;
    expect(rest).toEqual({
      id: "",
      title: "冬の停電の合同訓練",
      scenarioId: "winter-blackout",
      kind: "field",
      participants: [
        { name: "山田 花子", role: "対策本部長" },
        { name: "佐藤 一郎", role: "安否確認係" },
        { name: "鈴木", role: "記録係" },
        { name: "高橋", role: "" },
      ],
      jointPartnerIds: ["R002"],
      blackoutHours: 48,
      partnersDown: ["R001"],
      officeDown: false,
      result: null,
    });
    // RFC 3339 with the computer's own offset, naming the moment typed on its clock.
    expect(startsAt).toMatch(/^2027-01-20T03:00:00[+-]\d{2}:\d{2}$/);
    expect(Date.parse(startsAt)).toBe(new Date(2027, 0, 20, 3, 0).getTime());
    expect(await screen.findByRole("heading", { name: "冬の停電の合同訓練", level: 1 })).toBeInTheDocument();
  }, 15_000);

  it("names the missing inputs itself and sends nothing", async () => {
    const { user, backend } = renderDrills();
    await user.click(await screen.findByTestId("drill-new"));
    await user.click(screen.getByTestId("drill-save"));
    expect(screen.getByText(ja["drillError.title"])).toBeInTheDocument();
    expect(screen.getByText(ja["drillError.startsAt"])).toBeInTheDocument();
    expect(callsOf(backend.calls, "saveDrill")).toEqual([]);
  });

  it("shows a refusal by the input the Rust side names", async () => {
    const { user } = renderDrills({
      saveDrill: () => {
        throw ipcError("invalidInput", "partners");
      },
    });
    await user.click(await screen.findByTestId("drill-new"));
    await fill(user, screen.getByTestId("drill-title"), "訓練");
    await user.type(screen.getByTestId("drill-starts-at"), "2027-01-20T03:00");
    await user.click(screen.getByTestId("drill-save"));
    expect(await within(screen.getByTestId("drill-partners")).findByRole("alert")).toHaveTextContent(ja["drillError.partners"]);
    expect(screen.getByRole("dialog")).toBeInTheDocument();
  });

  it("closes an action item with the chosen version", async () => {
    const { user, backend } = renderDrills();
    const open = await screen.findByTestId("action-item-D002-F1");
    expect(open).toHaveTextContent("連絡網が古い");
    expect(open).toHaveTextContent("連絡網を更新する");
    expect(open).toHaveTextContent("佐藤");
    expect(open).toHaveTextContent("(2026-10-31)");
    expect(open).toHaveTextContent("未完了");
    const select = await within(open).findByTestId("close-revision-D002-F1");
    // The latest version first, and chosen unless the user picks another.
    await waitFor(() => expect(select).toHaveValue("2"));
    await user.selectOptions(select, "1");
    await fill(user, within(open).getByTestId("close-note-D002-F1"), " 手順書に追記 ");
    await user.click(within(open).getByTestId("close-item-D002-F1"));

    await waitFor(() => expect(screen.getByTestId("action-item-D002-F1")).toHaveTextContent("第1版で対応"));
    expect(callsOf(backend.calls, "closeActionItem")).toEqual([["D002-F1", 1, "手順書に追記"]]);
    expect(screen.getByTestId("action-items-help")).toHaveTextContent(ja["actionItems.help"]);
    expect(screen.getByTestId("action-items-revisions")).toHaveAttribute("href", "/plan/revisions");
    const closed = screen.getByTestId("action-item-D002-F2");
    expect(closed).toHaveTextContent("第1版で対応");
    expect(closed).toHaveTextContent("研修計画に追記");
    expect(within(closed).queryByTestId("close-item-D002-F2")).not.toBeInTheDocument();
  });

  it("says a version must be fixed first when the plan has none", async () => {
    renderPlan("/drills", planOf("combined"), withDrills());
    expect(await screen.findByTestId("close-no-revision-D002-F1")).toHaveTextContent(ja["actionItems.noRevision"]);
    expect(screen.queryByTestId("close-item-D002-F1")).not.toBeInTheDocument();
  });

  it("records a staff briefing and lists it", async () => {
    const { user, backend } = renderDrills();
    const row = await screen.findByTestId("briefing-row-B001");
    expect(row).toHaveTextContent("第1版の説明（職員会議）");
    expect(row).toHaveTextContent("第1版");
    expect(row).toHaveTextContent("3人");
    await user.click(screen.getByTestId("briefing-new"));
    const heldOn = screen.getByTestId("briefing-held-on");
    expect((heldOn as HTMLInputElement).value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await user.clear(heldOn);
    await user.type(heldOn, "2026-11-20");
    await fill(user, screen.getByTestId("briefing-topic"), "第2版の説明");
    await user.selectOptions(screen.getByTestId("briefing-revision"), "2");
    await fill(user, screen.getByTestId("briefing-attendees"), "山田 花子\n\n佐藤\n");
    await user.click(screen.getByTestId("briefing-save"));

    expect(await screen.findByTestId("briefing-row-B002")).toHaveTextContent("第2版の説明");
    expect(screen.queryByTestId("briefing-form")).not.toBeInTheDocument();
    expect(callsOf(backend.calls, "saveBriefing").map((a) => a[0] as Briefing)).toEqual([
      { id: "", heldOn: "2026-11-20", topic: "第2版の説明", revision: 2, attendees: ["山田 花子", "佐藤"] },
    ]);
  });

  it("shows a briefing refusal by the input at fault", async () => {
    const { user } = renderDrills();
    await user.click(await screen.findByTestId("briefing-new"));
    await fill(user, screen.getByTestId("briefing-topic"), "新人研修");
    await user.click(screen.getByTestId("briefing-save"));
    expect(await screen.findByText(ja["drillError.attendees"])).toBeInTheDocument();
    expect(screen.getByTestId("briefing-attendees")).toHaveAttribute("aria-invalid", "true");
  });

  it("prints the inspection record and shows where it went", async () => {
    const { user, backend } = renderDrills({ printEvidence: () => ({ path: "/home/nurse/点検記録.pdf", pages: 6, missingGlyphs: [] }) });
    await user.click(await screen.findByTestId("print-evidence"));
    expect(await screen.findByTestId("print-result")).toHaveTextContent("/home/nurse/点検記録.pdf");
    expect(screen.getByTestId("print-result")).toHaveTextContent("6ページ");
    expect(callsOf(backend.calls, "printEvidence")).toHaveLength(1);
  });
});
