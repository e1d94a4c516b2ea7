import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ja } from "../../i18n/ja";
import { ipcError } from "../../ipc/fakeBackend";
import { openOutage, patientBackend, rankedPatients } from "../../test/patientFixtures";
import { callsOf } from "../../test/planTestKit";
import { renderApp } from "../../test/renderApp";
import { settingsBackend } from "../../test/fixtures";

const ordersSent = (calls: Parameters<typeof callsOf>[0]) => callsOf(calls, "setEvacuationOrders").map((args) => args[0]);
const tiers = async () => (await screen.findAllByTestId(/^response-row-/)).map((r) => r.getAttribute("data-testid"));
const badges = () => within(screen.getByTestId("evacuation-orders-current")).queryAllByText(/市|町/).map((b) => b.textContent);

describe("evacuation orders on the response screen", () => {
  it("records the chosen municipalities, then shows them and the list ranked again", async () => {
    const backend = patientBackend({ patients: rankedPatients, outage: openOutage });
    const record = backend.setEvacuationOrders!;
    // The Rust side re-ranks: 東 次郎 (旭川市, in a flood zone) moves up once 旭川市 is under an order.
    backend.setEvacuationOrders = (municipalities) => {
      const answer = record(municipalities);
      const [first, second, third, fourth] = rankedPatients;
      backend.state.patients = [first!, { ...third!, tier: "P1" }, second!, fourth!];
      return answer;
    };
    const { user, backend: fake } = renderApp("/response", backend);

    // Folded until asked for, so that the list stays on the first screen.
    expect(screen.queryByText(ja["evacuation.hint"])).not.toBeInTheDocument();
    await user.click(await screen.findByTestId("evacuation-edit"));
    expect(await screen.findByText(ja["evacuation.hint"])).toBeInTheDocument();
    expect(screen.getByTestId("evacuation-orders-current")).toHaveTextContent(ja["evacuation.none"]);
    expect(await tiers()).toEqual(["response-row-P0001", "response-row-P0002", "response-row-P0003", "response-row-P0004"]);
    // Nothing to record until something is chosen.
    expect(screen.getByTestId("evacuation-orders-save")).toBeDisabled();

    await user.click(screen.getByTestId("evacuation-orders"));
    await user.click(await screen.findByRole("option", { name: "旭川市" }));
    await user.click(screen.getByRole("option", { name: "当麻町" }));
    const listings = callsOf(fake.calls, "listPatients").length;
    await user.click(screen.getByTestId("evacuation-orders-save"));

    await waitFor(() => expect(ordersSent(fake.calls)).toEqual([["旭川市", "当麻町"]]));
    expect(await screen.findByTestId("evacuation-orders-saved")).toHaveTextContent(ja["evacuation.saved"]);
    expect(callsOf(fake.calls, "listPatients").length).toBeGreaterThan(listings);
    expect(badges()).toEqual(["旭川市", "当麻町"]);
    expect(await tiers()).toEqual(["response-row-P0001", "response-row-P0003", "response-row-P0002", "response-row-P0004"]);
    expect(screen.getByTestId("evacuation-orders-save")).toBeDisabled();
  });

  it("shows the orders already recorded and lifts them by recording an empty list", async () => {
    const { user, backend } = renderApp(
      "/response",
      patientBackend({ patients: rankedPatients, outage: { ...openOutage, evacuationOrders: ["江別市"] } }),
    );
    await waitFor(() => expect(screen.getByTestId("evacuation-orders-current")).toHaveTextContent("記録中：江別市"));
    expect(badges()).toEqual(["江別市"]);

    await user.click(screen.getByTestId("evacuation-edit"));
    await user.click(screen.getByTestId("evacuation-orders"));
    const option = await screen.findByRole("option", { name: "江別市" });
    expect(option).toHaveAttribute("aria-selected", "true");
    await user.click(option);
    await user.click(screen.getByTestId("evacuation-orders-save"));

    await waitFor(() => expect(ordersSent(backend.calls)).toEqual([[]]));
    await waitFor(() => expect(screen.getByTestId("evacuation-orders-current")).toHaveTextContent(ja["evacuation.none"]));
  });

  it.each([
    ["the outage has ended meanwhile", ipcError("notFound"), ja["evacuation.noOutage"]],
    ["a municipality is not in the region master", ipcError("invalidInput", "municipality"), ja["evacuation.unknownMunicipality"]],
  ])("says so when %s, and shows nothing as recorded", async (_case, error, sentence) => {
    const { user } = renderApp("/response", {
      ...patientBackend({ patients: rankedPatients, outage: openOutage }),
      setEvacuationOrders: () => {
        throw error;
      },
    });
    await user.click(await screen.findByTestId("evacuation-edit"));
    await user.click(screen.getByTestId("evacuation-orders"));
    await user.click(await screen.findByRole("option", { name: "江別市" }));
    await user.click(screen.getByTestId("evacuation-orders-save"));
    expect(await screen.findByRole("alert")).toHaveTextContent(sentence);
    expect(screen.getByTestId("evacuation-orders-current")).toHaveTextContent(ja["evacuation.none"]);
    expect(screen.queryByTestId("evacuation-orders-saved")).not.toBeInTheDocument();
  });

  it("speaks English in the English UI", async () => {
    const { user } = renderApp("/response", {
      ...patientBackend({ patients: rankedPatients, outage: { ...openOutage, evacuationOrders: ["旭川市"] } }),
      ...settingsBackend({ language: "en" }),
    });
    await waitFor(() => expect(screen.getByTestId("evacuation-edit")).toHaveTextContent("Record or change"));
    await user.click(screen.getByTestId("evacuation-edit"));
    expect(screen.getByTestId("evacuation-orders-save")).toHaveTextContent("Record evacuation orders");
    expect(screen.getByTestId("evacuation-orders-current")).toHaveTextContent("Recorded:旭川市");
  });
});
