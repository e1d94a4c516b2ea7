import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { en } from "../../i18n/en";
import { ja } from "../../i18n/ja";
import { settingsBackend } from "../../test/fixtures";
import { renderApp } from "../../test/renderApp";
import { foldForSearch, glossaryTermIds, matchingEntries, type GlossaryEntry } from "./terms";

const shownIds = () =>
  within(screen.getByTestId("glossary-list"))
    .queryAllByRole("term")
    .map((dt) => dt.parentElement!.id);

const anchors = (ids: readonly string[]) => ids.map((id) => `term-${id}`);

describe("glossary page", () => {
  it("is in the sidebar before the backups and opens at /glossary", async () => {
    const { user, router } = renderApp("/");
    const link = await screen.findByTestId("nav-glossary");
    expect(link).toHaveTextContent("用語集");
    const nav = screen.getByRole("navigation", { name: ja["nav.label"] });
    const items = within(nav).getAllByRole("link").map((a) => a.getAttribute("data-testid"));
    expect(items.indexOf("nav-glossary")).toBe(items.indexOf("nav-backups") - 1);
    await user.click(link);
    await waitFor(() => expect(router.state.location.pathname).toBe("/glossary"));
    expect(await screen.findByRole("heading", { level: 1 })).toHaveTextContent("用語集");
    expect(screen.getByTestId("nav-glossary")).toHaveAttribute("aria-current", "page");
  });

  it("lists every term in Japanese, with its reading and explanation, as a definition list with anchors", async () => {
    renderApp("/glossary");
    const list = await screen.findByTestId("glossary-list");
    expect(list.tagName).toBe("DL");
    expect(list).toHaveAccessibleName(ja["glossary.list"]);
    expect(glossaryTermIds.length).toBeGreaterThanOrEqual(20);
    expect(shownIds()).toEqual(anchors(glossaryTermIds));
    expect(screen.getByTestId("glossary-count")).toHaveTextContent(`${glossaryTermIds.length}語（全${glossaryTermIds.length}語）`);

    const visits = document.getElementById("term-backupVisits")!;
    expect(within(visits).getByRole("term")).toHaveTextContent("代行訪問");
    expect(within(visits).getByRole("term")).toHaveTextContent("だいこうほうもん");
    expect(within(visits).getByRole("definition")).toHaveTextContent(ja["glossary.explain.backupVisits"]);
    for (const term of ["BCP（業務継続計画）", "機関型BCP", "連携型BCP", "地域BCP", "在宅療養支援診療所（在支診）", "福祉避難所", "要配慮個人情報"])
      expect(screen.getByText(term)).toBeInTheDocument();
  });

  it("filters as you type, by term, reading or explanation, and announces the count", async () => {
    const { user } = renderApp("/glossary");
    const search = await screen.findByTestId("glossary-search");
    expect(search).toHaveAccessibleName(ja["glossary.search"]);
    const count = screen.getByTestId("glossary-count");
    expect(count).toHaveAttribute("aria-live", "polite");

    await user.type(search, "代行");
    await waitFor(() => expect(shownIds()).toContain("term-backupVisits"));
    expect(shownIds()).not.toContain("term-welfareShelter");
    expect(count).toHaveTextContent(new RegExp(`^${shownIds().length}語（全${glossaryTermIds.length}語）$`));

    // The reading, typed in katakana, finds the term written in kanji.
    await user.clear(search);
    await user.type(search, "フクシヒナンジョ");
    await waitFor(() => expect(shownIds()).toEqual(["term-welfareShelter"]));

    // A word only the explanation has.
    await user.clear(search);
    await user.type(search, "一酸化炭素");
    await waitFor(() => expect(shownIds()).toEqual(["term-backupPower"]));

    await user.clear(search);
    await user.type(search, "ぜったいにない言葉");
    await waitFor(() => expect(shownIds()).toEqual([]));
    expect(count).toHaveTextContent("「ぜったいにない言葉」に当てはまる用語はありません。");

    await user.clear(search);
    await waitFor(() => expect(shownIds()).toHaveLength(glossaryTermIds.length));
  });

  it("switches to English with the Japanese term beside each name, and searches the English text", async () => {
    const settings = settingsBackend();
    const { user, queryClient } = renderApp("/glossary", settings);
    await screen.findByText("代行訪問");

    await settings.setLanguage!("en");
    await queryClient.invalidateQueries({ queryKey: ["settings"] });
    expect(await screen.findByRole("heading", { level: 1 })).toHaveTextContent("Glossary");
    await waitFor(() => expect(screen.getByTestId("glossary-count")).toHaveTextContent(`${glossaryTermIds.length} of ${glossaryTermIds.length} terms`));
    const visits = document.getElementById("term-backupVisits")!;
    const term = within(visits).getByRole("term");
    expect(term).toHaveTextContent("Backup visits");
    expect(within(term).getByText("代行訪問")).toHaveAttribute("lang", "ja");
    expect(term).toHaveTextContent("daikō hōmon");
    expect(within(visits).getByRole("definition")).toHaveTextContent(en["glossary.explain.backupVisits"]);

    const search = screen.getByRole("searchbox", { name: en["glossary.search"] });
    await user.type(search, "carbon monoxide");
    await waitFor(() => expect(shownIds()).toEqual(["term-backupPower"]));
    // The Japanese term still finds its entry, and rōmaji without long-vowel marks matches.
    await user.clear(search);
    await user.type(search, "daiko homon");
    await waitFor(() => expect(shownIds()).toEqual(["term-backupVisits"]));
    await user.clear(search);
    await user.type(search, "福祉避難所");
    await waitFor(() => expect(shownIds()).toEqual(["term-welfareShelter"]));
  });
});

describe("glossary search", () => {
  const entry = (id: GlossaryEntry["id"], term: string, reading: string, explanation: string): GlossaryEntry => ({
    id,
    term,
    reading,
    explanation,
  });
  const entries = [entry("batteries", "内部バッテリー", "ないぶばってりー", "機器の中の電池"), entry("tabletop", "机上訓練", "きじょうくんれん", "話し合う訓練")];

  it("folds katakana, full-width letters, case and long-vowel marks", () => {
    expect(foldForSearch("バッテリー ＢＣＰ Kōkan")).toBe("ばってりー bcp kokan");
    expect(matchingEntries(entries, "バッテリ").map((e) => e.id)).toEqual(["batteries"]);
    expect(matchingEntries(entries, "  ").map((e) => e.id)).toEqual(["batteries", "tabletop"]);
    expect(matchingEntries(entries, "訓練 話し").map((e) => e.id)).toEqual(["tabletop"]);
    expect(matchingEntries(entries, "訓練 電池")).toEqual([]);
  });
});
