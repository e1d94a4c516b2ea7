// Local protection (#9 §3, §6, §7) on the real app: the start-up passphrase keeps the window shut
// until it is entered; a backup is previewed and restored from the Backups screen; the audit log shows
// the restore and the failed unlock, and exports as CSV.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { actions, application, artifacts, byTestId, launch, quit, screenshot, startDriver } from "./driver.mjs";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "homecare-bcp-e2e-protection-"));
const saveDir = fs.mkdtempSync(path.join(os.tmpdir(), "homecare-bcp-e2e-protection-save-"));
const env = { ...process.env, HOMECARE_BCP_DATA_DIR: dataDir };
const cli = (...args) => execFileSync(application, args, { env }).toString();
const PASSPHRASE = "なよろの朝2026";

let driver;
let browser;
let act;

before(async () => {
  cli("org", "set", "--kind", "nursing-station", "--name", "訪問看護ステーションなよろ", "--municipality", "名寄市");
  cli("backup", "take");
  cli("org", "set", "--kind", "nursing-station", "--name", "改名後ステーション", "--municipality", "名寄市");
  const file = path.join(saveDir, "..", `lock-${process.pid}.txt`);
  fs.writeFileSync(file, `${PASSPHRASE}\n`);
  cli("lock", "set", "--passphrase-file", file);
  driver = await startDriver({ HOMECARE_BCP_DATA_DIR: dataDir, HOMECARE_BCP_E2E_SAVE_DIR: saveDir });
  browser = await launch();
  act = actions(browser, saveDir);
});

after(async () => {
  if (browser) await quit(browser);
  await driver?.stop();
});

test("the window stays locked until the passphrase is entered", async () => {
  await act.element("lock-passphrase");
  const header = await byTestId(browser, "header-org-name");
  assert.equal(await header.isExisting(), false, "nothing of the data is shown while locked");
  await act.type("lock-passphrase", "まちがい");
  await act.click("lock-open");
  await act.element("lock-error");
  await screenshot(browser, "protection-01-locked");
  await act.type("lock-passphrase", PASSPHRASE);
  await act.click("lock-open");
  await browser.waitUntil(async () => (await act.textContent("header-org-name")) === "改名後ステーション", {
    timeout: 10000,
  });
});

test("a backup is previewed and restored, and the restore can be seen in the audit log", async () => {
  await act.click("nav-backups");
  const rows = await browser.$$('[data-testid="backup-row"]');
  assert.ok(rows.length >= 2, "the manual backup and the start backup");
  const manual = await browser.$('[data-testid="backup-row"][data-file*="-manual"] button');
  await manual.scrollIntoView({ block: "center" });
  await manual.click();
  const organization = await act.element("backup-organization");
  await browser.waitUntil(async () => (await organization.getText()).includes("訪問看護ステーションなよろ"), { timeout: 10000 });
  await screenshot(browser, "protection-02-backup-preview");
  await act.click("backup-restore");
  await act.click("backup-restore-confirm");
  await act.element("backup-restored");
  await browser.waitUntil(async () => (await act.textContent("header-org-name")) === "訪問看護ステーションなよろ", {
    timeout: 10000,
    timeoutMsg: "the header still shows the renamed organisation",
  });
  const list = JSON.parse(cli("backup", "list", "--json"));
  assert.ok(list.some((b) => b.reason === "before-restore"), "the data before the restore was kept");
  await screenshot(browser, "protection-03-restored");

  await act.click("nav-audit");
  const filter = await act.element("audit-action-filter");
  await filter.selectByAttribute("value", "backup.");
  await browser.waitUntil(async () => (await browser.$$('[data-testid="audit-row"]')).length >= 1, { timeout: 10000 });
  const actionsShown = [];
  for (const row of await browser.$$('[data-testid="audit-row"]')) actionsShown.push(await row.getAttribute("data-action"));
  assert.deepEqual([...new Set(actionsShown)], ["backup.restore"]);
  await screenshot(browser, "protection-04-audit");
  const csv = await act.saved("audit-export", "audit-log.csv");
  const text = fs.readFileSync(csv, "utf8");
  assert.ok(text.startsWith("\uFEFF"), "Excel-readable UTF-8");
  assert.match(text, /backup\.restore/);
  // The failed unlock from the first test is in the whole log.
  assert.match(cli("audit", "--action", "lock."), /lock\.unlock-failed/);
  assert.ok(fs.existsSync(path.join(artifacts, "audit-log.csv")));
});
