import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ja } from "../../i18n/ja";
import { planOf } from "../../test/planFixtures";
import { renderPlan, savesOf } from "../../test/planTestKit";
import { settingsBackend } from "../../test/fixtures";

const started = planOf("combined", { answers: { scope: { "org-summary": "看護師5名" } } });

describe("plan wizard: frame", () => {
  it("shows the step with its fields, requirement words, guidance and sources, and remembers the visit", async () => {
    const { backend } = renderPlan("/plan/basic-policy", started);
    expect(await screen.findByRole("heading", { level: 1 })).toHaveTextContent("基本方針");
    expect(screen.getByText("基本方針を決めます。")).toBeInTheDocument();
    const principles = screen.getByTestId("field-basic-policy-principles");
    expect(within(principles).getByText("必須")).toBeInTheDocument();
    expect(within(principles).getByText("1行に1つ書きます。")).toBeInTheDocument();
    expect(within(screen.getByTestId("field-basic-policy-note")).getByText("推奨")).toBeInTheDocument();
    const guidance = screen.getByTestId("plan-guidance");
    expect(guidance).toHaveTextContent("手引きより");
    expect(guidance).toHaveTextContent("基本方針は短く書きます。");
    expect(within(guidance).getByTestId("plan-sources")).toHaveTextContent("厚生労働省 自然災害BCPガイドライン");
    expect(within(guidance).getByTestId("plan-sources")).toHaveTextContent("厚生労働省 感染症BCPガイドライン");
    await waitFor(() =>
      expect(backend.calls.filter((c) => c.command === "visitPlanStep").map((c) => c.args)).toContainEqual(["basic-policy"]),
    );
  });

  it("shows the guide's own texts in the UI language", async () => {
    renderPlan("/plan/basic-policy", started, { ...settingsBackend({ language: "en" }) });
    expect(await screen.findByRole("heading", { level: 1, name: "Basic policy" })).toBeInTheDocument();
    const level = screen.getByTestId("field-basic-policy-level");
    expect(within(level).getByText("Required")).toBeInTheDocument();
    expect(within(screen.getByTestId("input-basic-policy-level")).getByRole("option", { name: "Partial" })).toBeInTheDocument();
    expect(screen.getByTestId("plan-progress-required")).toHaveTextContent("Required 1/6 (16%)");
  });

  it("applies requirement_by_kind for the organisation's kind", async () => {
    renderPlan("/plan/infection", started);
    const team = await screen.findByTestId("field-infection-team");
    // 必須 in the guide, 推奨 for a visiting-nurse station.
    expect(within(team).getByText("推奨")).toBeInTheDocument();
    expect(within(team).queryByText("必須")).not.toBeInTheDocument();
  });

  it("shows the required completeness in words and as a bar, with the recommended count", async () => {
    renderPlan("/plan/scope", started);
    const required = await screen.findByTestId("plan-progress-required");
    expect(required).toHaveTextContent("必須 1/6（16%）");
    expect(within(required).getByRole("progressbar", { name: ja["plan.progressLabel"] })).toHaveAttribute("aria-valuenow", "16");
    expect(screen.getByTestId("plan-progress-recommended")).toHaveTextContent("推奨 0/3");
  });

  it("marks each step ✓ or 必須 n/m and groups the steps by chapter", async () => {
    renderPlan("/plan/scope", started);
    const scope = await screen.findByTestId("step-nav-scope");
    expect(scope).toHaveAttribute("data-complete", "true");
    expect(scope).toHaveTextContent("✓");
    expect(scope).toHaveTextContent(ja["plan.stepDoneLabel"]);
    const policy = screen.getByTestId("step-nav-basic-policy");
    expect(policy).toHaveAttribute("data-complete", "false");
    expect(policy).toHaveTextContent("必須 0/2");
    expect(screen.getByTestId("step-nav-governance")).toHaveTextContent("必須 0/2");
    expect(scope).toHaveAttribute("aria-current", "page");
    const nav = screen.getByRole("navigation", { name: ja["plan.steps"] });
    expect(within(nav).getByText("平常時の対応")).toBeInTheDocument();
    expect(within(nav).getByText("感染症編")).toBeInTheDocument();
  });

  it("hides steps outside the scope until asked, and then says they are outside", async () => {
    const { user } = renderPlan("/plan/scope", planOf("disaster"));
    await screen.findByTestId("step-nav-risks");
    expect(screen.queryByTestId("step-nav-infection")).not.toBeInTheDocument();
    await user.click(screen.getByTestId("plan-show-hidden"));
    const infection = screen.getByTestId("step-nav-infection");
    expect(infection).toHaveTextContent("対象外");
    expect(infection).toHaveAttribute("data-complete", "false");
    await user.click(screen.getByTestId("plan-show-hidden"));
    expect(screen.queryByTestId("step-nav-infection")).not.toBeInTheDocument();
  });

  it("hides a field whose hazards the scope does not cover", async () => {
    renderPlan("/plan/governance", planOf("infection"));
    await screen.findByTestId("field-governance-roles");
    expect(screen.queryByTestId("field-governance-command-post")).not.toBeInTheDocument();
  });

  it("moves through the steps that apply with 前へ and 次へ", async () => {
    const { user, router } = renderPlan("/plan/governance", planOf("disaster"));
    expect(await screen.findByTestId("step-prev")).toHaveAttribute("href", "/plan/basic-policy");
    await user.click(screen.getByTestId("step-next"));
    await waitFor(() => expect(router.state.location.pathname).toBe("/plan/risks"));
    expect(await screen.findByTestId("plan-step-title")).toHaveTextContent("リスクの把握");
    // The infection step does not apply to a disaster plan, so risks is the last step.
    expect(screen.getByTestId("step-next")).toBeDisabled();
  });
});

