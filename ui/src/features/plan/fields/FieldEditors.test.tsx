import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ja } from "../../../i18n/ja";
import { ipcError } from "../../../ipc/fakeBackend";
import { planOf } from "../../../test/planFixtures";
import { renderPlan, savesOf } from "../../../test/planTestKit";

const empty = planOf("combined");

describe("field editors send the guide's JSON shapes", () => {
  it("text: typing is coalesced into one save of the string", async () => {
    const { user, backend } = renderPlan("/plan/scope", empty);
    await user.type(await screen.findByTestId("input-scope-org-summary"), "看護師5名");
    await waitFor(() => expect(screen.getByTestId("save-status")).toHaveAttribute("data-state", "saved"));
    expect(savesOf(backend.calls, "scope", "org-summary")).toEqual(["看護師5名"]);
    expect(screen.getByTestId("save-status")).toHaveTextContent(/^保存しました \d\d:\d\d:\d\d$/);
  });

  it("text: clearing the box sends null", async () => {
    const plan = planOf("combined", { answers: { scope: { "org-summary": "看護師5名" } } });
    const { user, backend } = renderPlan("/plan/scope", plan);
    await user.clear(await screen.findByTestId("input-scope-org-summary"));
    await user.tab();
    await waitFor(() => expect(savesOf(backend.calls, "scope", "org-summary")).toEqual([null]));
  });

  it("number: a number, with its unit shown; clearing sends null", async () => {
    const { user, backend } = renderPlan("/plan/scope", empty);
    const count = await screen.findByTestId("input-scope-patient-count");
    expect(within(screen.getByTestId("field-scope-patient-count")).getByText("人")).toBeInTheDocument();
    await user.type(count, "25");
    await user.tab();
    await waitFor(() => expect(savesOf(backend.calls, "scope", "patient-count")).toEqual([25]));
    await user.clear(count);
    await user.tab();
    await waitFor(() => expect(savesOf(backend.calls, "scope", "patient-count")).toEqual([25, null]));
  });

  it("multichoice: the ticked option ids in the guide's order, null when none", async () => {
    const { user, backend } = renderPlan("/plan/scope", empty);
    await user.click(await screen.findByTestId("choice-scope-insurance-iryo"));
    await user.click(screen.getByTestId("choice-scope-insurance-kaigo"));
    await waitFor(() => expect(savesOf(backend.calls, "scope", "insurance")).toContainEqual(["kaigo", "iryo"]));
    await user.click(screen.getByTestId("choice-scope-insurance-iryo"));
    await user.click(screen.getByTestId("choice-scope-insurance-kaigo"));
    await waitFor(() => expect(savesOf(backend.calls, "scope", "insurance").at(-1)).toBeNull());
  });

  it("choice: the option id at once, null for 未選択", async () => {
    const { user, backend } = renderPlan("/plan/basic-policy", empty);
    const level = await screen.findByTestId("input-basic-policy-level");
    expect(within(level).getByRole("option", { name: "未選択" })).toHaveValue("");
    await user.selectOptions(level, "partial");
    await waitFor(() => expect(savesOf(backend.calls, "basic-policy", "level")).toEqual(["partial"]));
    await user.selectOptions(level, "");
    await waitFor(() => expect(savesOf(backend.calls, "basic-policy", "level")).toEqual(["partial", null]));
  });

  it("date: the ISO date string", async () => {
    const { user, backend } = renderPlan("/plan/scope", empty);
    await user.type(await screen.findByTestId("input-scope-written-on"), "2025-04-01");
    await user.tab();
    await waitFor(() => expect(savesOf(backend.calls, "scope", "written-on").at(-1)).toBe("2025-04-01"));
  });

  it("list: Enter adds a line below and focuses it; lines are sent in order without blank ones", async () => {
    const { user, backend } = renderPlan("/plan/basic-policy", empty);
    const first = await screen.findByTestId("input-basic-policy-principles");
    await user.type(first, "利用者の生命を守る{Enter}");
    const second = screen.getByRole("textbox", { name: "2行目" });
    expect(second).toHaveFocus();
    await user.type(second, "職員の安全を確保する{Enter}");
    expect(screen.getByRole("textbox", { name: "3行目" })).toHaveFocus();
    await user.tab();
    await waitFor(() =>
      expect(savesOf(backend.calls, "basic-policy", "principles").at(-1)).toEqual(["利用者の生命を守る", "職員の安全を確保する"]),
    );

    await user.click(screen.getByRole("button", { name: "2行目を上へ" }));
    await waitFor(() =>
      expect(savesOf(backend.calls, "basic-policy", "principles").at(-1)).toEqual(["職員の安全を確保する", "利用者の生命を守る"]),
    );
    expect(screen.getByRole("textbox", { name: "1行目" })).toHaveValue("職員の安全を確保する");

    await user.click(screen.getByRole("button", { name: "1行目を削除" }));
    await waitFor(() => expect(savesOf(backend.calls, "basic-policy", "principles").at(-1)).toEqual(["利用者の生命を守る"]));

    await user.click(screen.getByTestId("list-add-basic-policy-principles"));
    expect(screen.getAllByRole("textbox", { name: /行目$/ })).toHaveLength(3);
  });

  it("list: Enter that confirms an IME conversion does not add a line", async () => {
    renderPlan("/plan/basic-policy", empty);
    const first = await screen.findByTestId("input-basic-policy-principles");
    fireEvent.keyDown(first, { key: "Enter", isComposing: true });
    fireEvent.keyDown(first, { key: "Enter", keyCode: 229 });
    expect(screen.queryByRole("textbox", { name: "2行目" })).not.toBeInTheDocument();
    fireEvent.keyDown(first, { key: "Enter" });
    expect(screen.getByRole("textbox", { name: "2行目" })).toBeInTheDocument();
  });

  it("table: add a row and edit cells of every kind, sent as objects keyed by column id", async () => {
    const { user, backend } = renderPlan("/plan/governance", empty);
    const cell = (row: number, column: string) => screen.getByTestId(`cell-governance-roles-${row}-${column}`);
    await user.type(await screen.findByTestId("cell-governance-roles-0-role"), "責任者");
    await user.type(cell(0, "count"), "2");
    await user.selectOptions(cell(0, "kind"), "lead");
    await user.type(cell(0, "alternates"), "南 夏美{Enter}西田 冬子");
    await user.type(cell(0, "since"), "2025-04-01");
    await user.type(cell(0, "duties"), "全体の指揮");
    await user.click(cell(0, "trained"));

    await user.click(screen.getByTestId("table-add-governance-roles"));
    expect(cell(1, "role")).toHaveFocus();
    await user.type(cell(1, "role"), "連絡係");
    await user.tab();

    const full = {
      role: "責任者",
      count: 2,
      kind: "lead",
      alternates: ["南 夏美", "西田 冬子"],
      since: "2025-04-01",
      duties: "全体の指揮",
      trained: true,
    };
    await waitFor(() => expect(savesOf(backend.calls, "governance", "roles").at(-1)).toEqual([full, { role: "連絡係" }]));

    await user.click(screen.getByRole("button", { name: "1行目を削除" }));
    await waitFor(() => expect(savesOf(backend.calls, "governance", "roles").at(-1)).toEqual([{ role: "連絡係" }]));
    expect(cell(0, "role")).toHaveValue("連絡係");
  });

  it("table: a new blank row is not sent", async () => {
    const { user, backend } = renderPlan("/plan/governance", empty);
    await user.click(await screen.findByTestId("table-add-governance-roles"));
    await user.tab();
    expect(screen.getByTestId("cell-governance-roles-1-role")).toBeInTheDocument();
    expect(savesOf(backend.calls, "governance", "roles")).toEqual([]);
  });

  it("matrix: {row: {column: text}} with blank cells left out", async () => {
    const { user, backend } = renderPlan("/plan/risks", empty);
    const header = within(await screen.findByTestId("field-risks-lifelines")).getAllByRole("columnheader");
    expect(header.map((h) => h.textContent)).toEqual(["", "当日", "2日目"]);
    await user.type(screen.getByTestId("cell-risks-lifelines-power-day1"), "停電");
    await user.type(screen.getByTestId("cell-risks-lifelines-water-day2"), "断水");
    await user.tab();
    await waitFor(() =>
      expect(savesOf(backend.calls, "risks", "lifelines").at(-1)).toEqual({ power: { day1: "停電" }, water: { day2: "断水" } }),
    );
    expect(screen.getByRole("textbox", { name: "電力 当日" })).toHaveValue("停電");
  });

  it("Enter in a one-line input moves to the next input of the step", async () => {
    const { user } = renderPlan("/plan/scope", empty);
    await user.type(await screen.findByTestId("input-scope-org-summary"), "概要{Enter}");
    expect(screen.getByTestId("input-scope-patient-count")).toHaveFocus();
  });
});

