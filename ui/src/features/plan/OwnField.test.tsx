import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ja } from "../../i18n/ja";
import type { Field, Guide } from "../../ipc/bindings.gen";
import { planOf, testGuide } from "../../test/planFixtures";
import { renderPlan } from "../../test/planTestKit";
import { exampleLines } from "./fields/exampleText";

// The test guide with its governance table marked as the organisation's own facts.
const ownGuide: Guide = {
  ...testGuide,
  steps: testGuide.steps.map((step) => ({
    ...step,
    fields: step.fields.map((field) => (field.id === "roles" ? { ...field, own: true } : field)),
  })),
};
const rolesField = ownGuide.steps.flatMap((s) => s.fields).find((f) => f.id === "roles") as Field;

describe("own fields", () => {
  it("show the example as a model to write from, with no button to adopt it", async () => {
    const plan = planOf("combined", { guide: ownGuide });
    const { user } = renderPlan("/plan/governance", plan, { getGuide: () => ownGuide });
    const section = await screen.findByTestId("field-governance-roles");
    expect(section).toHaveAttribute("data-own", "true");
    expect(screen.queryByTestId("example-governance-roles")).not.toBeInTheDocument();
    expect(within(section).getByTestId("example-model-governance-roles")).toBeInTheDocument();
    await user.click(within(section).getByText(ja["plan.exampleModel"]));
    expect(section).toHaveTextContent("役割: 責任者 / 人数: 1 / 種別: 責任者 / 代行者: 南 夏美");
  });
});

describe("exampleLines", () => {
  const local = (t: { ja: string; en: string }) => t.ja;
  it("writes a table row as labelled cells with choices by their labels", () => {
    expect(exampleLines(rolesField, rolesField.example!, local)).toEqual(["役割: 責任者 / 人数: 1 / 種別: 責任者 / 代行者: 南 夏美"]);
  });
  it("writes text by lines and a list by items", () => {
    const text = { ...rolesField, type: "longtext", example: "一行目\n二行目" } as unknown as Field;
    expect(exampleLines(text, "一行目\n二行目", local)).toEqual(["一行目", "二行目"]);
    const list = { ...rolesField, type: "list" } as unknown as Field;
    expect(exampleLines(list, ["a", "b"], local)).toEqual(["a", "b"]);
  });
});
