import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { isoDate } from "../../../components/DateLabel";
import { en } from "../../../i18n/en";
import { ja } from "../../../i18n/ja";
import type { Answers, Revision } from "../../../ipc/bindings.gen";
import { ipcError } from "../../../ipc/fakeBackend";
import { savedDraft, settingsBackend } from "../../../test/fixtures";
import { planOf, type RevisionOptions } from "../../../test/planFixtures";
import { callsOf, renderPlan } from "../../../test/planTestKit";
import { oneYearAfter } from "./reviseDates";

const v1Answers: Answers = {
  scope: { "org-summary": "看護師5名" },
  "basic-policy": { principles: ["利用者の生命を守る", "職員の安全を確保する"], note: "毎年見直す" },
};
const v2Answers: Answers = {
  scope: { "org-summary": "看護師6名" },
  "basic-policy": { principles: ["利用者の生命を守る", "職員の安全を確保する"], level: "full" },
};
const revision = (number: number, revisedOn: string, reason: string, nextReviewDue: string | null): Revision => ({
  number,
  revisedOn,
  reason,
  approver: "管理者 山田",
  nextReviewDue,
});
/** 第1版 and 第2版 fixed; the review of 第2版 fell due long ago. */
const twoVersions: RevisionOptions = {
  revisions: [
    { revision: revision(1, "2024-04-01", "新規作成", "2025-03-31"), answers: v1Answers },
    { revision: revision(2, "2025-04-01", "定期見直し", "2020-01-01"), answers: v2Answers },
  ],
};

describe("plan version label", () => {
  it("reads 初版（未確定） before any revision, in the wizard bar and on the revisions page", async () => {
    const { user, router, backend } = renderPlan("/plan/scope", planOf("combined", { answers: v1Answers }));
    expect(await screen.findByTestId("plan-version")).toHaveTextContent("初版（未確定）");
    await user.click(screen.getByTestId("plan-revisions-link"));
    await waitFor(() => expect(router.state.location.pathname).toBe("/plan/revisions"));
    expect(await screen.findByTestId("revisions-version")).toHaveTextContent("今の版：初版（未確定）");
    expect(screen.getByTestId("revisions-version-why")).toHaveTextContent(ja["version.whyNone"]);
    expect(screen.getByTestId("revision-history-empty")).toHaveTextContent(ja["history.empty"]);
    expect(screen.getByTestId("revision-changes-none")).toHaveTextContent(ja["changes.noRevisions"]);
    // With nothing fixed there is nothing to compare against.
    expect(callsOf(backend.calls, "compareRevisions")).toEqual([]);
  });

  it("reads 第n版 when the working copy equals the latest revision", async () => {
    const { backend } = renderPlan("/plan/scope", planOf("combined", { answers: v2Answers }), {}, twoVersions);
    expect(await screen.findByTestId("plan-version")).toHaveTextContent(/^第2版$/);
    expect(callsOf(backend.calls, "compareRevisions")).toContainEqual([2, null]);
  });

  it("reads 第n+1版（案） when the working copy differs, and says why", async () => {
    const changed = planOf("combined", { answers: { ...v2Answers, scope: { "org-summary": "看護師7名" } } });
    renderPlan("/plan/revisions", changed, {}, twoVersions);
    expect(await screen.findByTestId("revisions-version")).toHaveTextContent("今の版：第3版（案）");
    expect(screen.getByTestId("revisions-version-why")).toHaveTextContent(
      "確定した第2版から1項目が変わっているため、今の内容は第3版（案）です。確定すると第3版になります。",
    );
  });

  it("moves from 第n版 to 第n+1版（案） as soon as an answer is saved", async () => {
    const { user } = renderPlan("/plan/basic-policy", planOf("combined", { answers: v2Answers }), {}, twoVersions);
    expect(await screen.findByTestId("plan-version")).toHaveTextContent("第2版");
    await user.selectOptions(screen.getByTestId("input-basic-policy-level"), "partial");
    await waitFor(() => expect(screen.getByTestId("plan-version")).toHaveTextContent("第3版（案）"));
  });

  it("is shown on the home plan card, with a way to the history", async () => {
    const { user, router } = renderPlan("/", planOf("combined", { answers: v2Answers }), {}, twoVersions);
    expect(await screen.findByTestId("home-plan-version")).toHaveTextContent("第2版");
    await user.click(screen.getByTestId("home-plan-revisions"));
    await waitFor(() => expect(router.state.location.pathname).toBe("/plan/revisions"));
    expect(await screen.findByTestId("revise-form")).toBeInTheDocument();
  });
});

