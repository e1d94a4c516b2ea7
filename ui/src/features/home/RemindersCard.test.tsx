import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ja } from "../../i18n/ja";
import { ipcError } from "../../ipc/fakeBackend";
import { drillBackend, reminders } from "../../test/drillFixtures";
import { renderApp } from "../../test/renderApp";
import { settingsBackend } from "../../test/fixtures";

describe("home: reminders", () => {
  it("shows each reminder with its urgency in words, its date and where to deal with it", async () => {
    renderApp("/", drillBackend({ reminders }));
    const card = await screen.findByTestId("reminders-card");
    expect(within(card).getByRole("heading", { name: "お知らせ" })).toBeInTheDocument();

    const review = await within(card).findByTestId("reminder-review");
    expect(review).toHaveAttribute("data-urgency", "overdue");
    expect(within(review).getByTestId("reminder-urgency")).toHaveTextContent("期限切れ");
    expect(review).toHaveTextContent("計画の見直し期限（2026-04-01）を過ぎています。");
    expect(within(review).getByTestId("reminder-due")).toHaveTextContent("期限： 令和8年4月1日 (2026-04-01)");
    expect(within(review).getByTestId("reminder-link")).toHaveAttribute("href", "/plan/revisions");

    // Several reminders may share a kind.
    const items = within(card).getAllByTestId("reminder-actionItem");
    expect(items.map((i) => i.getAttribute("data-urgency"))).toEqual(["dueSoon", "overdue"]);
    expect(within(items[0]!).getByTestId("reminder-urgency")).toHaveTextContent("まもなく");
    expect(within(items[0]!).getByTestId("reminder-link")).toHaveAttribute("href", "/drills");

    const staff = within(card).getByTestId("reminder-staffChange");
    expect(within(staff).getByTestId("reminder-urgency")).toHaveTextContent("お知らせ");
    expect(within(staff).queryByTestId("reminder-due")).not.toBeInTheDocument();
    expect(within(staff).getByTestId("reminder-link")).toHaveAttribute("href", "/plan/revisions");

    expect(within(within(card).getByTestId("reminder-stock")).getByTestId("reminder-link")).toHaveAttribute(
      "href",
      "/plan/stockpile",
    );
    expect(within(within(card).getByTestId("reminder-agreement")).getByTestId("reminder-link")).toHaveAttribute("href", "/links");
    expect(within(within(card).getByTestId("reminder-patientData")).getByTestId("reminder-link")).toHaveAttribute(
      "href",
      "/patients",
    );
  });

  it("speaks English in the English UI", async () => {
    renderApp("/", { ...drillBackend({ reminders }), ...settingsBackend({ language: "en" }) });
    const review = await screen.findByTestId("reminder-review");
    expect(within(review).getByTestId("reminder-urgency")).toHaveTextContent("Overdue");
    expect(review).toHaveTextContent("The plan's review date (2026-04-01) has passed.");
    expect(within(review).getByTestId("reminder-link")).toHaveTextContent("Open the revision history");
  });

  it("says when there is nothing to remind of", async () => {
    renderApp("/");
    expect(await screen.findByTestId("reminders-none")).toHaveTextContent(ja["reminders.none"]);
  });

  it("comes after the obligations checklist", async () => {
    renderApp("/");
    const card = await screen.findByTestId("reminders-card");
    const obligations = screen.getByTestId("home-obligations");
    expect(obligations.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("shows the sentence when the reminders cannot be read", async () => {
    renderApp("/", {
      getReminders: () => {
        throw ipcError("storage");
      },
    });
    expect(await within(await screen.findByTestId("reminders-card")).findByRole("alert")).toHaveTextContent(ja["error.storage"]);
  });
});
