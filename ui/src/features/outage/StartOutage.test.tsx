import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ja } from "../../i18n/ja";
import type { OutageDeclaration } from "../../ipc/bindings.gen";
import { openOutage, patientBackend, rankedPatients } from "../../test/patientFixtures";
import { callsOf } from "../../test/planTestKit";
import { renderApp } from "../../test/renderApp";
import { localDateTimeValue, rfc3339FromLocal } from "./localDateTime";

describe("starting an outage", () => {
  it("sends the declaration from the dialog and goes to the response screen", async () => {
    const { user, backend, router } = renderApp("/", patientBackend({ patients: rankedPatients }));
    expect(screen.queryByTestId("nav-response")).not.toBeInTheDocument();
    await user.click(await screen.findByTestId("home-start-outage"));

    const startedAt = screen.getByTestId("outage-started-at");
    // Starts at the current minute, which the user can correct.
    const opened = rfc3339FromLocal((startedAt as HTMLInputElement).value);
    expect(opened).not.toBeNull();
    expect(Math.abs(Date.parse(opened!) - Date.now())).toBeLessThan(2 * 60_000);
    await user.clear(startedAt);
    await user.type(startedAt, "2026-01-15T13:00");

    await user.click(screen.getByTestId("outage-municipalities"));
    await user.click(await screen.findByRole("option", { name: "旭川市" }));
    await user.click(screen.getByRole("option", { name: "江別市" }));
    await user.type(screen.getByTestId("outage-note"), "台風で停電");
    await user.click(screen.getByTestId("outage-confirm"));

    await waitFor(() => expect(router.state.location.pathname).toBe("/response"));
    const declarations = callsOf(backend.calls, "startOutage").map((args) => args[0] as OutageDeclaration);
    expect(declarations).toEqual([
      { startedAt: new Date(2026, 0, 15, 13, 0).toISOString(), municipalities: ["旭川市", "江別市"], note: "台風で停電" },
    ]);
    expect(await screen.findByTestId("nav-response")).toHaveTextContent("対応中");
  });

  it("names the dialog's close button for screen readers, in the UI language", async () => {
    const { user } = renderApp("/", patientBackend({ patients: rankedPatients }));
    await user.click(await screen.findByTestId("home-start-outage"));
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByRole("button", { name: ja["dialog.close"] })).toBeInTheDocument();
  });

  it("covers every patient when no municipality is chosen", async () => {
    const { user, backend } = renderApp("/", patientBackend({ patients: rankedPatients }));
    await user.click(await screen.findByTestId("home-start-outage"));
    await user.click(screen.getByTestId("outage-confirm"));
    await waitFor(() => expect(callsOf(backend.calls, "startOutage")).toHaveLength(1));
    const declaration = callsOf(backend.calls, "startOutage")[0]![0] as OutageDeclaration;
    expect(declaration.municipalities).toEqual([]);
    expect(declaration.note).toBe("");
    expect(await screen.findByTestId("response-area")).toHaveTextContent("対象：登録されているすべての患者");
  });

  it("asks for a start time instead of sending an incomplete one", async () => {
    const { user, backend } = renderApp("/", patientBackend());
    await user.click(await screen.findByTestId("home-start-outage"));
    await user.clear(screen.getByTestId("outage-started-at"));
    await user.click(screen.getByTestId("outage-confirm"));
    expect(await screen.findByText(ja["outageError.startedAt"])).toBeInTheDocument();
    expect(callsOf(backend.calls, "startOutage")).toHaveLength(0);
  });

  it("offers the way back instead of a second start while one is open", async () => {
    const { user, router } = renderApp("/patients", patientBackend({ patients: rankedPatients, outage: openOutage }));
    expect(await screen.findByTestId("patients-outage")).toHaveTextContent("停電・災害対応中です");
    await user.click(screen.getByTestId("nav-home"));
    expect(await screen.findByTestId("home-outage-open")).toBeInTheDocument();
    expect(screen.queryByTestId("home-start-outage")).not.toBeInTheDocument();
    await user.click(screen.getByTestId("home-resume-outage"));
    await waitFor(() => expect(router.state.location.pathname).toBe("/response"));
  });
});

describe("localDateTime", () => {
  it("reads a datetime-local value as local time and writes it back", () => {
    const local = new Date(2026, 0, 15, 9, 5);
    expect(localDateTimeValue(local)).toBe("2026-01-15T09:05");
    expect(rfc3339FromLocal("2026-01-15T09:05")).toBe(local.toISOString());
    expect(rfc3339FromLocal("")).toBeNull();
    expect(rfc3339FromLocal("2026-01-15")).toBeNull();
  });
});