describe("revising the plan", () => {
  it("starts from today, a year on, and the organisation's manager", async () => {
    renderPlan("/plan/revisions", planOf("combined"));
    const today = new Date();
    const date = await screen.findByTestId("revise-date");
    expect(date).toHaveValue(isoDate(today));
    expect(screen.getByTestId("revise-next-review")).toHaveValue(oneYearAfter(isoDate(today)));
    expect((screen.getByTestId("revise-next-review") as HTMLInputElement).value.startsWith(`${today.getFullYear() + 1}-`)).toBe(true);
    expect(screen.getByTestId("revise-approver")).toHaveValue(savedDraft.managerName);
    expect(screen.getByTestId("revise-reason")).toHaveValue("");
    expect(screen.getByTestId("revise-submit")).toHaveTextContent("第1版として確定する");
  });

  it("moves the review date with the revision date until it is set by hand", async () => {
    const { user } = renderPlan("/plan/revisions", planOf("combined"));
    const date = await screen.findByTestId("revise-date");
    const next = screen.getByTestId("revise-next-review");
    await user.clear(date);
    await user.type(date, "2026-11-25");
    expect(next).toHaveValue("2027-11-25");
    // 和暦 with 西暦 under the input.
    expect(screen.getByText("令和8年11月25日 (2026-11-25)")).toBeInTheDocument();
    await user.clear(next);
    await user.type(next, "2027-06-30");
    await user.clear(date);
    await user.type(date, "2026-12-01");
    expect(next).toHaveValue("2027-06-30");
  });

  it("sends the stated input, confirms the version, clears the reason and adds the row", async () => {
    const { user, backend } = renderPlan("/plan/revisions", planOf("combined", { answers: v1Answers }));
    const date = await screen.findByTestId("revise-date");
    await user.clear(date);
    await user.type(date, "2026-04-01");
    await user.click(screen.getByTestId("revise-reason-drill"));
    expect(screen.getByTestId("revise-reason")).toHaveValue("訓練結果の反映");
    expect(screen.getByTestId("revise-reason-drill")).toHaveAttribute("aria-pressed", "true");
    const approver = screen.getByTestId("revise-approver");
    await user.clear(approver);
    await user.type(approver, "院長 佐藤");
    await user.click(screen.getByTestId("revise-submit"));

    expect(await screen.findByTestId("revise-done")).toHaveTextContent("第1版として確定しました");
    expect(callsOf(backend.calls, "revisePlan")).toEqual([
      [{ revisedOn: "2026-04-01", reason: "訓練結果の反映", approver: "院長 佐藤", nextReviewDue: "2027-04-01" }],
    ]);
    expect(screen.getByTestId("revise-reason")).toHaveValue("");
    expect(screen.getByTestId("revise-approver")).toHaveValue("院長 佐藤");

    const row = within(screen.getByTestId("revision-history")).getByTestId("revision-row-1");
    expect(row).toHaveTextContent("第1版");
    expect(row).toHaveTextContent("令和8年4月1日 (2026-04-01)");
    expect(row).toHaveTextContent("訓練結果の反映");
    expect(row).toHaveTextContent("院長 佐藤");
    expect(row).toHaveTextContent("令和9年4月1日 (2027-04-01)");
    // The working copy is now the fixed version, and the next one would be 第2版.
    await waitFor(() => expect(screen.getByTestId("revisions-version")).toHaveTextContent("今の版：第1版"));
    expect(screen.getByTestId("revise-submit")).toHaveTextContent("第2版として確定する");
    expect(await screen.findByTestId("revision-changes")).toHaveTextContent(ja["changes.none"]);
  });

  it("sends no review date when the field is emptied", async () => {
    const { user, backend } = renderPlan("/plan/revisions", planOf("combined"));
    await user.clear(await screen.findByTestId("revise-next-review"));
    await user.type(screen.getByTestId("revise-reason"), "新規作成");
    await user.click(screen.getByTestId("revise-submit"));
    await screen.findByTestId("revise-done");
    expect(callsOf(backend.calls, "revisePlan")[0]?.[0]).toMatchObject({ reason: "新規作成", nextReviewDue: null });
  });

  it("shows the refused field's sentence under that field, and nothing is added", async () => {
    const { user } = renderPlan("/plan/revisions", planOf("combined"));
    // The stand-in refuses like the Rust side: the empty reason first.
    await user.click(await screen.findByTestId("revise-submit"));
    expect(await screen.findByText(ja["revisionError.reason"])).toBeInTheDocument();
    expect(screen.getByTestId("revise-reason")).toHaveAttribute("aria-invalid", "true");
    expect(screen.queryByTestId("revise-done")).not.toBeInTheDocument();
    expect(screen.getByTestId("revision-history-empty")).toBeInTheDocument();

    await user.type(screen.getByTestId("revise-reason"), "新規作成");
    await user.clear(screen.getByTestId("revise-approver"));
    await user.click(screen.getByTestId("revise-submit"));
    expect(await screen.findByText(ja["revisionError.approver"])).toBeInTheDocument();
    expect(screen.getByTestId("revise-approver")).toHaveAttribute("aria-invalid", "true");
    expect(screen.queryByText(ja["revisionError.reason"])).not.toBeInTheDocument();
    // A field sentence replaces the general one.
    expect(screen.queryByText(ja["error.invalidInput"], { exact: false })).not.toBeInTheDocument();
  });

  it("puts a refused review date's sentence under the review date", async () => {
    const { user } = renderPlan("/plan/revisions", planOf("combined"), {
      revisePlan: () => {
        throw ipcError("invalidInput", "nextReviewDue");
      },
    });
    await user.type(await screen.findByTestId("revise-reason"), "新規作成");
    await user.click(screen.getByTestId("revise-submit"));
    expect(await screen.findByText(ja["revisionError.nextReviewDue"])).toBeInTheDocument();
    expect(screen.getByTestId("revise-next-review")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByTestId("revise-date")).not.toHaveAttribute("aria-invalid", "true");
  });

  it("says what went wrong when the revision could not be stored", async () => {
    const { user } = renderPlan("/plan/revisions", planOf("combined"), {
      revisePlan: () => {
        throw ipcError("storage");
      },
    });
    await user.type(await screen.findByTestId("revise-reason"), "新規作成");
    await user.click(screen.getByTestId("revise-submit"));
    expect(await screen.findByRole("alert")).toHaveTextContent(ja["error.storage"]);
    expect(screen.getByTestId("revise-reason")).toHaveValue("新規作成");
  });

  it("does not fix a version when Enter is pressed in a field", async () => {
    const { user, backend } = renderPlan("/plan/revisions", planOf("combined"));
    await user.type(await screen.findByTestId("revise-reason"), "新規作成{Enter}");
    expect(screen.getByTestId("revise-approver")).toHaveFocus();
    await user.type(screen.getByTestId("revise-approver"), "{Enter}");
    await user.keyboard("{Enter}");
    expect(callsOf(backend.calls, "revisePlan")).toEqual([]);
  });
});

