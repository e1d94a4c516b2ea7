import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ja } from "../../i18n/ja";
import type { Obligation } from "../../ipc/bindings.gen";
import { ipcError } from "../../ipc/fakeBackend";
import { happyBackend, savedDraft, settingsBackend, viewOf } from "../../test/fixtures";
import { planOf, visitingBasis } from "../../test/planFixtures";
import { callsOf, renderPlan } from "../../test/planTestKit";
import { renderApp } from "../../test/renderApp";

const text = (ja: string, en: string) => ({ ja, en });

const checklist: Obligation[] = [
  {
    id: "disaster-plan",
    title: text("自然災害のBCPの策定", "A natural-disaster BCP"),
    basis: visitingBasis,
    met: true,
    missing: [],
  },
  {
    id: "drills",
    title: text("研修・訓練の実施（年1回以上）", "Training and drills (at least yearly)"),
    basis: visitingBasis,
    met: false,
    missing: [
      text("訓練の計画が未記入です。", "The drill plan is not filled in."),
      text("実施の記録（日付・参加者）を保管してください。", "Keep records of when and who."),
    ],
  },
];

describe("home: obligations checklist", () => {
  it("marks each duty ✓ 達成 or ✗ 未達成 in words, with its basis and what is missing", async () => {
    renderApp("/", { getObligations: () => checklist });
    const card = await screen.findByTestId("home-obligations");
    expect(within(card).getByRole("heading", { name: "点検で確認される項目（義務要件）" })).toBeInTheDocument();
    expect(await within(card).findByTestId("home-obligations-tally")).toHaveTextContent("1/2項目を達成");

    const met = within(card).getByTestId("obligation-disaster-plan");
    expect(met).toHaveTextContent("✓ 達成");
    expect(met).toHaveTextContent("自然災害のBCPの策定");
    expect(met).toHaveTextContent("根拠：介護保険・医療保険の運営基準（指定訪問看護 第22条の2、解釈通知）");
    expect(met).not.toHaveTextContent("未達成");
    expect(within(met).queryByText(ja["obligations.missing"])).not.toBeInTheDocument();

    const unmet = within(card).getByTestId("obligation-drills");
    expect(unmet).toHaveTextContent("✗ 未達成");
    expect(unmet).toHaveTextContent("研修・訓練の実施（年1回以上）");
    const missing = within(within(unmet).getByTestId("obligation-missing-drills")).getAllByRole("listitem");
    expect(missing.map((li) => li.textContent)).toEqual(["訓練の計画が未記入です。", "実施の記録（日付・参加者）を保管してください。"]);
  });

  it("speaks English in the English UI", async () => {
    renderApp("/", { getObligations: () => checklist, ...settingsBackend({ language: "en" }) });
    const unmet = await screen.findByTestId("obligation-drills");
    expect(unmet).toHaveTextContent("✗ Not met");
    expect(unmet).toHaveTextContent("Training and drills (at least yearly)");
    expect(unmet).toHaveTextContent("Basis: Operating standards for visiting nursing (care and health insurance)");
    expect(unmet).toHaveTextContent("The drill plan is not filled in.");
  });

  it("says that no statutory duty is confirmed when the list is empty", async () => {
    renderApp("/", { getObligations: () => [] });
    expect(await screen.findByTestId("home-obligations-none")).toHaveTextContent(
      "この種別には法令上のBCP策定義務は確認されていません（策定は推奨です）",
    );
    expect(screen.queryByTestId("home-obligations-tally")).not.toBeInTheDocument();
  });

  it("shows the sentence when the checklist cannot be read", async () => {
    renderApp("/", {
      getObligations: () => {
        throw ipcError("storage");
      },
    });
    expect(await within(await screen.findByTestId("home-obligations")).findByRole("alert")).toHaveTextContent(ja["error.storage"]);
  });

  it("is asked again after a revision", async () => {
    const { user, backend } = renderPlan("/", planOf("combined"));
    expect(await screen.findByTestId("obligation-review")).toHaveTextContent("✗ 未達成");
    await user.click(screen.getByTestId("home-plan-revisions"));
    await user.type(await screen.findByTestId("revise-reason"), "新規作成");
    await user.click(screen.getByTestId("revise-submit"));
    await screen.findByTestId("revise-done");
    await user.click(screen.getByTestId("nav-home"));
    await waitFor(() => expect(screen.getByTestId("obligation-review")).toHaveTextContent("✓ 達成"));
    expect(callsOf(backend.calls, "getObligations").length).toBeGreaterThanOrEqual(2);
  });

  it("is asked again after an answer is saved", async () => {
    const { user } = renderPlan("/", planOf("combined"));
    expect(await screen.findByTestId("obligation-missing-disaster-plan")).toHaveTextContent("必須項目があと6項目未記入です。");
    await user.click(screen.getByTestId("home-plan-continue"));
    await user.type(await screen.findByTestId("input-scope-org-summary"), "看護師5名");
    await waitFor(() => expect(screen.getByTestId("save-status")).toHaveAttribute("data-state", "saved"));
    await user.click(screen.getByTestId("nav-home"));
    await waitFor(() =>
      expect(screen.getByTestId("obligation-missing-disaster-plan")).toHaveTextContent("必須項目があと5項目未記入です。"),
    );
  });

  it("is asked again after the plan is started", async () => {
    const { user } = renderApp("/", {}, happyBackend(viewOf(savedDraft), null));
    expect(await screen.findByTestId("obligation-missing-disaster-plan")).toHaveTextContent("計画をまだ作りはじめていません。");
    await user.click(screen.getByTestId("home-plan-start"));
    await user.click(await screen.findByTestId("plan-start"));
    await screen.findByTestId("plan-step-title");
    await user.click(screen.getByTestId("nav-home"));
    await waitFor(() =>
      expect(screen.getByTestId("obligation-missing-disaster-plan")).toHaveTextContent("必須項目があと6項目未記入です。"),
    );
  });
});
