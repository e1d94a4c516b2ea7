import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ja } from "../../i18n/ja";
import { ipcError } from "../../ipc/fakeBackend";
import { happyBackend, savedDraft, viewOf } from "../../test/fixtures";
import { planOf } from "../../test/planFixtures";
import { renderApp } from "../../test/renderApp";

describe("home page", () => {
  it("shows the organisation card and app info", async () => {
    renderApp("/");
    expect(await screen.findByTestId("home-org-name")).toHaveTextContent(savedDraft.name);
    expect(screen.getAllByText("訪問看護ステーション").length).toBeGreaterThan(0);
    expect(await screen.findByText(/バージョン 0\.1\.0/)).toBeInTheDocument();
  });

  it("prints the cover and shows where it went", async () => {
    const { user } = renderApp("/");
    await user.click(await screen.findByTestId("print-cover"));
    expect(await screen.findByTestId("print-result")).toHaveTextContent("/home/nurse/表紙.pdf");
    expect(screen.getByTestId("print-result")).toHaveTextContent("1ページ");
    expect(screen.queryByTestId("print-missing-glyphs")).not.toBeInTheDocument();
  });

  it("warns about characters missing from the font", async () => {
    const { user } = renderApp("/", {
      printCover: () => ({ path: "/tmp/cover.pdf", pages: 1, missingGlyphs: ["𠮷"] }),
    });
    await user.click(await screen.findByTestId("print-cover"));
    expect(await screen.findByTestId("print-missing-glyphs")).toHaveTextContent(
      "次の文字はフォントにないため〓で印字しました：𠮷。印刷後に手書きで補ってください。",
    );
  });

  it("says nothing when the user cancels the save dialog", async () => {
    const { user, backend } = renderApp("/", { printCover: () => null });
    await user.click(await screen.findByTestId("print-cover"));
    await waitFor(() => expect(backend.calls.some((c) => c.command === "printCover")).toBe(true));
    await waitFor(() => expect(screen.getByTestId("print-cover")).toBeEnabled());
    expect(screen.queryByTestId("print-result")).not.toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("shows the sentence for a failed print", async () => {
    const { user } = renderApp("/", {
      printCover: () => {
        throw ipcError("report");
      },
    });
    await user.click(await screen.findByTestId("print-cover"));
    expect(await screen.findByRole("alert")).toHaveTextContent(ja["error.report"]);
  });

  it("offers the plan documents only once a plan exists", async () => {
    renderApp("/");
    expect(await screen.findByTestId("print-plan")).toBeDisabled();
    expect(screen.getByTestId("print-summary")).toBeDisabled();
    expect(screen.getByTestId("print-action-cards")).toBeDisabled();
    expect(screen.getByTestId("print-cover")).toBeEnabled();
  });

  it("prints the whole plan", async () => {
    const { user, backend } = renderApp(
      "/",
      { printPlan: () => ({ path: "/tmp/BCP.pdf", pages: 23, missingGlyphs: [] }) },
      happyBackend(viewOf(savedDraft), planOf("combined")),
    );
    const button = await screen.findByTestId("print-plan");
    await waitFor(() => expect(button).toBeEnabled());
    await user.click(button);
    expect(await screen.findByTestId("print-result")).toHaveTextContent("23ページ");
    expect(backend.calls.some((c) => c.command === "printPlan")).toBe(true);
  });
});