describe("revision history", () => {
  it("lists every version with 和暦 dates, and marks only the latest overdue review in words", async () => {
    renderPlan("/plan/revisions", planOf("combined", { answers: v2Answers }), {}, twoVersions);
    const table = await screen.findByTestId("revision-history");
    const heads = within(table).getAllByRole("columnheader").map((th) => th.textContent);
    expect(heads).toEqual(["版", "改訂日", "理由", "承認者", "次回見直し期限", "この版を印刷"]);
    const first = within(table).getByTestId("revision-row-1");
    expect(first).toHaveTextContent("第1版");
    expect(first).toHaveTextContent("令和6年4月1日 (2024-04-01)");
    expect(first).toHaveTextContent("新規作成");
    expect(first).toHaveTextContent("令和7年3月31日 (2025-03-31)");
    // 第1版's review date passed too, but 第2版 answered it.
    expect(first).not.toHaveTextContent("期限切れ");
    const overdue = within(within(table).getByTestId("revision-row-2")).getByTestId("revision-overdue");
    expect(overdue).toHaveTextContent("期限切れ");
    expect(overdue).toHaveTextContent("令和2年1月1日 (2020-01-01)");
  });

  it("does not call a future review date overdue", async () => {
    const future: RevisionOptions = { revisions: [{ revision: revision(1, "2025-04-01", "新規作成", "2999-04-01"), answers: {} }] };
    renderPlan("/plan/revisions", planOf("combined"), {}, future);
    const row = await screen.findByTestId("revision-row-1");
    expect(row).toHaveTextContent("2999-04-01");
    expect(screen.queryByTestId("revision-overdue")).not.toBeInTheDocument();
  });
});

