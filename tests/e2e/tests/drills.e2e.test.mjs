// 訓練 from plan to evidence on a station's own data: plan a winter-blackout drill, see the tabletop
// on the register (who runs out of power, when, who covers), print the drill pack, record the result
// with a finding, see it become an action item and a reminder on Home, record a staff briefing,
// close the action item with the plan version, and print the inspection evidence.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { actions, application, artifacts, launch, quit, screenshot, startDriver } from "./driver.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.resolve(here, "../../fixtures");
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "homecare-bcp-e2e-drills-"));
const saveDir = fs.mkdtempSync(path.join(os.tmpdir(), "homecare-bcp-e2e-drills-save-"));
const env = { ...process.env, HOMECARE_BCP_DATA_DIR: dataDir };
const cli = (...args) => execFileSync(application, args, { env }).toString();
const ACTION = "連絡網を電話とLINEの2系統にする";
let driver;
let browser;
let element, click, type, setInput, textOf, saved;

before(async () => {
  // The fictional station sample: a fixed plan (第1版) with a staff roster and a partner; plus one
  // ventilator patient on 4.8 h of internal battery.
  cli("samples", "load", "station");
  cli("patients", "add", path.join(fixtures, "patient-internal-battery-only.json"));
  driver = await startDriver({ HOMECARE_BCP_DATA_DIR: dataDir, HOMECARE_BCP_E2E_SAVE_DIR: saveDir });
  browser = await launch();
  ({ element, click, type, setInput, textOf, saved } = actions(browser, saveDir));
});

after(async () => {
  if (browser) await quit(browser);
  await driver?.stop();
});

test("a drill is planned and the tabletop runs on the station's own register", async () => {
  await click("nav-drills");
  await click("drill-new");
  await type("drill-title", "冬の全域停電の机上訓練");
  await (await element("drill-scenario")).selectByAttribute("value", "winter-blackout");
  await setInput("drill-starts-at", "2027-01-20T03:00");
  await setInput("drill-participants", "北野 春子：対策本部長\n南 夏美：安否確認係");
  await screenshot(browser, "drills-01-plan-form");
  await click("drill-save");
  const summary = await element("tabletop-summary");
  await browser.waitUntil(async () => /45/.test(await textOf("tabletop-summary")), { timeout: 15000 });
  const row = await textOf("tabletop-row-P0001");
  assert.match(row, /4\.8/, "4.8 hours of internal battery");
  assert.match(row, /07:48/, "runs out 4.8 h after 03:00");
  assert.ok(summary);
  assert.match(await textOf("drill-fact-participants"), /南 夏美（安否確認係）/, "one participant a line");
  await screenshot(browser, "drills-02-tabletop");
});

test("the drill pack prints for a dark office", async () => {
  const pdf = await saved("drill-print-pack", "drill-pack.pdf");
  const text = execFileSync("pdftotext", [pdf, "-"]).toString();
  for (const expected of ["訓練シナリオ", "タイムライン", "机上訓練", "優先順位名簿", "安否確認シート", "職員の安否確認・参集シート", "連携先の連絡先カード", "南 花子"]) {
    assert.ok(text.includes(expected), `the pack has ${expected}`);
  }
  execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "3", pdf, path.join(artifacts, "drill-pack-page")]);
  assert.match(cli("audit"), /print\.drill-pack/, "printing names is audited");
});

test("the result with a finding becomes an action item and a reminder", async () => {
  await setInput("result-held-on", "2026-12-01");
  await type("result-minutes-0", "75");
  await click("result-add-finding");
  await type("finding-text-0", "人工呼吸器の患者への連絡に75分かかった");
  await type("finding-action-0", ACTION);
  await type("finding-owner-0", "北野");
  await setInput("finding-due-0", "2027-01-31");
  await click("result-save");
  await element("result-saved");
  await screenshot(browser, "drills-03-recorded");

  await click("nav-drills");
  assert.match(await textOf("action-item-D001-F1"), new RegExp(ACTION));
  await click("nav-home");
  await element("reminders-card");
  await browser.waitUntil(async () => (await textOf("reminders-card")).includes(ACTION), { timeout: 10000 });
  await screenshot(browser, "drills-04-home-reminder");
});

test("a briefing is recorded and the action item is closed by the plan version", async () => {
  await click("nav-drills");
  await click("briefing-new");
  await setInput("briefing-held-on", "2026-12-02");
  await type("briefing-topic", "第1版の説明（職員会議）");
  await (await element("briefing-revision")).selectByAttribute("value", "1");
  await setInput("briefing-attendees", "北野 春子\n南 夏美\n東 秋人");
  await click("briefing-save");
  assert.match(await textOf("briefing-row-B001"), /3/, "three attendees, one a line");
  await click("close-item-D001-F1");
  await browser.waitUntil(async () => /第1版/.test(await textOf("action-item-D001-F1")), { timeout: 10000 });
  await screenshot(browser, "drills-05-closed");
  await click("nav-home");
  await element("reminders-card");
  await browser.waitUntil(async () => !(await textOf("reminders-card")).includes(ACTION), { timeout: 10000 });

  await click("nav-drills");
  const pdf = await saved("print-evidence", "evidence.pdf");
  // Table cells wrap, so compare without line breaks and spaces.
  const text = execFileSync("pdftotext", [pdf, "-"]).toString();
  const flat = text.replace(/\s+/g, "");
  for (const expected of ["BCPの点検記録", "第1版の説明（職員会議）", "署名", "冬の全域停電の机上訓練", "未達", ACTION, "第1版で対応"]) {
    assert.ok(flat.includes(expected.replace(/\s+/g, "")), `the evidence has ${expected}:\n${text}`);
  }
  execFileSync("pdftoppm", ["-png", "-r", "60", pdf, path.join(artifacts, "evidence-page")]);
});
