// The register from a clinic's own spreadsheet and back: a CP932 CSV with a bad row is refused whole
// in the preview, the corrected file is imported, the register is exported to CSV and Excel (audited),
// and paper for the municipality names only the patients who agreed.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { application, artifacts, byTestId, launch, quit, screenshot, startDriver } from "./driver.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.resolve(here, "../../fixtures");
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "homecare-bcp-e2e-register-"));
const saveDir = fs.mkdtempSync(path.join(os.tmpdir(), "homecare-bcp-e2e-register-save-"));
// The native open dialog cannot be driven: the app reads this path instead (HOMECARE_BCP_E2E_OPEN_FILE).
const chosenFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "homecare-bcp-e2e-open-")), "台帳.csv");
const env = { ...process.env, HOMECARE_BCP_DATA_DIR: dataDir };
const cli = (...args) => execFileSync(application, args, { env }).toString();
let driver;
let browser;

before(async () => {
  cli("org", "set", "--kind", "nursing-station", "--name", "帯広訪問看護ステーション", "--municipality", "帯広市");
  driver = await startDriver({
    HOMECARE_BCP_DATA_DIR: dataDir,
    HOMECARE_BCP_E2E_SAVE_DIR: saveDir,
    HOMECARE_BCP_E2E_OPEN_FILE: chosenFile,
  });
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

/** Clicks `testId` and returns the file it wrote into the save folder, copied to the artifacts as `name`. */
async function saved(testId, name) {
  const before = new Set(fs.readdirSync(saveDir));
  await click(testId);
  await browser.waitUntil(() => fs.readdirSync(saveDir).some((f) => !before.has(f) && !f.endsWith(".tmp")), {
    timeout: 30000,
    timeoutMsg: `${testId} wrote no file`,
  });
  const file = fs.readdirSync(saveDir).find((f) => !before.has(f) && !f.endsWith(".tmp"));
  fs.copyFileSync(path.join(saveDir, file), path.join(artifacts, name));
  return { file, copy: path.join(artifacts, name) };
}

test("a file with bad rows is refused whole in the preview, naming the rows", async () => {
  fs.copyFileSync(path.join(fixtures, "patients-bad-rows-cp932.csv"), chosenFile);
  await click("nav-patients");
  await click("patients-import");
  await click("import-choose");
  const bad = await byTestId(browser, "import-row-3");
  await bad.waitForDisplayed({ timeout: 15000 });
  assert.equal(await bad.getAttribute("data-outcome"), "rejected");
  assert.match(await bad.getText(), /平成32年1月1日/);
  assert.match(await (await byTestId(browser, "import-row-4")).getText(), /札幌市/);
  assert.equal(await (await byTestId(browser, "import-row-2")).getAttribute("data-outcome"), "new");
  assert.equal(await (await byTestId(browser, "import-commit")).isEnabled(), false, "one bad row stops the file");
  await screenshot(browser, "import-01-rejected");
  assert.deepEqual(JSON.parse(cli("patients", "list", "--json")), [], "a preview changes nothing");
});

test("the corrected file is imported in one go", async () => {
  fs.copyFileSync(path.join(fixtures, "patients-cp932.csv"), chosenFile);
  await click("import-choose");
  const row = await byTestId(browser, "import-row-3");
  await browser.waitUntil(async () => (await row.getAttribute("data-outcome")) === "new", {
    timeout: 15000,
    timeoutMsg: "the corrected file never previewed as new",
  });
  await screenshot(browser, "import-02-preview");
  await click("import-commit");
  await (await byTestId(browser, "import-done")).waitForDisplayed({ timeout: 15000 });
  await screenshot(browser, "import-03-done");
  const names = JSON.parse(cli("patients", "list", "--json")).map((p) => p.name).sort();
  assert.deepEqual(names, ["佐藤 花子", "鈴木 次郎", "髙橋　一郎"].sort());
});

test("the register is exported to CSV and Excel, always encrypted, and each export is audited", async () => {
  await click("nav-patients");
  await (await byTestId(browser, "patient-row-P0001")).waitForDisplayed({ timeout: 15000 });
  const passphrase = "おびひろ合言葉2026";
  for (const id of ["export-passphrase", "export-passphrase-confirm"]) {
    const input = await byTestId(browser, id);
    await input.scrollIntoView({ block: "center", inline: "nearest" });
    await input.setValue(passphrase);
  }
  const passphraseFile = path.join(saveDir, "..", `passphrase-${process.pid}.txt`);
  fs.writeFileSync(passphraseFile, `${passphrase}\n`);
  const csv = await saved("patients-export-csv", "register-export.csv.age");
  assert.ok(csv.file.endsWith(".csv.age"), csv.file);
  const sealed = fs.readFileSync(csv.copy);
  assert.equal(sealed.subarray(0, 21).toString(), "age-encryption.org/v1", "an age file");
  assert.ok(!sealed.toString("utf8").includes("髙橋"), "no name in the clear");
  // The recipient opens it with the passphrase (here through the import's dry run).
  const preview = JSON.parse(cli("patients", "import", csv.copy, "--dry-run", "--json", "--passphrase-file", passphraseFile));
  assert.ok(preview.rows.some((r) => r.name === "髙橋　一郎"));
  const xlsx = await saved("patients-export-xlsx", "register-export.xlsx.age");
  assert.ok(xlsx.file.endsWith(".xlsx.age"), xlsx.file);
  const workbook = JSON.parse(cli("patients", "import", xlsx.copy, "--dry-run", "--json", "--passphrase-file", passphraseFile));
  assert.equal(workbook.format, "xlsx");
  await (await byTestId(browser, "patients-export-result")).waitForDisplayed({ timeout: 10000 });
  await screenshot(browser, "register-exported");
  const exports = cli("audit", "--action", "patient.export").split("\n").filter((l) => l.includes("patient.export"));
  assert.equal(exports.length, 2);
  assert.ok(exports.every((l) => l.includes("encrypted")));
});

test("the roster for the municipality names only the patient who agreed; the evacuation plan prints", async () => {
  const select = await byTestId(browser, "roster-recipient");
  await select.scrollIntoView({ block: "center", inline: "nearest" });
  await select.selectByAttribute("value", "municipality");
  const roster = await saved("print-roster", "roster-for-municipality.pdf");
  const text = execFileSync("pdftotext", [roster.copy, "-"]).toString();
  assert.ok(text.includes("市町村への提供用"), "titled for the recipient");
  assert.ok(text.includes("髙橋"), "consent to the municipality recorded");
  assert.ok(!text.includes("佐藤"), "no consent: no name");
  const takahashi = JSON.parse(cli("patients", "list", "--json")).find((p) => p.name.startsWith("髙橋"));
  const plan = await saved(`print-evacuation-plan-${takahashi.id}`, "evacuation-plan.pdf");
  const planText = execFileSync("pdftotext", [plan.copy, "-"]).toString();
  for (const e of ["個別避難計画", "避難支援等実施者", "昭和22年3月1日"]) assert.ok(planText.includes(e), `has ${e}`);
  assert.match(cli("audit"), /print\.evacuation-plan/);
});
