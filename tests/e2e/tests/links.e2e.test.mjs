// 連携型BCP between two organisations: しべつ (run from the command line, as a partner elsewhere would)
// sends its public file; なよろ (the window) imports it, checks the fingerprint, registers the partner,
// records a backup-visit agreement, and sees it flagged as one-sided until しべつ's plan has it too.
// なよろ's own file goes back to しべつ, and the connected BCP prints with both members.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { actions, application, launch, quit, screenshot, startDriver } from "./driver.mjs";

const temp = (name) => fs.mkdtempSync(path.join(os.tmpdir(), `homecare-bcp-e2e-links-${name}-`));
const nayoro = temp("nayoro");
const shibetsu = temp("shibetsu");
const saveDir = temp("save");
const chosenFile = path.join(temp("open"), "しべつ.hcbcp");
const cli = (dataDir, ...args) =>
  execFileSync(application, args, { env: { ...process.env, HOMECARE_BCP_DATA_DIR: dataDir } }).toString();
let driver;
let browser;
let element, click, type, saved;
let shibetsuFingerprint;

before(async () => {
  cli(nayoro, "org", "set", "--kind", "nursing-station", "--name", "訪問看護ステーションなよろ", "--municipality", "名寄市");
  cli(shibetsu, "org", "set", "--kind", "nursing-station", "--name", "訪問看護ステーションしべつ", "--municipality", "士別市", "--phone", "0165-00-0002");
  shibetsuFingerprint = cli(shibetsu, "org", "show").match(/鍵の指紋[^:]*: (\S+)/)[1];
  cli(shibetsu, "export", "--public", "--out", chosenFile);
  driver = await startDriver({
    HOMECARE_BCP_DATA_DIR: nayoro,
    HOMECARE_BCP_E2E_SAVE_DIR: saveDir,
    HOMECARE_BCP_E2E_OPEN_FILE: chosenFile,
  });
  browser = await launch();
  ({ element, click, type, saved } = actions(browser, saveDir));
});

after(async () => {
  if (browser) await quit(browser);
  await driver?.stop();
});

test("the partner's file is imported and its fingerprint shown to read out by phone", async () => {
  await click("nav-links");
  await click("exchange-import");
  const result = await element("exchange-import-result");
  assert.equal(await result.getAttribute("data-kind"), "new");
  assert.equal(await (await element("exchange-import-fingerprint")).getText(), shibetsuFingerprint);
  await screenshot(browser, "links-01-imported");
});

test("the sender is registered as a partner with its fingerprint", async () => {
  await click("exchange-register-partner");
  assert.equal(await (await element("partner-name")).getValue(), "訪問看護ステーションしべつ");
  await type("partner-phone", "0165-00-0002");
  await click("partner-save");
  const row = await element("partner-row-R001");
  assert.match(await row.getText(), /訪問看護ステーションしべつ/);
  const stored = JSON.parse(cli(nayoro, "partners", "list", "--json"));
  assert.equal(stored.partners[0].fingerprint, shibetsuFingerprint);
});

test("an agreement only なよろ records is flagged as one-sided, with the reason", async () => {
  await click("agreement-add");
  await (await element("agreement-kind")).selectByAttribute("value", "backupVisits");
  await (await element("agreement-direction")).selectByAttribute("value", "theyProvide");
  await type("agreement-capacity", "2");
  await type("agreement-valid-until", "2028-03-31");
  await click("agreement-save");
  await element("agreement-row-A001");
  const findings = await element("link-findings");
  await browser.waitUntil(
    async () => (await findings.$$('[data-kind="oneSided"]')).length > 0,
    { timeout: 10000, timeoutMsg: "the one-sided agreement was not flagged" },
  );
  assert.match(await findings.getText(), /代行訪問.*訪問看護ステーションなよろの計画にだけあり/s);
  await screenshot(browser, "links-02-one-sided");
});

test("なよろ's file goes back to しべつ, whose check sees the same gap; the connected BCP prints both members", async () => {
  const file = await saved("exchange-export-public", "nayoro-public.hcbcp");
  assert.match(cli(shibetsu, "import", file), /新しい連携先の計画を取り込みました: 訪問看護ステーションなよろ/);
  assert.match(cli(shibetsu, "connected"), /訪問看護ステーションなよろの計画にだけあり/);
  const pdf = await saved("print-connected", "connected-bcp.pdf");
  const text = execFileSync("pdftotext", [pdf, "-"]).toString();
  for (const e of ["連携型BCP", "訪問看護ステーションなよろ", "訪問看護ステーションしべつ", "代行訪問", "未解決の課題"]) {
    assert.ok(text.includes(e), `the PDF has ${e}`);
  }
  await screenshot(browser, "links-03-exported");
});

test("a file altered after signing is refused with the reason and changes nothing", async () => {
  const bytes = fs.readFileSync(chosenFile);
  const text = bytes.toString("utf8").replace("訪問看護ステーションしべつ", "訪問看護ステーションしへつ");
  fs.writeFileSync(chosenFile, text);
  const before = cli(nayoro, "partners", "list", "--json");
  await click("exchange-import");
  const error = await element("exchange-import-error");
  // WebKitWebDriver reads an empty text from this role="alert" element; its markup has the sentence.
  await browser.waitUntil(async () => /署名が一致しません/.test(await error.getHTML()), {
    timeout: 10000,
    timeoutMsg: "the refusal did not say the signature does not match",
  });
  assert.equal(cli(nayoro, "partners", "list", "--json"), before);
  await screenshot(browser, "links-04-refused");
});
