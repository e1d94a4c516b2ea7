import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ja } from "../../i18n/ja";
import { happyBackend, savedDraft, viewOf } from "../../test/fixtures";
import { planOf } from "../../test/planFixtures";
import { renderPlan } from "../../test/planTestKit";
import { renderApp } from "../../test/renderApp";

describe("starting the plan", () => {
  it("lists 計画 (then 患者, as in ux.md) between ホーム and 事業所 in the menu", async () => {
    renderApp("/");
    const nav = await screen.findByRole("navigation", { name: ja["nav.label"] });
    const labels = within(nav).getAllByRole("link").map((a) => a.textContent);
    expect(labels.slice(0, 5)).toEqual(["ホーム", "計画", "患者", "訓練", "事業所"]);
    expect(screen.getByTestId("nav-plan")).toHaveAttribute("href", "/plan");
  });

  it("offers the three scopes with 一体型 chosen, and starts the plan with the chosen one", async () => {
    const { user, backend, router } = renderApp("/plan");
    const combined = await screen.findByTestId("plan-scope-combined");
    expect(combined).toBeChecked();
    expect(screen.getByText(ja["scopeHint.disaster"])).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("計画を作りはじめる");

    await user.click(screen.getByTestId("plan-scope-disaster"));
    expect(screen.getByTestId("plan-scope-disaster")).toBeChecked();
    expect(combined).not.toBeChecked();
    await user.click(screen.getByTestId("plan-start"));

    await waitFor(() => expect(router.state.location.pathname).toBe("/plan/scope"));
    expect(backend.calls.filter((c) => c.command === "startPlan").map((c) => c.args)).toEqual([["disaster"]]);
    expect(await screen.findByTestId("plan-step-title")).toHaveTextContent("計画の対象");
    expect(screen.getByTestId("plan-scope-menu")).toHaveTextContent("自然災害のみ");
    // A disaster-only plan hides the infection step.
    expect(screen.queryByTestId("step-nav-infection")).not.toBeInTheDocument();
  });

  it("says what went wrong when the plan cannot be started", async () => {
    const { user, router } = renderApp("/plan", {
      startPlan: () => {
        throw { kind: "storage", message: "disk full", field: null };
      },
    });
    await user.click(await screen.findByTestId("plan-start"));
    expect(await screen.findByRole("alert")).toHaveTextContent(ja["error.storage"]);
    expect(router.state.location.pathname).toBe("/plan");
  });

  it("reopens the step last visited", async () => {
    const { router } = renderPlan("/plan", planOf("combined", { lastStep: "governance" }));
    expect(await screen.findByTestId("plan-step-title")).toHaveTextContent("推進体制");
    expect(router.state.location.pathname).toBe("/plan/governance");
  });

  it("opens the first step that applies when the last one is unknown to the guide", async () => {
    const { router } = renderPlan("/plan", planOf("infection", { lastStep: "removed-step" }));
    await screen.findByTestId("plan-step-title");
    expect(router.state.location.pathname).toBe("/plan/scope");
  });

  it("sends a step address back to the start card while there is no plan", async () => {
    const { router } = renderApp("/plan/governance");
    await screen.findByTestId("plan-start");
    expect(router.state.location.pathname).toBe("/plan");
  });
});

describe("home plan card", () => {
  it("invites to start when there is no plan", async () => {
    renderApp("/");
    expect(await screen.findByTestId("home-plan-start")).toHaveTextContent("計画を作りはじめる");
    expect(screen.queryByTestId("home-plan-progress")).not.toBeInTheDocument();
  });

  it("shows the required and recommended tallies with a way back into the plan", async () => {
    const plan = planOf("combined", { answers: { scope: { "org-summary": "看護師5名", "patient-count": 40 } } });
    const { user, router } = renderApp("/", {}, happyBackend(viewOf(savedDraft), plan));
    const card = await screen.findByTestId("home-plan-progress");
    expect(card).toHaveTextContent("必須 1/6（16%）");
    expect(card).toHaveTextContent("推奨 1/3");
    expect(card).toHaveTextContent("対象：自然災害と感染症（一体型）");
    await user.click(within(card).getByTestId("home-plan-continue"));
    await waitFor(() => expect(router.state.location.pathname).toBe("/plan/scope"));
  });
});
