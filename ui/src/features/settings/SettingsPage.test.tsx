import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderApp } from "../../test/renderApp";
import { settingsBackend } from "../../test/fixtures";

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
    renderApp("/settings", { ...settingsBackend({ language: "en" }) });
    await waitFor(() => expect(screen.getByTestId("nav-home")).toHaveTextContent("Home"));
    const [uiLanguage, printLanguage] = screen.getAllByRole("radio", { name: "English" });
    expect(uiLanguage).toBeChecked();
    // Documents print in the UI's language until chosen otherwise.
    expect(printLanguage).toBeChecked();
  });

  it("applies high contrast and text size to the whole window and remembers them", async () => {
    const { user, backend } = renderApp("/settings");
    await user.click(await screen.findByTestId("contrast-high"));
    await waitFor(() => expect(document.documentElement).toHaveAttribute("data-mantine-color-scheme", "dark"));
    await user.click(screen.getByTestId("text-scale-150"));
    await waitFor(() => expect(document.documentElement.style.fontSize).toBe("150%"));
    expect(backend.calls.filter((c) => c.command === "setContrast").map((c) => c.args)).toEqual([["high"]]);
    expect(backend.calls.filter((c) => c.command === "setTextScale").map((c) => c.args)).toEqual([["150"]]);

    await user.click(screen.getByTestId("text-scale-100"));
    await waitFor(() => expect(document.documentElement.style.fontSize).toBe(""));
    await user.click(screen.getByTestId("contrast-standard"));
    await waitFor(() => expect(document.documentElement).toHaveAttribute("data-mantine-color-scheme", "light"));
  });

  it("chooses the print language apart from the screen's", async () => {
    const { user, backend } = renderApp("/settings");
    await user.click(await screen.findByTestId("print-language-en"));
    await waitFor(() =>
      expect(backend.calls.filter((c) => c.command === "setPrintLanguage").map((c) => c.args)).toEqual([["en"]]),
    );
    expect(document.documentElement.lang).toBe("ja");
  });
});
