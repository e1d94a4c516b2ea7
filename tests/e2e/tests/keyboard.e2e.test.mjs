// Keyboard only: the first-run set-up (with the sidebar tour), one wizard step filled, and a
// safety check recorded in response mode — with WebDriver key actions alone. No element is clicked
// and no pointer event is sent; focus is steered with Tab, arrows, Space and Enter as a person
// without a mouse would. Typed text is ASCII (WebDriver key actions carry no IME).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { application, byTestId, keyboard, launch, quit, screenshot, startDriver } from "./driver.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "homecare-bcp-e2e-keyboard-"));
const env = { ...process.env, HOMECARE_BCP_DATA_DIR: dataDir };
const cli = (...args) => execFileSync(application, args, { env }).toString();
let driver;
let browser;
let keys;

before(async () => {
  driver = await startDriver({ HOMECARE_BCP_DATA_DIR: dataDir });
  browser = await launch();
  keys = keyboard(browser);
});

after(async () => {
  if (browser) await quit(browser);
  await driver?.stop();
});

async function visible(testId, timeout = 15000) {
  const e = await byTestId(browser, testId);
  await e.waitForDisplayed({ timeout });
  return e;
}

/** Arrow keys inside a radio group until `testId` is focused (arrows also select, as in any radio group). */
async function arrowTo(testId, max = 10) {
  for (let i = 0; i < max; i++) {
    if ((await keys.focusedTestId()) === testId) return;
    await keys.press("ArrowDown");
  }
  throw new Error(`${testId} never reached with the arrow keys`);
}

async function isChecked(testId) {
  return (await byTestId(browser, testId)).isSelected();
}

test("first run: role, own plan, kind and name, then the whole tour — by keyboard", async () => {
  await visible("onboarding-role-manager", 20000);
  await keys.tabTo("onboarding-role-manager");
  await keys.press("Space");
  assert.equal(await isChecked("onboarding-role-manager"), true);
  await visible("onboarding-start-own");
  await keys.tabTo("onboarding-start-own");
  await keys.press("Space");
  await visible("onboarding-name");
  await keys.tabTo("onboarding-kind-ZaitakuClinic");
  await arrowTo("onboarding-kind-NursingStation");
  assert.equal(await isChecked("onboarding-kind-NursingStation"), true);
  await keys.tabTo("onboarding-name");
  await keys.typeKeys("Kita Nurse Station");
  await screenshot(browser, "keyboard-01-onboarding");
  await keys.press("Enter"); // submits the form from its text field

  // The tour opens with focus on 次へ; Enter walks through every stop to the end.
  await visible("tour-body");
  let stops = 1;
  while ((await keys.focusedTestId()) === "tour-next") {
    await keys.press("Enter");
    stops++;
    if (stops > 20) throw new Error("the tour does not end");
  }
  assert.equal(await keys.focusedTestId(), "tour-finish", "the last stop offers 案内を終える");
  await screenshot(browser, "keyboard-02-tour-last");
  await keys.press("Enter");
  assert.ok(stops >= 7, `the tour had ${stops} stops`);
  await browser.waitUntil(async () => !(await (await byTestId(browser, "tour-body")).isExisting()), { timeout: 5000 });
  const org = cli("org", "show");
  assert.match(org, /Kita Nurse Station/);
  assert.match(org, /訪問看護ステーション|NursingStation|nursing-station/);
});

test("one wizard step filled by keyboard: scope chosen, plan started, two fields typed and saved", async () => {
  await keys.tabTo("nav-plan", { max: 120 });
  await keys.press("Enter");
  await visible("plan-start");
  // The group comes with 一体型 selected (the usual choice); arrows choose 自然災害 instead.
  await keys.tabTo("plan-scope-combined");
  await arrowTo("plan-scope-disaster");
  assert.equal(await isChecked("plan-scope-disaster"), true);
  await keys.tabTo("plan-start");
  await keys.press("Enter");
  await visible("input-scope-service-area");
  await keys.tabTo("input-scope-service-area", { max: 150 });
  await keys.typeKeys("Nayoro");
  await keys.tabTo("input-scope-hours-oncall");
  await keys.typeKeys("Mon-Fri 9-17, on call 24h");
  await keys.press("Tab"); // leaving the field saves it at once
  await screenshot(browser, "keyboard-03-wizard-step");
  await browser.waitUntil(
    () => {
      const plan = JSON.parse(cli("plan", "show", "--json"));
      const scope = plan.answers.scope ?? {};
      return JSON.stringify(scope["service-area"]) === '["Nayoro"]' && scope["hours-oncall"] === "Mon-Fri 9-17, on call 24h";
    },
    { timeout: 10000, timeoutMsg: "the typed answers were not saved" },
  );
});

test("response mode by keyboard: outage declared from Home, a safety check recorded in two keys", async () => {
  // A ventilator patient, registered from the command line while the app is closed.
  await quit(browser);
  cli("patients", "add", path.resolve(here, "../../fixtures/patient-internal-battery-only.json"));
  browser = await launch();
  keys = keyboard(browser);
  await visible("home-start-outage", 20000);
  await keys.tabTo("home-start-outage", { max: 150 });
  await keys.press("Enter");
  await visible("outage-confirm");
  await keys.tabTo("outage-confirm");
  await keys.press("Enter");
  await visible("check-ok-P0001");
  const [before] = JSON.parse(cli("patients", "list", "--json"));
  assert.notEqual(before.unreachedMinutes, null, "not reached before the check");
  await keys.tabTo("check-ok-P0001", { max: 150 });
  await keys.press("Enter");
  await visible("check-save-P0001");
  await keys.tabTo("check-save-P0001");
  await screenshot(browser, "keyboard-04-response-check");
  await keys.press("Enter");
  await browser.waitUntil(
    () => {
      const [patient] = JSON.parse(cli("patients", "list", "--json"));
      return patient !== undefined && patient.unreachedMinutes === null; // null once the patient was reached
    },
    { timeout: 10000, timeoutMsg: "the safety check was not recorded" },
  );
});
