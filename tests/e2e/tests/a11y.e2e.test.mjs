// Accessibility audit of the real window: axe-core injected into the webview on every main screen,
// in both colour schemes; no serious or critical violation allowed. The same walk checks that the
// English UI shows no Japanese catalogue sentence (and the reverse), and leaves screenshots of
// response mode at 150 % text in high contrast. Results per screen: target/e2e-artifacts/a11y-summary.md.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { actions, application, artifacts, audit, launch, quit, screenshot, startDriver } from "./driver.mjs";
import { onlyIn, visibleTexts } from "./catalogue.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "../../..");
const temp = (name) => fs.mkdtempSync(path.join(os.tmpdir(), `homecare-bcp-e2e-a11y-${name}-`));
const results = [];

/** Audits the screen now shown and records the result; failures are asserted once, at the end. */
async function check(browser, name) {
  const { violations, blocking } = await audit(browser, name);
  results.push({ name, violations, blocking });
  await screenshot(browser, `a11y-${name}`);
}

/** Opens a route the way the sidebar does (the app uses hash history). */
async function go(browser, route, readyTestId) {
  await browser.execute((hash) => {
    window.location.hash = hash;
  }, `#${route}`);
  if (readyTestId) {
    const e = await browser.$(`[data-testid="${readyTestId}"]`);
    await e.waitForDisplayed({ timeout: 15000 });
  }
  await new Promise((r) => setTimeout(r, 300));
}

async function withApp(dataDir, extraEnv, body) {
  const driver = await startDriver({ HOMECARE_BCP_DATA_DIR: dataDir, ...extraEnv });
  const browser = await launch();
  try {
    await body(browser);
  } finally {
    await quit(browser);
    await driver.stop();
  }
}

const cliIn = (dataDir) => (...args) =>
  execFileSync(application, args, { env: { ...process.env, HOMECARE_BCP_DATA_DIR: dataDir } }).toString();

test("first run: the welcome screen, its role and start choices", async () => {
  await withApp(temp("welcome"), {}, async (browser) => {
    const { click, element } = actions(browser, os.tmpdir());
    await element("onboarding-role-manager");
    await check(browser, "welcome");
    await click("onboarding-role-manager");
    await click("onboarding-start-own");
    await element("onboarding-name");
    await check(browser, "welcome-register");
    await click("onboarding-start-sample");
    await element("open-sample-station");
    await check(browser, "welcome-samples");
  });
});

test("a station's screens, in standard and high contrast", async () => {
  const dataDir = temp("station");
  const cli = cliIn(dataDir);
  cli("samples", "load", "station");
  cli("patients", "add", path.join(repo, "tests/fixtures/patient-internal-battery-only.json"));
  await withApp(dataDir, {}, async (browser) => {
    const { click, element } = actions(browser, os.tmpdir());
    const guide = JSON.parse(cli("plan", "show", "--json"));
    assert.ok(guide, "the sample has a plan");
    const screens = [
      ["/", "home-org-name", "home"],
      ["/organization", "org-name", "organization"],
      ["/patients", "patient-row-P0001", "patients"],
      ["/patients/P0001", "patient-name", "patient-detail"],
      ["/links", null, "links"],
      ["/drills", null, "drills"],
      ["/regions", null, "regions"],
      ["/glossary", null, "glossary"],
      ["/backups", null, "backups"],
      ["/audit", null, "audit"],
      ["/settings", "language-ja", "settings"],
      ["/about", null, "about"],
    ];
    // The first step of every chapter of the wizard (8 chapters in MHLW order).
    const chapterSteps = ["scope", "priority-operations", "activation", "facilities-lifelines", "partners", "visiting-specifics", "infection", "staff-roster"];
    for (const [route, ready, name] of screens) {
      await go(browser, route, ready);
      await check(browser, name);
    }
    for (const step of chapterSteps) {
      await go(browser, `/plan/${step}`, "plan-guidance");
      await check(browser, `plan-${step}`);
    }
    // The sidebar tour, opened from Settings, audited as a dialog over the app.
    await go(browser, "/settings", "settings-tour");
    await click("settings-tour");
    await element("tour-body");
    await check(browser, "tour");
    await click("tour-skip");
    // Response mode: declared from Home as a manager would (the dialog audited on the way).
    await go(browser, "/", "home-start-outage");
    await click("home-start-outage");
    await element("outage-confirm");
    await check(browser, "outage-dialog");
    await click("outage-confirm");
    await element("response-row-P0001");
    await check(browser, "response");

    // High contrast and the largest text, from Settings.
    await go(browser, "/settings", "contrast-high");
    await click("contrast-high");
    await click("text-scale-150");
    await browser.waitUntil(
      () => browser.execute(() => document.documentElement.dataset.textScale === "150"),
      { timeout: 5000, timeoutMsg: "text scale never applied" },
    );
    await check(browser, "settings-high-contrast");
    for (const [route, ready, name] of [
      ["/response", "response-row-P0001", "response-high-contrast-150"],
      ["/", "home-org-name", "home-high-contrast-150"],
      ["/patients", "patient-row-P0001", "patients-high-contrast-150"],
      ["/plan/scope", "plan-guidance", "plan-high-contrast-150"],
    ]) {
      await go(browser, route, ready);
      await check(browser, name);
    }
    // Nothing may be wider than the window at 150 %: a horizontal scrollbar hides columns.
    await go(browser, "/response", "response-row-P0001");
    const overflow = await browser.execute(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `response mode at 150 % is ${overflow}px wider than the window`);
    await screenshot(browser, "response-150-high-contrast");
    await click("check-ok-P0001");
    await screenshot(browser, "response-150-high-contrast-check");
    await go(browser, "/settings", "contrast-standard");
    await click("contrast-standard");
    await go(browser, "/response", "response-row-P0001");
    await screenshot(browser, "response-150-standard");
    await go(browser, "/settings", "text-scale-100");
    await click("text-scale-100");
  });
});