describe("plan wizard: leaving a step", () => {
  it("sends the last keystrokes and shows them on coming back", async () => {
    const { user, backend } = renderPlan("/plan/scope", planOf("combined"));
    await user.type(await screen.findByTestId("input-scope-org-summary"), "看護師5名");
    await user.click(screen.getByTestId("step-next"));
    expect(await screen.findByTestId("plan-step-title")).toHaveTextContent("基本方針");
    await waitFor(() => expect(savesOf(backend.calls, "scope", "org-summary")).toEqual(["看護師5名"]));
    await waitFor(() => expect(screen.getByTestId("step-nav-scope")).toHaveAttribute("data-complete", "true"));
    await user.click(screen.getByTestId("step-prev"));
    expect(await screen.findByTestId("input-scope-org-summary")).toHaveValue("看護師5名");
  });
});

describe("plan wizard: gaps", () => {
  const partial = planOf("combined", {
    answers: {
      "basic-policy": { principles: ["利用者の生命を守る"] },
      governance: { roles: [{ count: 2 }] },
      risks: { lifelines: { power: { day1: "停電" } } },
    },
  });

  it("says under each field why it is not filled, from the GapReason", async () => {
    const { user } = renderPlan("/plan/basic-policy", partial);
    expect(await screen.findByTestId("gap-basic-policy-principles")).toHaveTextContent("2項目以上必要です（現在1項目）");
    expect(screen.getByTestId("gap-basic-policy-level")).toHaveTextContent("⚠ 未記入です");
    expect(screen.getByTestId("gap-basic-policy-note")).toHaveTextContent("未記入です");

    await user.click(screen.getByTestId("step-next"));
    expect(await screen.findByTestId("gap-governance-roles")).toHaveTextContent("1行目の「役割」が未記入です");
    await user.click(screen.getByTestId("step-next"));
    expect(await screen.findByTestId("gap-risks-lifelines")).toHaveTextContent("2行以上の記入が必要です（現在1行）");
  });

  it("lists every required gap with its step and field behind なぜ？", async () => {
    const { user } = renderPlan("/plan/scope", partial);
    await user.click(await screen.findByTestId("plan-why"));
    const list = await screen.findByTestId("plan-why-list");
    expect(list).toHaveTextContent("基本方針 › 基本方針：2項目以上必要です（現在1項目）");
    expect(list).toHaveTextContent("基本方針 › 継続の水準：未記入です");
    expect(list).toHaveTextContent("推進体制 › 役割分担：1行目の「役割」が未記入です");
    expect(list).toHaveTextContent("リスクの把握 › ライフライン：2行以上の記入が必要です（現在1行）");
    expect(list).toHaveTextContent("事業所の概要：未記入です");
    // Recommended gaps are not part of the required count.
    expect(list).not.toHaveTextContent("補足");
  });

  it("goes to the next missing item's step and puts the cursor in it", async () => {
    const { user, router } = renderPlan("/plan/scope", started);
    await user.click(await screen.findByTestId("plan-next-gap"));
    await waitFor(() => expect(router.state.location.pathname).toBe("/plan/basic-policy"));
    await waitFor(() => expect(screen.getByTestId("input-basic-policy-principles")).toHaveFocus());
    // The request leaves the address, so asking again works again.
    await waitFor(() => expect(router.state.location.search).toEqual({}));
  });

  it("goes to a gap picked from the なぜ？ list", async () => {
    const { user, router } = renderPlan("/plan/scope", partial);
    await user.click(await screen.findByTestId("plan-why"));
    await user.click(await screen.findByText("リスクの把握 › ライフライン：2行以上の記入が必要です（現在1行）"));
    await waitFor(() => expect(router.state.location.pathname).toBe("/plan/risks"));
    await waitFor(() => expect(screen.getByTestId("cell-risks-lifelines-power-day1")).toHaveFocus());
  });

  it("says when nothing is missing", async () => {
    const done = planOf("combined", {
      answers: {
        scope: { "org-summary": "看護師5名", "patient-count": 40 },
        "basic-policy": { principles: ["a", "b"], level: "full", note: "n" },
        governance: { roles: [{ role: "責任者" }], "command-post": "事務室" },
        risks: { lifelines: { power: { day1: "停電" }, water: { day1: "断水" } } },
        infection: { team: "管理者" },
      },
    });
    renderPlan("/plan/scope", done);
    expect(await screen.findByTestId("plan-progress-required")).toHaveTextContent("必須 6/6（100%）");
    expect(screen.getByTestId("plan-next-gap")).toBeDisabled();
    expect(screen.getByTestId("plan-no-gap")).toHaveTextContent(ja["plan.noGap"]);
    for (const id of ["scope", "basic-policy", "governance", "risks", "infection"])
      expect(screen.getByTestId(`step-nav-${id}`)).toHaveAttribute("data-complete", "true");
  });

  it("updates the marks and counts from the reply to a save", async () => {
    const { user } = renderPlan("/plan/basic-policy", started);
    await user.selectOptions(await screen.findByTestId("input-basic-policy-level"), "full");
    await waitFor(() => expect(screen.getByTestId("step-nav-basic-policy")).toHaveTextContent("必須 1/2"));
    expect(screen.getByTestId("plan-progress-required")).toHaveTextContent("必須 2/6（33%）");
    expect(screen.queryByTestId("gap-basic-policy-level")).not.toBeInTheDocument();
    expect(screen.getByTestId("save-status")).toHaveAttribute("data-state", "saved");
  });
});

