// The UI's string catalogues (ui/src/i18n/ja.ts, en.ts) read as data, for checking what the real
// window shows. The files are plain `"key": "value",` objects (prettier keeps each value on one
// line, sometimes on the line after its key), so a pattern reads them without a TypeScript loader.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

function read(language) {
  const source = fs.readFileSync(path.resolve(here, `../../../ui/src/i18n/${language}.ts`), "utf8");
  const entries = new Map();
  for (const m of source.matchAll(/^\s*"([\w.-]+)":\s*\n?\s*"((?:[^"\\]|\\.)*)",?\s*$/gm)) {
    entries.set(m[1], JSON.parse(`"${m[2]}"`));
  }
  return entries;
}

export const ja = read("ja");
export const en = read("en");

/**
 * The sentences only one language has: a text node of the window equal to one of these (after
 * placeholders) shows the other language leaking through.
 */
export function onlyIn(language) {
  const [mine, other] = language === "ja" ? [ja, en] : [en, ja];
  const otherValues = new Set(other.values());
  return new Set([...mine.values()].filter((v) => !v.includes("{") && v.trim().length >= 2 && !otherValues.has(v)));
}

/** Every text node's own text in the window, trimmed, non-empty. */
export async function visibleTexts(browser) {
  return browser.execute(() => {
    const texts = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.data.trim();
      const parent = node.parentElement;
      if (!text || !parent || parent.closest("script,style,[hidden],[aria-hidden=true]")) continue;
      // Text marked as the other language on purpose (a language's own name, a Japanese term
      // beside its English gloss) is not a leak.
      if (parent.closest("[lang]")?.getAttribute("lang") !== document.documentElement.lang) continue;
      const style = getComputedStyle(parent);
      if (style.display === "none" || style.visibility === "hidden") continue;
      texts.push(text);
    }
    // Labels that are attributes: what a screen reader says.
    for (const el of document.querySelectorAll("[aria-label],[title],[placeholder]"))
      for (const name of ["aria-label", "title", "placeholder"]) {
        const value = el.getAttribute(name)?.trim();
        if (value) texts.push(value);
      }
    return texts;
  });
}
