import { act, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { RankedPatient } from "../../ipc/bindings.gen";
import { openOutage, patientBackend, rankedPatients } from "../../test/patientFixtures";
import { renderApp } from "../../test/renderApp";

/** A thousand patients in priority order (a quarter each of P0…P3), made from the fixtures. */
function manyPatients(count: number): RankedPatient[] {
  return Array.from({ length: count }, (_, i) => {
    const base = rankedPatients[Math.floor((i * rankedPatients.length) / count)]!;
    return { ...base, id: `P${String(i + 1).padStart(4, "0")}`, name: `${base.name} ${i + 1}` };
  });
}

const renderedIds = () =>
  within(screen.getByTestId("response-list"))
    .getAllByTestId(/^response-row-/)
    .map((row) => row.getAttribute("data-testid")!.replace("response-row-", ""));

/** jsdom has no layout: the page is scrolled by hand, and the list stays where it is in the page (top 0). */
function scrollTo(y: number) {
  act(() => {
    Object.defineProperty(window, "scrollY", { configurable: true, writable: true, value: y });
    window.dispatchEvent(new Event("scroll"));
  });
}

afterEach(() => {
  vi.restoreAllMocks();
  Object.defineProperty(window, "scrollY", { configurable: true, writable: true, value: 0 });
});

describe("response list with a thousand patients", () => {
  it("renders only a window of rows, the first patients in priority order among them", async () => {
    renderApp("/response", patientBackend({ patients: manyPatients(1000), outage: openOutage }));
    await screen.findByTestId("response-row-P0001");
    const ids = renderedIds();
    expect(ids.length).toBeGreaterThanOrEqual(5);
    expect(ids.length).toBeLessThan(40);
    expect(ids.slice(0, 5)).toEqual(["P0001", "P0002", "P0003", "P0004", "P0005"]);
    expect(screen.queryByTestId("response-row-P1000")).not.toBeInTheDocument();
    // Still an ordered list that knows its length.
    const items = within(screen.getByTestId("response-list")).getAllByRole("listitem");
    expect(items[0]).toHaveAttribute("aria-setsize", "1000");
    expect(items[0]).toHaveAttribute("aria-posinset", "1");
    // The check buttons of the first rows are there to be pressed, 44 px or more (size lg).
    expect(screen.getByTestId("check-ok-P0001")).toHaveAttribute("data-size", "lg");
    expect(screen.getByTestId("why-P0001")).toHaveAttribute("data-size", "lg");
  });

  it("keeps a row whose check is being entered rendered when the list scrolls away from it", async () => {
    vi.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockImplementation(() => {
      const top = -window.scrollY;
      return { x: 0, y: top, top, left: 0, right: 0, bottom: top, width: 0, height: 0, toJSON: () => ({}) };
    });
    const { user } = renderApp("/response", patientBackend({ patients: manyPatients(1000), outage: openOutage }));
    await user.click(await screen.findByTestId("check-ok-P0002"));
    expect(screen.getByTestId("check-confirm-P0002")).toBeInTheDocument();
    // The focus moves on to another row: the check entered stays rendered for itself, not for the focus.
    act(() => screen.getByTestId("why-P0001").focus());

    // Rows are guessed at 11 rem (176 px) each until measured: 500 rows down.
    scrollTo(500 * 176);
    const ids = renderedIds();
    expect(ids).toContain("P0501");
    expect(ids.slice(0, 2)).toEqual(["P0001", "P0002"]);
    expect(ids).not.toContain("P0003");
    expect(ids.length).toBeLessThan(40);
    expect(screen.getByTestId("check-confirm-P0002")).toBeInTheDocument();

    // Cancelled, the row is no longer kept.
    await user.click(screen.getByTestId("check-cancel-P0002"));
    act(() => screen.getByTestId("check-ok-P0501").focus());
    scrollTo(500 * 176 + 1);
    expect(screen.queryByTestId("response-row-P0002")).not.toBeInTheDocument();
  });
});
