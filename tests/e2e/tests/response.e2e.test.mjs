// 停電・災害対応 end to end: a ventilator patient on internal battery only (registered from the CLI with
// the fixture record), an outage declared from Home, the response list with its countdown and reasons,
// a safety check in two steps, and the register reacting to it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { application, byTestId, launch, quit, screenshot, startDriver } from "./driver.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "homecare-bcp-e2e-response-"));
const env = { ...process.env, HOMECARE_BCP_DATA_DIR: dataDir };
const cli = (...args) => execFileSync(application, args, { env }).toString();
let driver;
let browser;

before(async () => {
  cli("org", "set", "--kind", "nursing-station", "--name", "訪問看護ステーションなよろ", "--municipality", "名寄市");
  cli("patients", "add", path.resolve(here, "../../fixtures/patient-internal-battery-only.json"));
  driver = await startDriver({ HOMECARE_BCP_DATA_DIR: dataDir });
  browser = await launch();
});

after(async () => {
  if (browser) await quit(browser);
  await driver?.stop();
});

async function click(testId) {
  const element = await byTestId(browser, testId);
  await element.waitForDisplayed({ timeout: 10000 });
  await element.scrollIntoView({ block: "center", inline: "nearest" });
  await element.click();
}

test("the register lists the patient with the reasons for the tier", async () => {
  await click("nav-patients");
  const row = await byTestId(browser, "patient-row-P0001");
  await row.waitForDisplayed({ timeout: 10000 });
  assert.equal(await row.getAttribute("data-tier"), "P3", "no outage yet");
  await click("why-P0001");
  await (await byTestId(browser, "why-list-P0001")).waitForDisplayed({ timeout: 10000 });
  await screenshot(browser, "patients-register");
});

test("declaring an outage from Home ranks the patient first with a countdown", async () => {
  await click("nav-home");
  await click("home-start-outage");
  await click("outage-confirm");
  const row = await byTestId(browser, "response-row-P0001");
  await row.waitForDisplayed({ timeout: 15000 });
  await browser.waitUntil(async () => (await row.getAttribute("data-tier")) === "P1", {
    timeout: 10000,
    timeoutMsg: "4.8 h of battery at the outage's start is tier P1 (under 12 h)",
  });
  const power = await byTestId(browser, "response-power-P0001");
  assert.match(await power.getText(), /4時間4\d分|4時間5\d分/, "about 4.8 h left");
  await screenshot(browser, "response-01-declared");
});

test("a safety check is recorded in two steps and shows in the timeline", async () => {
  await click("check-ok-P0001");
  await click("check-save-P0001");
  const timeline = await byTestId(browser, "response-timeline");
  await browser.waitUntil(async () => (await timeline.getText()).includes("南 花子"), {
    timeout: 10000,
    timeoutMsg: "the check never reached the timeline",
  });
  const checks = JSON.parse(cli("patients", "list", "--json"));
  assert.equal(checks[0].unreachedMinutes, null, "the store knows the patient was reached");
  await screenshot(browser, "response-02-checked");
});
