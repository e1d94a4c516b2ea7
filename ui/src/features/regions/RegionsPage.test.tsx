import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { regionTree } from "../../test/fixtures";
import { renderApp } from "../../test/renderApp";

describe("regions page", () => {
  it("shows the totals from the tree, formatted", async () => {
    renderApp("/regions", {
      listRegions: () => ({ ...regionTree, totals: { homeCareRegions: 18, municipalities: 91, population: 5_092_650 } }),
    });
    expect(await screen.findByTestId("regions-total-home-care")).toHaveTextContent(/^18$/);
    expect(screen.getByTestId("regions-total-municipalities")).toHaveTextContent(/^91$/);
    expect(screen.getByTestId("regions-total-population")).toHaveTextContent(/^5,092,650$/);
  });

  it("lists each home-care region with its health centre, population and municipalities", async () => {
    renderApp("/regions");
    const row = await screen.findByTestId("region-上川中部（旭川市以外）");
    expect(within(row).getByText("上川保健所")).toBeInTheDocument();
    expect(within(row).getByText("48,500人")).toBeInTheDocument();
    expect(within(row).getByText("鷹栖町、東神楽町、当麻町")).toBeInTheDocument();
    expect(screen.getByText("三次医療圏 道北")).toBeInTheDocument();
    expect(screen.getByText("二次医療圏 上川中部")).toBeInTheDocument();
    expect(screen.getByText(`出典：${regionTree.source}`)).toBeInTheDocument();
    expect(screen.getAllByTestId(/^region-/)).toHaveLength(3);
  });
});