test("every visible string follows the language switch", async () => {
  const dataDir = temp("language");
  const cli = cliIn(dataDir);
  cli("samples", "load", "station");
  cli("patients", "add", path.join(repo, "tests/fixtures/patient-internal-battery-only.json"));
  const routes = [
    ["/", "home-org-name"],
    ["/plan/scope", "plan-guidance"],
    ["/patients", "patient-row-P0001"],
    ["/patients/P0001", "patient-name"],
    ["/links", null],
    ["/drills", null],
    ["/glossary", null],
    ["/settings", "language-ja"],
  ];
  const leaks = [];
  const saveDir = temp("language-save");
  await withApp(dataDir, { HOMECARE_BCP_E2E_SAVE_DIR: saveDir }, async (browser) => {
    const { click, saved } = actions(browser, saveDir);
    for (const language of ["en", "ja"]) {
      await go(browser, "/settings", `language-${language}`);
      await click(`language-${language}`);
      await browser.waitUntil(() => browser.execute((l) => document.documentElement.lang === l, language), {
        timeout: 5000,
      });
      const foreign = onlyIn(language === "en" ? "ja" : "en");
      for (const [route, ready] of routes) {
        await go(browser, route, ready);
        for (const text of await visibleTexts(browser)) if (foreign.has(text)) leaks.push(`${language} ${route}: «${text}»`);
      }
      await screenshot(browser, `language-${language}-plan`);
    }
    // The print language is chosen apart from the screen's (still Japanese here).
    await go(browser, "/settings", "print-language-en");
    await click("print-language-en");
    await go(browser, "/", "print-plan");
    const file = await saved("print-plan", "plan-en.pdf");
    const text = execFileSync("pdftotext", [file, "-"]).toString();
    for (const word of ["Contents", "Revision history", "Chapter 1. "]) assert.ok(text.includes(word), `${word} in the English plan`);
    for (const word of ["目次", "改訂履歴", "第1章"]) assert.ok(!text.includes(word), `${word} left in the English plan`);
    execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "4", file, path.join(artifacts, "plan-en-page")]);
  });
  assert.deepEqual(leaks, [], "sentences of the other language on screen");
});

test("a coordination base's regional screen", async () => {
  const dataDir = temp("region");
  const cli = cliIn(dataDir);
  cli("org", "set", "--kind", "coordination-base", "--name", "帯広市医師会 在宅医療連携拠点（デモ）", "--municipality", "帯広市");
  cli("region", "scope", "--home-care-region", "帯広市", "--home-care-region", "東十勝");
  cli("region", "import", path.join(repo, "seeds/region-tokachi"));
  await withApp(dataDir, {}, async (browser) => {
    await go(browser, "/region", null);
    await new Promise((r) => setTimeout(r, 800));
    await check(browser, "region");
  });
});

after(() => {
  const lines = [
    "| screen | serious/critical | moderate/minor | rules |",
    "|---|---|---|---|",
    ...results.map(({ name, violations, blocking }) => {
      const rest = violations.filter((v) => !blocking.includes(v));
      const rules = violations.map((v) => `${v.id} (${v.impact}, ${v.nodes})`).join("; ") || "—";
      return `| ${name} | ${blocking.length} | ${rest.length} | ${rules} |`;
    }),
  ];
  fs.writeFileSync(path.join(artifacts, "a11y-summary.md"), `${lines.join("\n")}\n`);
});

test("no screen has a serious or critical accessibility violation", () => {
  const blocking = results.flatMap(({ name, blocking }) => blocking.map((v) => `${name}: ${v.id} — ${v.help} (${v.targets.join(" | ")})`));
  assert.ok(results.length >= 30, `only ${results.length} screens were audited`);
  assert.deepEqual(blocking, []);
});