describe("refused values", () => {
  it("shows the sentence under the field and keeps the typed text; the next good value clears it", async () => {
    const { user } = renderPlan("/plan/scope", empty, {
      savePlanAnswer: (stepId, fieldId, value) => {
        if (typeof value === "string" && value.length > 5) throw ipcError("invalidInput", `${stepId}/${fieldId}`);
        return { updatedAt: new Date().toISOString(), progress: empty.progress, insights: [] };
      },
    });
    const input = await screen.findByTestId("input-scope-org-summary");
    await user.type(input, "とても長い概要");
    await user.tab();
    const field = screen.getByTestId("field-scope-org-summary");
    expect(await within(field).findByText(ja["plan.fieldInvalid"])).toBeInTheDocument();
    expect(input).toHaveValue("とても長い概要");
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByTestId("save-status")).toHaveAttribute("data-state", "error");
    expect(screen.getByTestId("save-status")).toHaveTextContent(ja["error.invalidInput"]);

    await user.clear(input);
    await user.type(input, "短い");
    await user.tab();
    await waitFor(() => expect(screen.getByTestId("save-status")).toHaveAttribute("data-state", "saved"));
    expect(within(field).queryByText(ja["plan.fieldInvalid"])).not.toBeInTheDocument();
  });
});

describe("例示を使う", () => {
  it("fills an empty field with the example and saves it at once", async () => {
    const { user, backend } = renderPlan("/plan/basic-policy", empty);
    await user.click(await screen.findByTestId("example-basic-policy-principles"));
    expect(screen.queryByTestId("example-confirm")).not.toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "1行目" })).toHaveValue("利用者の生命を守る");
    expect(screen.getByRole("textbox", { name: "2行目" })).toHaveValue("職員の安全を確保する");
    await waitFor(() =>
      expect(savesOf(backend.calls, "basic-policy", "principles")).toEqual([["利用者の生命を守る", "職員の安全を確保する"]]),
    );
    await waitFor(() => expect(screen.queryByTestId("gap-basic-policy-principles")).not.toBeInTheDocument());
  });

  it("fills a table and a matrix with their examples", async () => {
    const { user, backend } = renderPlan("/plan/governance", empty);
    await user.click(await screen.findByTestId("example-governance-roles"));
    expect(screen.getByTestId("cell-governance-roles-0-role")).toHaveValue("責任者");
    expect(screen.getByTestId("cell-governance-roles-0-alternates")).toHaveValue("南 夏美");
    await waitFor(() =>
      expect(savesOf(backend.calls, "governance", "roles")).toEqual([[{ role: "責任者", count: 1, kind: "lead", alternates: ["南 夏美"] }]]),
    );

    await user.click(screen.getByTestId("step-next"));
    await user.click(await screen.findByTestId("example-risks-lifelines"));
    expect(screen.getByTestId("cell-risks-lifelines-power-day1")).toHaveValue("停電");
    await waitFor(() => expect(savesOf(backend.calls, "risks", "lifelines")).toEqual([{ power: { day1: "停電" } }]));
  });

  it("asks before replacing what is there: cancel keeps it, confirm replaces and saves", async () => {
    const plan = planOf("combined", { answers: { "basic-policy": { note: "自分で書いた補足" } } });
    const { user, backend } = renderPlan("/plan/basic-policy", plan);
    const note = await screen.findByTestId("input-basic-policy-note");
    expect(note).toHaveValue("自分で書いた補足");

    await user.click(screen.getByTestId("example-basic-policy-note"));
    expect(await screen.findByText(ja["plan.exampleBody"])).toBeInTheDocument();
    await user.click(screen.getByTestId("example-cancel"));
    await waitFor(() => expect(screen.queryByText(ja["plan.exampleBody"])).not.toBeInTheDocument());
    expect(screen.getByTestId("input-basic-policy-note")).toHaveValue("自分で書いた補足");
    expect(savesOf(backend.calls, "basic-policy", "note")).toEqual([]);

    await user.click(screen.getByTestId("example-basic-policy-note"));
    await user.click(await screen.findByTestId("example-confirm"));
    await waitFor(() => expect(screen.getByTestId("input-basic-policy-note")).toHaveValue("方針は毎年見直す。"));
    await waitFor(() => expect(savesOf(backend.calls, "basic-policy", "note")).toEqual(["方針は毎年見直す。"]));
  });

  it("asks before replacing text typed but not yet saved", async () => {
    const { user } = renderPlan("/plan/scope", empty);
    await user.type(await screen.findByTestId("input-scope-org-summary"), "入力中");
    await user.click(screen.getByTestId("example-scope-org-summary"));
    expect(await screen.findByTestId("example-confirm")).toBeInTheDocument();
  });
});
