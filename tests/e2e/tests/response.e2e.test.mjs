// 停電・災害対応 end to end: a ventilator patient on internal battery only, entered through the editor
// as a nurse would (the same values as tests/fixtures/patient-internal-battery-only.json), an outage
// declared from Home, the response list with its countdown and reasons, a safety check in two steps,
// and the paper printed from the register.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { application, artifacts, byTestId, launch, quit, screenshot, startDriver } from "./driver.mjs";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "homecare-bcp-e2e-response-"));
const saveDir = fs.mkdtempSync(path.join(os.tmpdir(), "homecare-bcp-e2e-response-save-"));
const env = { ...process.env, HOMECARE_BCP_DATA_DIR: dataDir };
const cli = (...args) => execFileSync(application, args, { env }).toString();
let driver;
let browser;

before(async () => {
  cli("org", "set", "--kind", "nursing-station", "--name", "訪問看護ステーションなよろ", "--municipality", "名寄市");
  driver = await startDriver({ HOMECARE_BCP_DATA_DIR: dataDir, HOMECARE_BCP_E2E_SAVE_DIR: saveDir });
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

async function type(testId, value) {
  const element = await byTestId(browser, testId);
  await element.waitForDisplayed({ timeout: 10000 });
  await element.scrollIntoView({ block: "center", inline: "nearest" });
  await element.clearValue();
  await element.setValue(value);
}

async function choose(testId, value) {
  const element = await byTestId(browser, testId);
  await element.scrollIntoView({ block: "center", inline: "nearest" });
  await element.selectByAttribute("value", value);
}

test("a ventilator patient is added through the editor", async () => {
  await click("nav-patients");
  await click("patient-add");
  await type("patient-name", "南 花子（架空）");
  await type("patient-kana", "みなみ はなこ");
  await choose("patient-living", "alone");
  await choose("patient-municipality", "名寄市");
  await click("contact-add");
  await type("contact-role-0", "機器業者（24時間）");
  await type("contact-name-0", "北海メディカル");
  await type("contact-phone-0", "0120-000-000");
  await click("device-add");
  await choose("device-class-0", "InvasiveVentilator");
  await type("device-hours-0", "24");
  await type("device-draw-0", "24");
  await click("source-add");
  await choose("source-kind-0", "internal");
  await type("source-rated-hours-0", "8");
  await type("source-rated-draw-0", "24");
  // The only ventilator is ticked as the battery's load already.
  assert.equal(await (await byTestId(browser, "source-feeds-0-d1")).isSelected(), true);
  await type("source-health-0", "1");
  await type("source-charge-0", "60");
  await screenshot(browser, "patient-editor-ventilator");
  await click("patient-save");
  await new Promise((r) => setTimeout(r, 1000));
  await screenshot(browser, "patient-editor-saved");
  const row = await byTestId(browser, "patient-row-P0001");
  await row.waitForDisplayed({ timeout: 15000 });
  const stored = JSON.parse(cli("patients", "list", "--json"));
  assert.equal(stored.length, 1);
  assert.equal(stored[0].name, "南 花子（架空）");
  assert.ok(Math.abs(stored[0].powerHoursLeft - 4.8) < 0.01, "8 h × 60 % × health 1.0 at the measured 24 W");
});

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

test("the roster and the support plan print with the patient's name and hours", async () => {
  await click("nav-patients");
  for (const [button, name, expected] of [
    ["print-roster", "roster.pdf", ["優先順位名簿", "南 花子（架空）", "電源の残り時間の内訳"]],
    ["print-support-plan-P0001", "support-plan.pdf", ["災害時個別支援計画", "北海メディカル", "満充電の備えで約4.8時間"]],
  ]) {
    const before = new Set(fs.readdirSync(saveDir));
    await click(button);
    await browser.waitUntil(() => fs.readdirSync(saveDir).some((f) => !before.has(f)), {
      timeout: 30000,
      timeoutMsg: `${button} wrote no file`,
    });
    const file = fs.readdirSync(saveDir).find((f) => !before.has(f));
    fs.copyFileSync(path.join(saveDir, file), path.join(artifacts, name));
    const text = execFileSync("pdftotext", [path.join(artifacts, name), "-"]).toString();
    for (const e of expected) assert.ok(text.includes(e), `${name} has ${e}`);
  }
  const audit = cli("audit");
  assert.match(audit, /print\.roster/);
  assert.match(audit, /print\.support-plan/);
  await screenshot(browser, "response-03-printed");
});
