// The walking skeleton, end to end on the real app: register the organisation on first run,
// quit and relaunch, kill the app right after an acknowledged edit, print the cover, browse regions,
// switch language. Screenshots and the printed PDF land in target/e2e-artifacts/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { artifacts, byTestId, killHard, launch, quit, screenshot, startDriver } from "./driver.mjs";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "homecare-bcp-e2e-data-"));
const saveDir = fs.mkdtempSync(path.join(os.tmpdir(), "homecare-bcp-e2e-save-"));
const NAME = "訪問看護ステーションなよろ";
let driver;
let browser;

before(async () => {
  driver = await startDriver({ HOMECARE_BCP_DATA_DIR: dataDir, HOMECARE_BCP_E2E_SAVE_DIR: saveDir });
});

after(async () => {
  if (browser) await quit(browser);
  await driver?.stop();
});

async function waitSaved() {
  const status = await byTestId(browser, "save-status");
  await browser.waitUntil(async () => (await status.getAttribute("data-state")) === "saved", {
    timeout: 10000,
    timeoutMsg: "the edit was never acknowledged as saved",
  });
}

/** Types into an autosaved field and waits until the UI says it is saved. */
async function typeAndSave(testId, text) {
  const input = await byTestId(browser, testId);
  await input.clearValue();
  await input.setValue(text);
  // Let the debounce fire so the saved state we wait for is this edit's, not the previous one.
  await browser.pause(900);
  await waitSaved();
}

test("first run asks for the organisation and registers it", async () => {
  browser = await launch();
  const role = await byTestId(browser, "onboarding-role-manager");
  await role.waitForDisplayed({ timeout: 20000 });
  assert.equal(await browser.getTitle(), "在宅医療BCP");
  await screenshot(browser, "01-onboarding");
  await role.click();
  await (await byTestId(browser, "onboarding-start-own")).click();
  const name = await byTestId(browser, "onboarding-name");
  await name.waitForDisplayed({ timeout: 10000 });
  await (await byTestId(browser, "onboarding-kind-NursingStation")).click();
  await name.setValue(NAME);
  await screenshot(browser, "01-onboarding-filled");
  await (await byTestId(browser, "onboarding-submit")).click();
  // The sidebar tour opens after registering; this flow skips it (keyboard.e2e walks through it).
  const skip = await byTestId(browser, "tour-skip");
  await skip.waitForDisplayed({ timeout: 10000 });
  await screenshot(browser, "01-tour");
  await skip.click();
  await (await byTestId(browser, "org-name")).waitForDisplayed({ timeout: 10000 });
  assert.equal(await (await byTestId(browser, "org-name")).getValue(), NAME);
});

test("organisation details save as typed, and the municipality places it in its regions", async () => {
  await typeAndSave("org-corporation-name", "医療法人社団 北の杜");
  await typeAndSave("org-address", "北海道名寄市西3条南5丁目");
  await typeAndSave("org-phone", "01654-00-0000");
  const municipality = await byTestId(browser, "org-municipality");
  await municipality.selectByAttribute("value", "名寄市");
  await waitSaved();
  const region = await byTestId(browser, "org-place-home-care-region");
  await browser.waitUntil(async () => (await region.getText()).includes("上川北部"), { timeout: 10000 });
  assert.match(await (await byTestId(browser, "org-place-health-center")).getText(), /名寄/);
  await screenshot(browser, "02-organization");
});

test("after quitting and relaunching, everything is still there", async () => {
  await quit(browser);
  browser = await launch();
  const homeName = await byTestId(browser, "home-org-name");
  await homeName.waitForDisplayed({ timeout: 20000 });
  assert.equal(await homeName.getText(), NAME);
  await (await byTestId(browser, "nav-organization")).click();
  const address = await byTestId(browser, "org-address");
  await address.waitForDisplayed({ timeout: 10000 });
  assert.equal(await address.getValue(), "北海道名寄市西3条南5丁目");
  assert.equal(await (await byTestId(browser, "org-municipality")).getValue(), "名寄市");
});

test("an edit acknowledged as saved survives killing the app right after it", async () => {
  await typeAndSave("org-manager", "佐藤 花子");
  await killHard(browser); // no pause: the kill follows the acknowledgement immediately
  browser = await launch();
  await (await byTestId(browser, "home-org-name")).waitForDisplayed({ timeout: 20000 });
  await (await byTestId(browser, "nav-organization")).click();
  const manager = await byTestId(browser, "org-manager");
  await manager.waitForDisplayed({ timeout: 10000 });
  assert.equal(await manager.getValue(), "佐藤 花子");
});

test("printing the cover writes an A4 PDF with the organisation's Japanese name", async () => {
  await (await byTestId(browser, "nav-home")).click();
  await (await byTestId(browser, "print-cover")).click();
  const result = await byTestId(browser, "print-result");
  await result.waitForDisplayed({ timeout: 30000 });
  const files = fs.readdirSync(saveDir).filter((f) => f.endsWith(".pdf"));
  assert.equal(files.length, 1, `one PDF in ${saveDir}: ${files}`);
  const pdf = path.join(saveDir, files[0]);
  assert.ok((await result.getText()).includes(files[0]), "the UI names the file it wrote");
  fs.copyFileSync(pdf, path.join(artifacts, "cover.pdf"));
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"]).toString();
  assert.ok(text.includes(NAME), `pdftotext shows the name:\n${text}`);
  assert.ok(text.includes("上川北部"), "the cover carries the home-care region");
  const info = execFileSync("pdfinfo", [pdf]).toString();
  assert.match(info, /Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
  execFileSync("pdftoppm", ["-png", "-r", "60", "-singlefile", pdf, path.join(artifacts, "cover")]);
  await screenshot(browser, "03-printed");
});

test("the region master can be browsed down to municipalities", async () => {
  await (await byTestId(browser, "nav-regions")).click();
  const regions = await byTestId(browser, "regions-total-home-care");
  await regions.waitForDisplayed({ timeout: 10000 });
  assert.equal(await regions.getText(), "18");
  assert.equal(await (await byTestId(browser, "regions-total-municipalities")).getText(), "91");
  assert.equal(await (await byTestId(browser, "regions-total-population")).getText(), "1,491,358");
  await screenshot(browser, "04-regions");
});

test("the language switch is remembered across restarts", async () => {
  await (await byTestId(browser, "nav-settings")).click();
  await (await byTestId(browser, "language-en")).click();
  const nav = await byTestId(browser, "nav-home");
  await browser.waitUntil(async () => (await nav.getText()).includes("Home"), { timeout: 10000 });
  await quit(browser);
  browser = await launch();
  const navAgain = await byTestId(browser, "nav-home");
  await navAgain.waitForDisplayed({ timeout: 20000 });
  await browser.waitUntil(async () => (await navAgain.getText()).includes("Home"), { timeout: 10000 });
  await screenshot(browser, "05-english");
  await (await byTestId(browser, "nav-settings")).click();
  await (await byTestId(browser, "language-ja")).click();
  await browser.waitUntil(async () => (await navAgain.getText()).includes("ホーム"), { timeout: 10000 });
});
