import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ja } from "../../i18n/ja";
import { ipcError } from "../../ipc/fakeBackend";
import { planOf } from "../../test/planFixtures";
import { callsOf, renderPlan } from "../../test/planTestKit";

const started = planOf("combined");

describe("plan wizard: print menu", () => {
  it("prints the whole plan from the bar and says where it went, until closed", async () => {
    const { user, backend } = renderPlan("/plan/scope", started, {
      printPlan: () => ({ path: "/home/nurse/BCP.pdf", pages: 23, missingGlyphs: [] }),
    });
    await user.click(await screen.findByTestId("plan-print-menu"));
    await user.click(await screen.findByTestId("plan-print-plan"));
    const result = await screen.findByTestId("print-result");
    expect(result).toHaveTextContent("保存しました（23ページ）。");
    expect(result).toHaveTextContent("保存先：/home/nurse/BCP.pdf");
    expect(callsOf(backend.calls, "printPlan")).toEqual([[]]);
    expect(callsOf(backend.calls, "printSummary")).toEqual([]);
    // The wizard stays on its step.
    expect(screen.getByTestId("plan-step-title")).toHaveTextContent("計画の対象");

    await user.click(screen.getByRole("button", { name: ja["print.close"] }));
    await waitFor(() => expect(screen.queryByTestId("print-result")).not.toBeInTheDocument());
  });

  it("offers the summary and the action cards too", async () => {
    const { user, backend } = renderPlan("/plan/scope", started, {
      printSummary: () => ({ path: "/tmp/summary.pdf", pages: 1, missingGlyphs: ["𠮷"] }),
      printActionCards: () => ({ path: "/tmp/cards.pdf", pages: 4, missingGlyphs: [] }),
    });
    await user.click(await screen.findByTestId("plan-print-menu"));
    await user.click(await screen.findByTestId("plan-print-summary"));
    expect(await screen.findByTestId("print-result")).toHaveTextContent("/tmp/summary.pdf");
    expect(screen.getByTestId("print-missing-glyphs")).toHaveTextContent("𠮷");

    await user.click(screen.getByTestId("plan-print-menu"));
    await user.click(await screen.findByTestId("plan-print-action-cards"));
    await waitFor(() => expect(screen.getByTestId("print-result")).toHaveTextContent("/tmp/cards.pdf"));
    expect(screen.queryByTestId("print-missing-glyphs")).not.toBeInTheDocument();
    expect(callsOf(backend.calls, "printSummary")).toHaveLength(1);
    expect(callsOf(backend.calls, "printActionCards")).toHaveLength(1);
  });

  it("says nothing when the save dialog is cancelled, and the sentence when printing fails", async () => {
    let fail = false;
    const { user, backend } = renderPlan("/plan/scope", started, {
      printPlan: () => {
        if (fail) throw ipcError("fileWrite");
        return null;
      },
    });
    await user.click(await screen.findByTestId("plan-print-menu"));
    await user.click(await screen.findByTestId("plan-print-plan"));
    await waitFor(() => expect(callsOf(backend.calls, "printPlan")).toHaveLength(1));
    await waitFor(() => expect(screen.getByTestId("plan-print-menu")).toBeEnabled());
    expect(screen.queryByTestId("print-result")).not.toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();

    fail = true;
    await user.click(screen.getByTestId("plan-print-menu"));
    await user.click(await screen.findByTestId("plan-print-plan"));
    expect(await screen.findByRole("alert")).toHaveTextContent(ja["error.fileWrite"]);
  });
});
