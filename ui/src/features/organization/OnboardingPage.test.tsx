import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderApp } from "../../test/renderApp";
import { happyBackend } from "../../test/fixtures";

type User = ReturnType<typeof renderApp>["user"];

/** A manager starting their own plan: the registration form appears. */
async function startOwn(user: User) {
  await user.click(await screen.findByTestId("onboarding-role-manager"));
  await user.click(screen.getByTestId("onboarding-start-own"));
}

describe("onboarding", () => {
  it("is where every route leads while no organisation is registered", async () => {
    const { router } = renderApp("/regions", {}, happyBackend(null));
    expect(await screen.findByRole("heading", { name: "在宅医療BCPへようこそ" })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/welcome");
  });

  it("asks who you are first, then how to start, before any form", async () => {
    const { user } = renderApp("/welcome", {}, happyBackend(null));
    await screen.findByTestId("onboarding-role-manager");
    expect(screen.queryByTestId("onboarding-start-own")).not.toBeInTheDocument();
    expect(screen.queryByTestId("onboarding-name")).not.toBeInTheDocument();
    await user.click(screen.getByTestId("onboarding-role-manager"));
    expect(screen.queryByTestId("onboarding-name")).not.toBeInTheDocument();
    await user.click(screen.getByTestId("onboarding-start-own"));
    expect(screen.getByTestId("onboarding-name")).toBeInTheDocument();
    // A manager registers a clinic, hospital or station — not a coordination base.
    expect(screen.queryByTestId("onboarding-kind-CoordinationBase")).not.toBeInTheDocument();
    expect(screen.getByTestId("onboarding-kind-NursingStation")).toBeInTheDocument();
  });

  it("registers a coordinator's organisation as the coordination base without asking the kind", async () => {
    const { user, backend } = renderApp("/welcome", {}, happyBackend(null));
    await user.click(await screen.findByTestId("onboarding-role-coordinator"));
    await user.click(screen.getByTestId("onboarding-start-own"));
    expect(screen.getByTestId("onboarding-kind-fixed")).toHaveTextContent("在宅医療の連携拠点");
    await user.type(screen.getByTestId("onboarding-name"), "十勝医師会");
    await user.click(screen.getByTestId("onboarding-submit"));
    await waitFor(() =>
      expect(backend.calls.filter((c) => c.command === "saveOrganization").map((c) => (c.args[0] as { kind: string }).kind)).toEqual([
        "CoordinationBase",
      ]),
    );
  });

  it("opens the sidebar tour after registering", async () => {
    const { user } = renderApp("/welcome", {}, happyBackend(null));
    await startOwn(user);
    await user.click(screen.getByTestId("onboarding-kind-NursingStation"));
    await user.type(screen.getByTestId("onboarding-name"), "あさひ訪問看護");
    await user.click(screen.getByTestId("onboarding-submit"));
    expect(await screen.findByTestId("tour-body")).toHaveTextContent("左のメニュー");
  });

  it("keeps the button disabled until a kind and a non-blank name are given", async () => {
    const { user } = renderApp("/welcome", {}, happyBackend(null));
    await startOwn(user);
    const submit = await screen.findByTestId("onboarding-submit");
    expect(submit).toBeDisabled();

    await user.type(screen.getByTestId("onboarding-name"), "   ");
    await user.click(screen.getByTestId("onboarding-kind-NursingStation"));
    expect(submit).toBeDisabled();

    await user.clear(screen.getByTestId("onboarding-name"));
    await user.type(screen.getByTestId("onboarding-name"), "あさひ訪問看護");
    expect(submit).toBeEnabled();
  });

  it("needs a kind even when a name is typed", async () => {
    const { user } = renderApp("/welcome", {}, happyBackend(null));
    await startOwn(user);
    await user.type(await screen.findByTestId("onboarding-name"), "あさひ訪問看護");
    expect(screen.getByTestId("onboarding-submit")).toBeDisabled();
  });

  it("saves kind and name with the other fields empty, then opens the organisation page", async () => {
    const { user, backend, router } = renderApp("/welcome", {}, happyBackend(null));
    await startOwn(user);
    await user.click(await screen.findByTestId("onboarding-kind-ZaitakuClinic"));
    await user.type(screen.getByTestId("onboarding-name"), "みなみ在宅クリニック");
    await user.click(screen.getByTestId("onboarding-submit"));

    await waitFor(() => expect(router.state.location.pathname).toBe("/organization"));
    const saves = backend.calls.filter((c) => c.command === "saveOrganization");
    expect(saves.map((c) => c.args[0])).toEqual([
      {
        kind: "ZaitakuClinic",
        name: "みなみ在宅クリニック",
        corporationName: "",
        address: "",
        municipality: null,
        phone: "",
        managerName: "",
      },
    ]);
    expect(await screen.findByTestId("org-name")).toHaveValue("みなみ在宅クリニック");
  });

  it("offers the samples and loads the one chosen", async () => {
    const samples = [
      { id: "station", title: { ja: "サンプル：訪問看護ステーション（帯広市）", en: "Sample: station" }, kind: "NursingStation" as const },
      { id: "clinic", title: { ja: "サンプル：在宅療養支援診療所（旭川市）", en: "Sample: clinic" }, kind: "ZaitakuClinic" as const },
      { id: "base", title: { ja: "サンプル：在宅医療の連携拠点（十勝）", en: "Sample: base" }, kind: "CoordinationBase" as const },
    ];
    const { user, backend } = renderApp("/welcome", { listSamples: () => samples, loadSample: () => null }, happyBackend(null));
    await user.click(await screen.findByTestId("onboarding-role-manager"));
    await user.click(screen.getByTestId("onboarding-start-sample"));
    const station = await screen.findByTestId("open-sample-station");
    expect(station).toHaveTextContent("帯広市");
    expect(screen.getByTestId("open-sample-clinic")).toHaveTextContent("旭川市");
    // A manager is not offered the coordination base.
    expect(screen.queryByTestId("open-sample-base")).not.toBeInTheDocument();
    await user.click(station);
    await waitFor(() =>
      expect(backend.calls.filter((c) => c.command === "loadSample").map((c) => c.args)).toEqual([["station"]]),
    );
  });

  it("offers a coordinator the coordination-base sample only", async () => {
    const samples = [
      { id: "station", title: { ja: "サンプル：訪問看護ステーション", en: "Sample: station" }, kind: "NursingStation" as const },
      { id: "base", title: { ja: "サンプル：在宅医療の連携拠点（十勝）", en: "Sample: base" }, kind: "CoordinationBase" as const },
    ];
    const { user } = renderApp("/welcome", { listSamples: () => samples, loadSample: () => null }, happyBackend(null));
    await user.click(await screen.findByTestId("onboarding-role-coordinator"));
    await user.click(screen.getByTestId("onboarding-start-sample"));
    expect(await screen.findByTestId("open-sample-base")).toHaveTextContent("十勝");
    expect(screen.queryByTestId("open-sample-station")).not.toBeInTheDocument();
  });
});