describe("plan wizard: scope", () => {
  it("asks before changing the scope, and changes nothing on cancel", async () => {
    const { user, backend } = renderPlan("/plan/scope", started);
    await user.click(await screen.findByTestId("plan-scope-menu"));
    await user.click(await screen.findByTestId("plan-scope-option-disaster"));
    expect(await screen.findByTestId("plan-scope-confirm-body")).toHaveTextContent(
      "対象を「自然災害のみ」に変えます。対象外になる手順は隠れ、対象になる手順が表示されます。入力した内容は削除されません。",
    );
    await user.click(screen.getByTestId("plan-scope-cancel"));
    await waitFor(() => expect(screen.queryByTestId("plan-scope-confirm-body")).not.toBeInTheDocument());
    expect(backend.calls.some((c) => c.command === "setPlanScope")).toBe(false);
    expect(screen.getByTestId("step-nav-infection")).toBeInTheDocument();
  });

  it("changes the scope on confirmation: steps hide, answers stay", async () => {
    const { user, backend } = renderPlan("/plan/scope", started);
    await user.click(await screen.findByTestId("plan-scope-menu"));
    await user.click(await screen.findByTestId("plan-scope-option-disaster"));
    await user.click(await screen.findByTestId("plan-scope-confirm"));
    await waitFor(() => expect(screen.queryByTestId("step-nav-infection")).not.toBeInTheDocument());
    expect(backend.calls.filter((c) => c.command === "setPlanScope").map((c) => c.args)).toEqual([["disaster"]]);
    expect(screen.getByTestId("plan-scope-menu")).toHaveTextContent("対象：自然災害のみ");
    expect(screen.getByTestId("input-scope-org-summary")).toHaveValue("看護師5名");
    // The infection step's recommended field no longer counts.
    expect(screen.getByTestId("plan-progress-recommended")).toHaveTextContent("推奨 0/2");
  });
});
