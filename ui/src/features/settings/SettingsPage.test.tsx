import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderApp } from "../../test/renderApp";

describe("settings page", () => {
  it("switches the language through setLanguage and relabels the app", async () => {
    const { user, backend } = renderApp("/settings");
    expect(await screen.findByTestId("nav-regions")).toHaveTextContent("医療圏");
    expect(document.documentElement.lang).toBe("ja");

    await user.click(screen.getByTestId("language-en"));
    await waitFor(() => expect(screen.getByTestId("nav-regions")).toHaveTextContent("Regions"));
    expect(backend.calls.filter((c) => c.command === "setLanguage").map((c) => c.args)).toEqual([["en"]]);
    expect(document.documentElement.lang).toBe("en");
  });

  it("starts in the remembered language", async () => {
    renderApp("/settings", { getSettings: () => ({ language: "en" }) });
    await waitFor(() => expect(screen.getByTestId("nav-home")).toHaveTextContent("Home"));
    expect(screen.getByRole("radio", { name: "English" })).toBeChecked();
  });
});