describe("changes between versions", () => {
  const current = planOf("combined", {
    answers: { ...v2Answers, "basic-policy": { ...v2Answers["basic-policy"], note: "あ".repeat(200) } },
  });

  it("lists latest → current by default, with the guide's labels and before → after", async () => {
    const { backend } = renderPlan("/plan/revisions", current, {}, twoVersions);
    const list = await screen.findByTestId("revision-changes");
    expect(screen.getByTestId("revision-changes-from")).toHaveValue("2");
    expect(screen.getByTestId("revision-changes-to")).toHaveValue("current");
    expect(callsOf(backend.calls, "compareRevisions")).toContainEqual([2, null]);
    const note = within(list).getByTestId("change-basic-policy-note");
    expect(note).toHaveAttribute("data-kind", "added");
    expect(note).toHaveTextContent("追加");
    expect(note).toHaveTextContent("基本方針 › 補足");
    expect(note).toHaveTextContent(`（なし） → ${"あ".repeat(119)}…`);
    expect(note).not.toHaveTextContent("あ".repeat(121));
  });

  it("compares two fixed versions once picked, in wizard order", async () => {
    const { user, backend } = renderPlan("/plan/revisions", current, {}, twoVersions);
    await screen.findByTestId("revision-changes");
    await user.selectOptions(screen.getByTestId("revision-changes-from"), "1");
    await user.selectOptions(screen.getByTestId("revision-changes-to"), "2");
    await waitFor(() => expect(callsOf(backend.calls, "compareRevisions")).toContainEqual([1, 2]));
    const list = screen.getByTestId("revision-changes");
    await waitFor(() => expect(within(list).getByTestId("change-scope-org-summary")).toBeInTheDocument());
    expect(list).toHaveTextContent("3項目が変わっています。");
    const items = within(list).getAllByRole("listitem");
    expect(items.map((li) => li.getAttribute("data-testid"))).toEqual([
      "change-scope-org-summary",
      "change-basic-policy-note",
      "change-basic-policy-level",
    ]);
    expect(items[0]).toHaveTextContent("変更計画の対象 › 事業所の概要看護師5名 → 看護師6名");
    expect(items[1]).toHaveTextContent("削除基本方針 › 補足毎年見直す → （なし）");
    expect(items[2]).toHaveTextContent("追加基本方針 › 継続の水準（なし） → 全面継続");
  });

  it("says so when two versions are the same", async () => {
    const { user } = renderPlan("/plan/revisions", current, {}, twoVersions);
    await screen.findByTestId("revision-changes");
    await user.selectOptions(screen.getByTestId("revision-changes-to"), "2");
    await waitFor(() => expect(screen.getByTestId("revision-changes")).toHaveTextContent(ja["changes.none"]));
  });

  it("uses the English labels in the English UI", async () => {
    renderPlan("/plan/revisions", current, { ...settingsBackend({ language: "en" }) }, twoVersions);
    const note = await screen.findByTestId("change-basic-policy-note");
    expect(note).toHaveTextContent("Added");
    expect(note).toHaveTextContent("Basic policy › Notes");
    expect(screen.getByTestId("revisions-version")).toHaveTextContent("Current version: Version 3 (draft)");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(en["revisions.title"]);
  });
});

describe("revisions route", () => {
  it("leads to the plan's start while there is no plan", async () => {
    const { router } = renderPlan("/plan/revisions", planOf("combined"), { getPlan: () => null });
    await waitFor(() => expect(router.state.location.pathname).toBe("/plan"));
    expect(await screen.findByTestId("plan-start")).toBeInTheDocument();
  });
});

describe("printing an earlier version", () => {
  it("prints the chosen 第n版 from the history", async () => {
    const { user, backend } = renderPlan("/plan/revisions", planOf("combined", { answers: v2Answers }), {
      printPlanVersion: () => ({ path: "/tmp/BCP第1版.pdf", pages: 21, missingGlyphs: [] }),
    }, twoVersions);
    await user.click(await screen.findByTestId("print-version-1"));
    expect(await screen.findByTestId("print-result")).toHaveTextContent("/tmp/BCP第1版.pdf");
    expect(callsOf(backend.calls, "printPlanVersion")).toEqual([[1]]);
  });
});

