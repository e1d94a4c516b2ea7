// Hostile strings (#9 §5): a register file and an organisation name carrying markup, script end
// tags, right-to-left overrides and a 100 kB string are imported through the UI and must render as
// inert text: no element created from them, no script run, and the page no wider than the window.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { actions, application, byTestId, launch, quit, screenshot, startDriver } from "./driver.mjs";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "homecare-bcp-e2e-hostile-"));
const saveDir = fs.mkdtempSync(path.join(os.tmpdir(), "homecare-bcp-e2e-hostile-save-"));
const chosenFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "homecare-bcp-e2e-hostile-open-")), "台帳.csv");
const env = { ...process.env, HOMECARE_BCP_DATA_DIR: dataDir };
const cli = (...args) => execFileSync(application, args, { env, maxBuffer: 64 * 1024 * 1024 }).toString();

const IMG = `<img src=x onerror="window.__pwned=1">北 一郎`;
const SCRIPT = `</script><script>window.__pwned=2</script>南 花子`;
const RLO = "\u202Eexe.txt\u202C 右から左 太郎";
const HUGE = "A".repeat(100 * 1024);
const ORG = `訪問看護<img src=x onerror="window.__pwned=3">ステーション`;

const cell = (v) => `"${String(v).replaceAll('"', '""')}"`;
const rows = [
  ["氏名", "生年月日", "市町村", "住所", "主治医", "ケアマネジャー"],
  [IMG, "1950-01-01", "帯広市", HUGE, "<b onmouseover=alert(1)>医師</b>", "javascript:alert(1)"],
  [SCRIPT, "1952-02-02", "帯広市", "帯広市西1条", "\u202Eevil.exe\u202C", `' OR 1=1; --`],
  [RLO, "1960-03-03", "帯広市", "長".repeat(20000), "山田医師", "ケアマネ"],
];

let driver;
let browser;
let act;

before(async () => {
  cli("org", "set", "--kind", "nursing-station", "--name", ORG, "--municipality", "帯広市");
  fs.writeFileSync(chosenFile, "\uFEFF" + rows.map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n");
  driver = await startDriver({
    HOMECARE_BCP_DATA_DIR: dataDir,
    HOMECARE_BCP_E2E_SAVE_DIR: saveDir,
    HOMECARE_BCP_E2E_OPEN_FILE: chosenFile,
  });
  browser = await launch();
  act = actions(browser, saveDir);
});

after(async () => {
  if (browser) await quit(browser);
  await driver?.stop();
});

/** What hostile text could have done to the page. */
async function damage() {
  return browser.execute(() => ({
    pwned: window.__pwned ?? null,
    images: document.querySelectorAll('img[src="x"]').length,
    injectedScripts: [...document.scripts].filter((s) => s.textContent.includes("__pwned")).length,
    bold: [...document.querySelectorAll("b")].filter((b) => b.getAttribute("onmouseover")).length,
    overflow: document.documentElement.scrollWidth - window.innerWidth,
    // Everything the page loaded: the app's own origin and its IPC only (the app never uses the network).
    foreign: performance
      .getEntriesByType("resource")
      .map((e) => e.name)
      .filter((n) => !/^(tauri:|ipc:|http:\/\/(tauri|ipc)\.localhost|data:|blob:)/.test(n)),
  }));
}

async function assertInert(where) {
  const d = await damage();
  assert.equal(d.pwned, null, `${where}: a script ran`);
  assert.equal(d.images, 0, `${where}: markup became an element`);
  assert.equal(d.injectedScripts, 0, `${where}: a script element was made`);
  assert.equal(d.bold, 0, `${where}: markup became an element`);
  assert.ok(d.overflow <= 1, `${where}: the page is ${d.overflow}px wider than the window`);
  assert.deepEqual(d.foreign, [], `${where}: loaded something from outside the app`);
}

test("the organisation name with markup shows as text in the header", async () => {
  assert.equal(await act.textContent("header-org-name"), ORG);
  await assertInert("home");
  await screenshot(browser, "hostile-01-home");
});

test("the hostile register file previews and imports as text", async () => {
  await act.click("nav-patients");
  await act.click("patients-import");
  await act.click("import-choose");
  await (await byTestId(browser, "import-row-2")).waitForDisplayed({ timeout: 20000 });
  await assertInert("import preview");
  await screenshot(browser, "hostile-02-preview");
  await act.click("import-commit");
  await (await byTestId(browser, "import-done")).waitForDisplayed({ timeout: 20000 });
  const names = JSON.parse(cli("patients", "list", "--json")).map((p) => p.name).sort();
  assert.deepEqual(names, [IMG, SCRIPT, RLO].sort(), "stored exactly as written");
});

test("the register and each patient's page render the strings inert and keep their layout", async () => {
  await act.click("nav-patients");
  await (await byTestId(browser, "patient-row-P0001")).waitForDisplayed({ timeout: 15000 });
  const shown = await browser.execute(() =>
    [...document.querySelectorAll('[data-testid="patient-name-cell"]')].map((c) => c.textContent),
  );
  assert.ok(shown.some((t) => t.includes('<img src=x onerror="window.__pwned=1">')), shown.join(" | "));
  assert.ok(shown.some((t) => t.includes("</script><script>")), "the end tag is text");
  await assertInert("register");
  await browser.execute(() => document.querySelector('[data-testid="patients-table"]').scrollIntoView({ block: "start" }));
  await screenshot(browser, "hostile-03-register");
  for (const id of ["P0001", "P0002", "P0003"]) {
    await act.click(`patient-edit-${id}`);
    await browser.waitUntil(async () => (await browser.getUrl()).includes(`/patients/${id}`), { timeout: 10000 });
    await browser.pause(500);
    await assertInert(`patient ${id}`);
    if (id === "P0001") await screenshot(browser, "hostile-04-patient-100kB");
    await act.click("nav-patients");
    await (await byTestId(browser, "patient-row-P0001")).waitForDisplayed({ timeout: 15000 });
  }
});
