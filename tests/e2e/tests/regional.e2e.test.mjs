// 地域BCP at a coordination base: choose the 十勝 region, import a folder of member files (the demo
// region from seeds/ plus one damaged copy), watch the progress, see the damaged file refused with its
// reason and the rest imported, read the dashboard with small counts hidden, and print the regional PDF.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { actions, application, artifacts, launch, quit, screenshot, startDriver } from "./driver.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const seeds = path.resolve(here, "../../../seeds");
const temp = (name) => fs.mkdtempSync(path.join(os.tmpdir(), `homecare-bcp-e2e-region-${name}-`));
const dataDir = temp("data");
const saveDir = temp("save");
const members = temp("members");
const cli = (...args) => execFileSync(application, args, { env: { ...process.env, HOMECARE_BCP_DATA_DIR: dataDir } }).toString();
let driver;
let browser;
let element, click;

before(async () => {
  for (const file of fs.readdirSync(path.join(seeds, "region-tokachi")).filter((f) => f.endsWith(".hcbcp"))) {
    fs.copyFileSync(path.join(seeds, "region-tokachi", file), path.join(members, file));
  }
  for (const file of ["station-obihiro.hcbcp", "partner-memuro.hcbcp"]) {
    fs.copyFileSync(path.join(seeds, "samples", file), path.join(members, file));
  }
  // A copy damaged in transit (USB stick, mail): one byte in the middle flipped.
  const damaged = fs.readFileSync(path.join(members, "obihiro-clinic.hcbcp"));
  damaged[Math.floor(damaged.length / 2)] ^= 1;
  fs.writeFileSync(path.join(members, "zz-damaged.hcbcp"), damaged);
  cli("org", "set", "--kind", "coordination-base", "--name", "帯広市医師会 在宅医療連携拠点（デモ）", "--municipality", "帯広市");
  driver = await startDriver({
    HOMECARE_BCP_DATA_DIR: dataDir,
    HOMECARE_BCP_E2E_SAVE_DIR: saveDir,
    HOMECARE_BCP_E2E_OPEN_FILE: members,
  });
  browser = await launch();
  ({ element, click } = actions(browser, saveDir));
});

after(async () => {
  if (browser) await quit(browser);
  await driver?.stop();
});

test("the coordinator chooses the 十勝 home-care regions", async () => {
  await click("nav-region");
  for (const region of ["帯広市", "東十勝", "西十勝", "南十勝", "北十勝"]) {
    await click(`region-scope-option-${region}`);
  }
  await click("region-scope-save");
  await element("region-scope-saved");
  const scope = JSON.parse(cli("region", "dashboard", "--json"));
  assert.equal(scope.municipalities.length, 19);
});

test("a folder of member files is imported file by file; the damaged one is refused with its reason", async () => {
  await click("region-import");
  const progress = await element("region-import-progress");
  await browser.waitUntil(async () => (await progress.getAttribute("aria-valuenow")) === "7", {
    timeout: 30000,
    timeoutMsg: "the progress bar never reached 7 / 7",
  });
  const rows = await element("region-import-results");
  await browser.waitUntil(async () => (await rows.$$('[data-outcome="imported"]')).length === 6, { timeout: 10000 });
  const refused = await rows.$$('[data-outcome="refused"]');
  assert.equal(refused.length, 1);
  assert.match(await refused[0].getHTML(), /zz-damaged\.hcbcp/);
  assert.match(await refused[0].getHTML(), /書き換え|壊れて|一致しません/);
  await screenshot(browser, "region-01-imported");
});

test("the dashboard shows the plan status, the gaps and hides small counts", async () => {
  const dashboard = await element("region-dashboard");
  // WebKitWebDriver reads empty text from some Mantine elements: read the markup without its tags.
  const text = async (testId) => (await (await element(testId)).getHTML()).replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
  assert.match(await text("region-status-reviewOverdue"), /見直し期限切れ 1\b/);
  assert.match(await text("region-status-fixed"), /策定済 3\b/);
  assert.match(await (await element("region-without-provider")).getHTML(), /陸別町/);
  const patients = await element("region-patients");
  assert.match(await patients.getHTML(), /1〜4（秘匿）/);
  assert.match(await patients.getHTML(), /幕別町/);
  assert.ok(await dashboard.isDisplayed());
  await screenshot(browser, "region-02-dashboard");
});

test("the regional BCP prints with the members and the hidden counts", async () => {
  const before = new Set(fs.readdirSync(saveDir));
  await click("print-regional");
  await browser.waitUntil(() => fs.readdirSync(saveDir).some((f) => !before.has(f) && f.endsWith(".pdf")), {
    timeout: 30000,
    timeoutMsg: "no PDF written",
  });
  const file = fs.readdirSync(saveDir).find((f) => !before.has(f) && f.endsWith(".pdf"));
  const copy = path.join(artifacts, "regional-bcp.pdf");
  fs.copyFileSync(path.join(saveDir, file), copy);
  const text = execFileSync("pdftotext", [copy, "-"]).toString();
  for (const e of ["地域BCP", "帯広在宅クリニック（デモ）", "見直し期限切れ", "1〜4（秘匿）", "拠点の体制と地域の役割分担"]) {
    assert.ok(text.includes(e), `the PDF has ${e}`);
  }
  await screenshot(browser, "region-03-printed");
});
