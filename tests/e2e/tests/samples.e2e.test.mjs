// 「サンプルを開く」 on the first-run screen: a fictional station with a complete plan, ready to print.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { byTestId, launch, quit, screenshot, startDriver } from "./driver.mjs";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "homecare-bcp-e2e-sample-"));
let driver;
let browser;

before(async () => {
  driver = await startDriver({ HOMECARE_BCP_DATA_DIR: dataDir });
  browser = await launch();
});

after(async () => {
  if (browser) await quit(browser);
  await driver?.stop();
});

test("opening the station sample gives a complete plan, fixed as 第1版", async () => {
  const role = await byTestId(browser, "onboarding-role-manager");
  await role.waitForDisplayed({ timeout: 20000 });
  await role.click();
  await (await byTestId(browser, "onboarding-start-sample")).click();
  const open = await byTestId(browser, "open-sample-station");
  await open.waitForDisplayed({ timeout: 20000 });
  await screenshot(browser, "sample-00-welcome");
  await open.click();
  const skip = await byTestId(browser, "tour-skip");
  await skip.waitForDisplayed({ timeout: 20000 });
  await skip.click();
  const name = await byTestId(browser, "home-org-name");
  await name.waitForDisplayed({ timeout: 20000 }).catch(async (error) => {
    await screenshot(browser, "sample-failed");
    throw error;
  });
  assert.match(await name.getText(), /サンプル/);
  const progress = await byTestId(browser, "home-plan-progress");
  await browser.waitUntil(async () => /(\d+)\/\1/.test(await progress.getText()), {
    timeout: 10000,
    timeoutMsg: "the sample's required items are not all filled",
  });
  await screenshot(browser, "sample-01-home");
});

test("a coordinator opens the coordination-base sample and finds its members' plans", async () => {
  await quit(browser);
  await driver.stop();
  const baseDir = fs.mkdtempSync(path.join(os.tmpdir(), "homecare-bcp-e2e-sample-base-"));
  driver = await startDriver({ HOMECARE_BCP_DATA_DIR: baseDir });
  browser = await launch();
  const role = await byTestId(browser, "onboarding-role-coordinator");
  await role.waitForDisplayed({ timeout: 20000 });
  await role.click();
  await (await byTestId(browser, "onboarding-start-sample")).click();
  const open = await byTestId(browser, "open-sample-base");
  await open.waitForDisplayed({ timeout: 20000 });
  assert.equal(await (await byTestId(browser, "open-sample-station")).isExisting(), false, "a manager's samples are not offered");
  await screenshot(browser, "sample-02-coordinator");
  await open.click();
  const skip = await byTestId(browser, "tour-skip");
  await skip.waitForDisplayed({ timeout: 20000 });
  await skip.click();
  await (await byTestId(browser, "nav-region")).click();
  const members = await byTestId(browser, "region-members");
  await members.waitForDisplayed({ timeout: 20000 });
  const rows = await browser.$$('[data-testid^="region-member-"]');
  assert.equal(rows.length, 6, "four demo-region members, the station sample and its partner");
  await screenshot(browser, "sample-03-coordinator-region");
});
