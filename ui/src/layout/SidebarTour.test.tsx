import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ja } from "../i18n/ja";
import { coordinationBaseBackend } from "../test/fixtures";
import { renderApp } from "../test/renderApp";
import { tourSteps } from "./tourSteps";

describe("sidebar tour", () => {
  it("is opened from Settings, outlines each menu item in turn and closes at the end", async () => {
    const { user } = renderApp("/settings");
    await user.click(await screen.findByTestId("settings-tour"));
    expect(await screen.findByTestId("tour-body")).toHaveTextContent(ja["tour.welcome.body"]);
    await user.click(screen.getByTestId("tour-next"));
    expect(screen.getByTestId("tour-body")).toHaveTextContent(ja["tour.home.body"]);
    expect(screen.getByTestId("nav-home")).toHaveAttribute("data-tour-current", "true");
    // 地域BCP is only for a coordination base: a station's tour skips it.
    let stops = 2;
    while (screen.queryByTestId("tour-next")) {
      await user.click(screen.getByTestId("tour-next"));
      stops++;
    }
    expect(stops).toBe(tourSteps.length - 1);
    await user.click(screen.getByTestId("tour-finish"));
    await waitFor(() => expect(screen.queryByTestId("tour-body")).not.toBeInTheDocument());
    expect(document.querySelector("[data-tour-current]")).toBeNull();
  });

  it("includes the regional BCP for a coordination base, and Escape ends it", async () => {
    const { user } = renderApp("/settings", {}, coordinationBaseBackend());
    await user.click(await screen.findByTestId("settings-tour"));
    await screen.findByTestId("tour-body");
    for (let i = 0; i < tourSteps.length - 1; i++) {
      if (screen.getByTestId("tour-body").textContent === ja["tour.region.body"]) break;
      await user.click(screen.getByTestId("tour-next"));
    }
    expect(screen.getByTestId("tour-body")).toHaveTextContent(ja["tour.region.body"]);
    expect(screen.getByTestId("nav-region")).toHaveAttribute("data-tour-current", "true");
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByTestId("tour-body")).not.toBeInTheDocument());
  });
});
