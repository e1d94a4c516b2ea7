import { screen, waitFor, within } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { isoDate } from "../../components/DateLabel";
import { en } from "../../i18n/en";
import { ja } from "../../i18n/ja";
import type { Drill, DrillResult } from "../../ipc/bindings.gen";
import { ipcError } from "../../ipc/fakeBackend";
import { drillBackend, heldDrill, plannedDrill, tabletop } from "../../test/drillFixtures";
import { linkBackend, partners } from "../../test/linkFixtures";
import { callsOf } from "../../test/planTestKit";
import { renderApp } from "../../test/renderApp";
import { settingsBackend } from "../../test/fixtures";

/** Puts text into an input in one go (typing it key by key is slow, and this is not what is tested). */
async function fill(user: UserEvent, input: HTMLElement, text: string) {
  await user.click(input);
  await user.paste(text);
}

const backend = () => ({
  ...linkBackend({ partners }),
  ...drillBackend({ drills: [plannedDrill, heldDrill], tabletops: { D001: tabletop, D002: tabletop } }),
});

/** The local wall-clock reading of a time stamp, as the screen shows it (2027/01/20 05:48 in Japan). */
function localShort(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}/${pad(d.getMonth() + 1)}/${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

describe("drill page", () => {
  it("shows the plan and the scenario's timeline", async () => {
    renderApp("/drills/D001", backend());
    expect(await screen.findByRole("heading", { name: "冬の停電の机上訓練", level: 1 })).toBeInTheDocument();
    expect(screen.getByTestId("drill-fact-scenario")).toHaveTextContent("冬の大規模停電（45時間）");
    expect(screen.getByTestId("drill-fact-kind")).toHaveTextContent("机上訓練");
    expect(screen.getByTestId("drill-fact-starts-at")).toHaveTextContent(localShort(plannedDrill.startsAt));
    expect(screen.getByTestId("drill-fact-blackout")).toHaveTextContent("45時間");
    expect(screen.getByTestId("drill-fact-office-down")).toHaveTextContent("通常どおり訪問できる想定");
    expect(await screen.findByTestId("drill-fact-partners-down")).toHaveTextContent("みなみ訪問看護ステーション");
    expect(screen.getByTestId("drill-fact-joint")).toHaveTextContent("旭川中央病院");
    expect(screen.getByTestId("drill-fact-participants")).toHaveTextContent("山田 花子（対策本部長）、佐藤（安否確認係）");

    const rows = ["inject-0", "inject-1", "inject-2"].map((id) => screen.getByTestId(id));
    expect(rows[0]).toHaveTextContent("T−6時間");
    expect(rows[0]).toHaveTextContent("暴風雪警報が出る。");
    expect(rows[0]).toHaveTextContent("前日のうちに何を確かめるか。");
    expect(rows[1]).toHaveTextContent("T+1時間30分");
    expect(rows[2]).toHaveTextContent("T+1日21時間");
    expect(screen.getByTestId("timeline-assumptions")).toHaveTextContent("気温は氷点下10度（訓練の想定）。");
  });

  it("speaks English in the English UI", async () => {
    renderApp("/drills/D001", { ...backend(), ...settingsBackend({ language: "en" }) });
    expect(await screen.findByTestId("inject-1")).toHaveTextContent("T+1 h 30 min");
    expect(screen.getByTestId("inject-0")).toHaveTextContent("T−6 h");
    expect(screen.getByTestId("inject-2")).toHaveTextContent("T+1 d 21 h");
    expect(screen.getByTestId("inject-2")).toHaveTextContent("Set the debrief date.");
    expect(await screen.findByTestId("tabletop-summary")).toHaveTextContent(
      "45-hour blackout: 2 patient(s) run out of power (1 with nothing to bridge), 0 cannot be visited",
    );
    expect(screen.getByTestId("tabletop-why-P0001")).toHaveTextContent("Ventilator power: 2.8 h from the start");
    expect(screen.getByText(en["drillResult.title"])).toBeInTheDocument();
  });

  it("shows the tabletop rows with their times, covers and reasons", async () => {
    renderApp("/drills/D001", backend());
    expect(await screen.findByTestId("tabletop-summary")).toHaveTextContent(
      "停電45時間：電源が切れる患者 2名（手当てなし 1名）、訪問できない患者 0名",
    );
    expect(screen.getByTestId("drill-tabletop")).toHaveTextContent(ja["tabletop.lead"]);

    const first = screen.getByTestId("tabletop-row-P0001");
    expect(first).toHaveAttribute("data-runs-out", "true");
    expect(within(first).getByTestId("tier-chip")).toHaveTextContent("P0 直ちに");
    expect(first).toHaveTextContent("南 花子");
    expect(first).toHaveTextContent("旭川市");
    expect(within(first).getByTestId("tabletop-limit")).toHaveTextContent("2.8時間");
    expect(within(first).getByTestId("tabletop-runs-out")).toHaveTextContent(localShort("2027-01-20T05:48:00+09:00"));
    expect(within(first).getByTestId("tabletop-visit")).toHaveTextContent("当事業所");
    expect(within(first).getByTestId("tabletop-bridge")).toHaveTextContent("旭川中央病院（入院受入）");
    expect(within(screen.getByTestId("tabletop-why-P0001")).getByTestId("tabletop-reasons")).toHaveTextContent(
      "停電45.0時間のうちに電源が切れる：開始から2.8時間後。",
    );
    expect(within(first).getAllByRole("cell")[0]).toHaveTextContent("1");

    const second = screen.getByTestId("tabletop-row-P0002");
    expect(within(second).getByTestId("tabletop-limit")).toHaveTextContent("不明");
    expect(within(second).getByTestId("tabletop-bridge")).toHaveTextContent("⚠ なし");
    expect(within(second).getByTestId("tabletop-bridge")).toHaveAttribute("data-by", "nobody");

    const third = screen.getByTestId("tabletop-row-P0003");
    expect(within(third).getByTestId("tabletop-limit")).toHaveTextContent("60.0時間");
    expect(within(third).getByTestId("tabletop-runs-out")).toHaveTextContent("停電中はもつ");
    expect(within(third).getByTestId("tabletop-bridge")).toHaveTextContent("不要");

    expect(screen.getByTestId("tabletop-load-R001")).toHaveTextContent("代行訪問を当事業所が引き受けます（受入枠3名）");
    expect(screen.getByTestId("tabletop-notes")).toHaveTextContent("人数の上限なしとして計算しました。");
  });

  it("asks for the tabletop again after the drill's plan is changed", async () => {
    const { user, backend: calls } = renderApp("/drills/D001", backend());
    await screen.findByTestId("tabletop-summary");
    expect(callsOf(calls.calls, "getTabletop")).toEqual([["D001"]]);
    await user.click(screen.getByTestId("drill-edit"));
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByTestId("drill-title")).toHaveValue("冬の停電の机上訓練");
    expect(within(dialog).getByTestId("drill-participants")).toHaveValue("山田 花子：対策本部長\n佐藤：安否確認係");
    expect(await within(dialog).findByTestId("drill-down-R001")).toBeChecked();
    await user.click(within(dialog).getByTestId("drill-down-R001"));
    await user.click(within(dialog).getByTestId("drill-save"));
    await waitFor(() => expect(callsOf(calls.calls, "getTabletop")).toHaveLength(2));
    const sent = callsOf(calls.calls, "saveDrill")[0]![0] as Drill;
    expect(sent.id).toBe("D001");
    expect(sent.partnersDown).toEqual([]);
    expect(Date.parse(sent.startsAt)).toBe(Date.parse(plannedDrill.startsAt));
  }, 15_000);

  it("records a result: measured times only for filled rows, and the findings", async () => {
    const { user, backend: calls } = renderApp("/drills/D001", backend());
    const form = await screen.findByTestId("drill-result");
    // No result yet: the planned participants are the attendees to start with.
    expect(within(form).getByTestId("result-attendees")).toHaveValue("山田 花子\n佐藤");
    // The drill's start day on this computer's calendar.
    const startDay = isoDate(new Date(plannedDrill.startsAt));
    expect(within(form).getByTestId("result-held-on")).toHaveValue(startDay);
    expect(form).toHaveTextContent("目標 60分");

    await user.type(within(form).getByTestId("result-minutes-1"), "150");
    await user.type(within(form).getByTestId("result-attendees"), "\n鈴木");
    await fill(user, within(form).getByTestId("result-deviations"), "外部バッテリーの場所が分からなかった\n");
    await user.click(within(form).getByTestId("result-add-finding"));
    await fill(user, within(form).getByTestId("finding-text-0"), "電源の貸出先が1か所だけ");
    await fill(user, within(form).getByTestId("finding-action-0"), "貸出の協定をもう1か所と結ぶ");
    await fill(user, within(form).getByTestId("finding-owner-0"), "山田");
    await user.type(within(form).getByTestId("finding-due-0"), "2027-03-31");
    await user.click(within(form).getByTestId("result-add-finding"));
    await fill(user, within(form).getByTestId("finding-text-1"), "夜間の連絡手段が少ない");
    // A third row left empty is not sent.
    await user.click(within(form).getByTestId("result-add-finding"));
    await user.click(within(form).getByTestId("result-save"));

    expect(await within(form).findByTestId("result-saved")).toHaveTextContent("保存しました");
    expect(within(form).getByTestId("result-action-items")).toHaveTextContent("課題から改善項目が1件できました。");
    expect(within(form).getByTestId("result-to-drills")).toHaveAttribute("href", "/drills");
    const sent = callsOf(calls.calls, "recordDrillResult");
    expect(sent).toHaveLength(1);
    expect(sent[0]![0]).toBe("D001");
    expect(sent[0]![1] as DrillResult).toEqual({
      heldOn: startDay,
      attendees: ["山田 花子", "佐藤", "鈴木"],
      measurements: [{ label: "電源の貸出か入院が決まるまで", minutes: 150, targetMinutes: 180 }],
      deviations: ["外部バッテリーの場所が分からなかった"],
      findings: [
        { id: "", text: "電源の貸出先が1か所だけ", action: "貸出の協定をもう1か所と結ぶ", owner: "山田", dueOn: "2027-03-31" },
        { id: "", text: "夜間の連絡手段が少ない", action: "", owner: "", dueOn: null },
      ],
      recordedBy: "",
    });

    // Saved again, the findings keep the ids the Rust side gave them.
    await fill(user, within(form).getByTestId("finding-owner-1"), "佐藤");
    expect(within(form).queryByTestId("result-saved")).not.toBeInTheDocument();
    await user.click(within(form).getByTestId("result-save"));
    await within(form).findByTestId("result-saved");
    const again = callsOf(calls.calls, "recordDrillResult")[1]![1] as DrillResult;
    expect(again.findings?.map((f) => f.id)).toEqual(["F1", "F2"]);
  }, 15_000);

  it("keeps a recorded result and says which findings a version closed", async () => {
    const { user, backend: calls } = renderApp("/drills/D002", {
      ...backend(),
      ...drillBackend({
        drills: [plannedDrill, heldDrill],
        tabletops: { D002: tabletop },
        actionItems: [
          {
            id: "D002-F2",
            drillId: "D002",
            finding: "171",
            action: "練習",
            owner: "山田",
            dueOn: "2026-12-31",
            closed: { revision: 1, closedOn: "2026-11-15", note: "" },
          },
        ],
      }),
    });
    const form = await screen.findByTestId("drill-result");
    expect(within(form).getByTestId("result-held-on")).toHaveValue("2026-09-01");
    expect(within(form).getByTestId("result-attendees")).toHaveValue("山田 花子\n佐藤");
    expect(within(form).getByTestId("result-minutes-0")).toHaveValue("75");
    expect(within(form).getByTestId("finding-text-0")).toHaveValue("連絡網が古い");
    expect(await within(form).findByTestId("finding-closed-1")).toHaveTextContent("第1版で対応");
    expect(within(form).queryByTestId("finding-remove-1")).not.toBeInTheDocument();
    await user.click(within(form).getByTestId("result-save"));
    await within(form).findByTestId("result-saved");
    const sent = callsOf(calls.calls, "recordDrillResult")[0]![1] as DrillResult;
    expect(sent.findings?.map((f) => f.id)).toEqual(["F1", "F2"]);
    expect(sent.measurements).toEqual([{ label: "職員全員の安否確認が終わるまで", minutes: 75, targetMinutes: 60 }]);
  });

  it("names a finding's missing owner and due date itself, and shows a refusal by its section", async () => {
    const { user, backend: calls } = renderApp("/drills/D001", {
      ...backend(),
      recordDrillResult: () => {
        throw ipcError("invalidInput", "measurements");
      },
    });
    const form = await screen.findByTestId("drill-result");
    await user.click(within(form).getByTestId("result-add-finding"));
    await fill(user, within(form).getByTestId("finding-action-0"), "手順を見直す");
    await user.click(within(form).getByTestId("result-save"));
    expect(within(form).getByText(ja["drillError.findingText"])).toBeInTheDocument();
    expect(within(form).getByText(ja["drillError.findingOwner"])).toBeInTheDocument();
    expect(within(form).getByText(ja["drillError.findingDue"])).toBeInTheDocument();
    expect(callsOf(calls.calls, "recordDrillResult")).toEqual([]);

    await user.click(within(form).getByTestId("finding-remove-0"));
    await user.click(within(form).getByTestId("result-save"));
    expect(await within(screen.getByTestId("result-measurements")).findByRole("alert")).toHaveTextContent(
      ja["drillError.measurements"],
    );
    expect(within(form).queryByTestId("result-saved")).not.toBeInTheDocument();
  });

  it("prints the drill pack", async () => {
    const { user, backend: calls } = renderApp("/drills/D001", backend());
    await user.click(await screen.findByTestId("drill-print-pack"));
    expect(await screen.findByTestId("print-result")).toHaveTextContent("/home/nurse/訓練パック.pdf");
    expect(callsOf(calls.calls, "printDrillPack")).toEqual([["D001"]]);
  });

  it("says so for a drill that does not exist", async () => {
    renderApp("/drills/D999", backend());
    expect(await screen.findByTestId("drill-not-found")).toHaveTextContent(ja["drill.notFound"]);
  });
});
