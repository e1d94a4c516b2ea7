import { act, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ja } from "../../i18n/ja";
import type { RankedPatient } from "../../ipc/bindings.gen";
import { openOutage, patientBackend, rankedPatients } from "../../test/patientFixtures";
import { renderApp } from "../../test/renderApp";

/** A register of `count` patients in priority order: a quarter each of P0…P3, made from the fixtures. */
function manyPatients(count: number): RankedPatient[] {
  return Array.from({ length: count }, (_, i) => {
    const base = rankedPatients[Math.floor((i * rankedPatients.length) / count)]!;
    return { ...base, id: `P${String(i + 1).padStart(4, "0")}`, name: `${base.name} ${i + 1}` };
  });
}

const idOf = (row: HTMLElement) => row.getAttribute("data-testid")!.replace("patient-row-", "");
const renderedIds = () => within(screen.getByTestId("patients-table")).getAllByTestId(/^patient-row-/).map(idOf);

/** jsdom has no layout: the page is scrolled by hand, and the list stays where it is in the page (top 0). */
function scrollTo(y: number) {
  act(() => {
    Object.defineProperty(window, "scrollY", { configurable: true, writable: true, value: y });
    window.dispatchEvent(new Event("scroll"));
  });
}

function fakeLayout() {
  vi.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockImplementation(() => {
    const top = -window.scrollY;
    return { x: 0, y: top, top, left: 0, right: 0, bottom: top, width: 0, height: 0, toJSON: () => ({}) };
  });
}

afterEach(() => {
  vi.restoreAllMocks();
  Object.defineProperty(window, "scrollY", { configurable: true, writable: true, value: 0 });
});

describe("patient register with a thousand patients", () => {
  it("renders only a window of rows, the first patients in priority order among them", async () => {
    renderApp("/patients", patientBackend({ patients: manyPatients(1000) }));
    await screen.findByTestId("patient-row-P0001");
    const ids = renderedIds();
    expect(ids.length).toBeGreaterThanOrEqual(10);
    expect(ids.length).toBeLessThan(60);
    expect(ids.slice(0, 10)).toEqual(manyPatients(10).map((p) => p.id));
    expect(screen.queryByTestId("patient-row-P1000")).not.toBeInTheDocument();
    // The rows not rendered still count: for screen readers by aria-rowcount, for the scroll bar as empty space.
    const table = screen.getByTestId("patients-table");
    expect(table).toHaveAttribute("aria-rowcount", "1001");
    expect(screen.getByTestId("patient-row-P0001")).toHaveAttribute("aria-rowindex", "2");
    expect(screen.getAllByTestId("patients-gap").at(-1)).toHaveAttribute("aria-hidden", "true");
    // Column headers are still headers of a real table.
    expect(within(table).getAllByRole("columnheader").map((th) => th.textContent)).toContain(ja["patients.colTier"]);
  });

  it("follows the page as it scrolls, keeping the row with the focus rendered", async () => {
    fakeLayout();
    renderApp("/patients", patientBackend({ patients: manyPatients(1000) }));
    const why = await screen.findByTestId("why-P0001");
    act(() => why.focus());

    // Rows are guessed at 4 rem (64 px) each until measured: 600 rows down.
    scrollTo(600 * 64);
    const ids = renderedIds();
    expect(ids).toContain("P0601");
    expect(ids.length).toBeLessThan(60);
    expect(ids[0]).toBe("P0001");
    expect(ids).not.toContain("P0002");
    expect(why).toHaveFocus();

    // Focus elsewhere in the list: the first row may go.
    act(() => screen.getByTestId("why-P0601").focus());
    scrollTo(600 * 64 + 1);
    expect(screen.queryByTestId("patient-row-P0001")).not.toBeInTheDocument();
    expect(screen.getByTestId("why-P0601")).toHaveFocus();
  });

  it("says the tiers assume no outage while none is declared, and not during one", async () => {
    renderApp("/patients", patientBackend({ patients: rankedPatients }));
    expect(await screen.findByTestId("patients-tiers-no-outage")).toHaveTextContent(ja["patients.tiersNoOutage"]);
    expect(screen.getByTestId("patients-table")).toHaveTextContent(ja["patients.caption"]);
  });

  it("does not say it during an outage", async () => {
    renderApp("/patients", patientBackend({ patients: rankedPatients, outage: openOutage }));
    await screen.findByTestId("patients-outage");
    expect(screen.queryByTestId("patients-tiers-no-outage")).not.toBeInTheDocument();
  });
});
