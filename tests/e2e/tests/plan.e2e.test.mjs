// The 機関型BCP wizard end to end: a new plan for a home-care support clinic, every required item
// filled through the UI (adopting the guide's 例示), 100 % required completeness, then the printed
// plan, summary and action cards checked with pdftotext. Screenshots of each step land in
// target/e2e-artifacts/plan-<step>.png.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { application, artifacts, byTestId, launch, quit, screenshot, startDriver } from "./driver.mjs";
import { wizard } from "./wizard.mjs";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "homecare-bcp-e2e-plan-"));
const saveDir = fs.mkdtempSync(path.join(os.tmpdir(), "homecare-bcp-e2e-plan-save-"));
const env = { ...process.env, HOMECARE_BCP_DATA_DIR: dataDir, HOMECARE_BCP_E2E_SAVE_DIR: saveDir };
let driver;
let browser;

/** The same binary, headless: used to register the organisation and to read the plan back. */
const cli = (...args) => execFileSync(application, args, { env }).toString();

before(async () => {
  cli("org", "set", "--kind", "zaitaku-clinic", "--name", "あさひかわ在宅クリニック", "--municipality", "旭川市");
  driver = await startDriver({ HOMECARE_BCP_DATA_DIR: dataDir, HOMECARE_BCP_E2E_SAVE_DIR: saveDir });
  browser = await launch();
});

after(async () => {
  if (browser) await quit(browser);
  await driver?.stop();
});

/** The wizard's progress bar stays at the top while the page scrolls: bring targets to the middle first. */
async function clickCentered(testId) {
  const element = await byTestId(browser, testId);
  await element.waitForDisplayed({ timeout: 10000 });
  await element.scrollIntoView({ block: "center", inline: "nearest" });
  try {
    await element.click();
  } catch (error) {
    await screenshot(browser, `failed-click-${testId}`); // what covered it, for the person reading the log
    throw error;
  }
}

async function waitSaved() {
  const status = await byTestId(browser, "save-status");
  await browser.waitUntil(async () => (await status.getAttribute("data-state")) === "saved", {
    timeout: 15000,
    timeoutMsg: "the answers were never acknowledged as saved",
  });
}

test("a plan is started with its scope", async () => {
  await (await byTestId(browser, "nav-plan")).waitForDisplayed({ timeout: 20000 });
  await (await byTestId(browser, "nav-plan")).click();
  await (await byTestId(browser, "plan-scope-combined")).click();
  await (await byTestId(browser, "plan-start")).click();
  await (await byTestId(browser, "step-nav-scope")).waitForDisplayed({ timeout: 10000 });
  await screenshot(browser, "plan-00-start");
});

test("every required item filled through the wizard reaches 100 % required completeness", async () => {
  // The way a user works through it: 「次の未記入へ」 opens the next missing item, 「例示を使う」 fills it,
  // and an item that must be the clinic's own (people, numbers) is typed.
  const plan = JSON.parse(cli("plan", "show", "--json"));
  const total = plan.progress.required.total;
  assert.equal(plan.progress.required.filled, 0, "a new plan has every required item open");
  let shots = 0;
  const { typed } = await wizard(browser, cli).fillRequired({
    onStep: async (stepId) => {
      shots += 1;
      await screenshot(browser, `plan-${String(shots).padStart(2, "0")}-${stepId}`);
    },
  });
  assert.ok(typed.length > 0 && typed.length < total / 2, `own items typed: ${typed.join(", ")}`);
  const progress = await byTestId(browser, "plan-progress-required");
  await browser.waitUntil(async () => (await progress.getText()).includes(`${total}/${total}`), {
    timeout: 15000,
    timeoutMsg: `the wizard never showed ${total}/${total}`,
  });
  await screenshot(browser, "plan-complete");
});

test("the printed plan, summary and action cards contain what was entered", async () => {
  const plan = JSON.parse(cli("plan", "show", "--json"));
  const principle = plan.answers["basic-policy"].principles[0];
  await (await byTestId(browser, "nav-home")).click();
  const documents = [
    ["print-plan", "plan.pdf"],
    ["print-summary", "summary.pdf"],
    ["print-action-cards", "action-cards.pdf"],
  ];
  for (const [button, name] of documents) {
    const before = new Set(fs.readdirSync(saveDir));
    await (await byTestId(browser, button)).click();
    await browser.waitUntil(() => fs.readdirSync(saveDir).some((f) => !before.has(f) && f.endsWith(".pdf")), {
      timeout: 30000,
      timeoutMsg: `${button} wrote no file`,
    });
    const file = fs.readdirSync(saveDir).find((f) => !before.has(f) && f.endsWith(".pdf"));
    fs.copyFileSync(path.join(saveDir, file), path.join(artifacts, name));
  }
  const text = execFileSync("pdftotext", [path.join(artifacts, "plan.pdf"), "-"]).toString();
  for (const heading of ["目次", "改訂履歴", "第1章", "総論", "平常時の対応", "緊急時の対応", "感染症編", "様式"]) {
    assert.ok(text.includes(heading), `the plan has ${heading}`);
  }
  assert.ok(text.includes(principle), "the plan carries the adopted basic policy");
  assert.ok(!text.includes("（未記入・必須）"), "no required item prints as a gap");
  const summary = execFileSync("pdftotext", [path.join(artifacts, "summary.pdf"), "-"]).toString();
  assert.ok(summary.includes("事業継続計画サマリ") && summary.includes(principle.slice(0, 10)));
  assert.match(execFileSync("pdfinfo", [path.join(artifacts, "summary.pdf")]).toString(), /Pages:\s+1\n/);
  const cards = execFileSync("pdftotext", [path.join(artifacts, "action-cards.pdf"), "-"]).toString();
  assert.ok(cards.includes("アクションカード"));
  execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "4", path.join(artifacts, "plan.pdf"), path.join(artifacts, "plan-page")]);
  execFileSync("pdftoppm", ["-png", "-r", "60", path.join(artifacts, "summary.pdf"), path.join(artifacts, "summary-page")]);
  await screenshot(browser, "plan-printed");
});

test("fixing the plan as 第1版 shows in the history and satisfies the plan obligations", async () => {
  await clickCentered("nav-plan");
  await clickCentered("plan-revisions-link");
  const reason = await byTestId(browser, "revise-reason");
  await reason.waitForDisplayed({ timeout: 10000 });
  await reason.setValue("新規作成");
  const approver = await byTestId(browser, "revise-approver");
  await approver.clearValue();
  await approver.setValue("管理者 山田 花子");
  await clickCentered("revise-submit");
  const row = await byTestId(browser, "revision-row-1");
  await row.waitForDisplayed({ timeout: 10000 });
  assert.match(await row.getText(), /新規作成/);
  assert.match(await (await byTestId(browser, "revisions-version")).getText(), /第1版/);
  await screenshot(browser, "plan-revisions");
  const history = cli("plan", "history");
  assert.match(history, /第1版\t\d{4}-\d{2}-\d{2}\t新規作成\t承認: 管理者 山田 花子/);

  // 在支診: the 2026 facility standard (a plan, fixed) and its regular review are now met.
  await clickCentered("nav-home");
  for (const id of ["facility-standard", "review"]) {
    const obligation = await byTestId(browser, `obligation-${id}`);
    await obligation.waitForDisplayed({ timeout: 10000 });
    await browser.waitUntil(async () => (await obligation.getAttribute("data-met")) === "true", {
      timeout: 10000,
      timeoutMsg: `the ${id} obligation never showed as met`,
    });
  }
  await screenshot(browser, "home-obligations");
});
