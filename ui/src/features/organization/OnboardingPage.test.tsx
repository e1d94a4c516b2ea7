import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderApp } from "../../test/renderApp";
import { happyBackend } from "../../test/fixtures";

describe("onboarding", () => {
  it("is where every route leads while no organisation is registered", async () => {
    const { router } = renderApp("/regions", {}, happyBackend(null));
    expect(await screen.findByRole("heading", { name: "事業所の登録" })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/welcome");
  });

  it("keeps the button disabled until a kind and a non-blank name are given", async () => {
    const { user } = renderApp("/welcome", {}, happyBackend(null));
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
    await user.type(await screen.findByTestId("onboarding-name"), "あさひ訪問看護");
    expect(screen.getByTestId("onboarding-submit")).toBeDisabled();
  });

  it("saves kind and name with the other fields empty, then opens the organisation page", async () => {
    const { user, backend, router } = renderApp("/welcome", {}, happyBackend(null));
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
      { id: "station", title: { ja: "サンプル：訪問看護ステーション（帯広市）", en: "Sample: station" } },
      { id: "clinic", title: { ja: "サンプル：在宅療養支援診療所（旭川市）", en: "Sample: clinic" } },
    ];
    const { user, backend } = renderApp("/welcome", { listSamples: () => samples, loadSample: () => null }, happyBackend(null));
    const station = await screen.findByTestId("open-sample-station");
    expect(station).toHaveTextContent("帯広市");
    expect(screen.getByTestId("open-sample-clinic")).toHaveTextContent("旭川市");
    await user.click(station);
    await waitFor(() =>
      expect(backend.calls.filter((c) => c.command === "loadSample").map((c) => c.args)).toEqual([["station"]]),
    );
  });
});
