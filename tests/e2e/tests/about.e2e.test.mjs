// Distribution: a partner's .hcbcp file double-clicked in the file manager opens the app, which names the
// file and imports it only when asked; the About screen shows the version, the data folder, the schema,
// the key fingerprint and every shipped package's licence.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { actions, application, launch, quit, screenshot, startDriver } from "./driver.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const temp = (name) => fs.mkdtempSync(path.join(os.tmpdir(), `homecare-bcp-e2e-about-${name}-`));
const nayoro = temp("nayoro");
const shibetsu = temp("shibetsu");
const partnerFile = path.join(temp("files"), "しべつ.hcbcp");
const cli = (dataDir, ...args) =>
  execFileSync(application, args, { env: { ...process.env, HOMECARE_BCP_DATA_DIR: dataDir } }).toString();
const thirdParty = JSON.parse(fs.readFileSync(path.resolve(here, "../../../src-tauri/licenses/third-party.json"), "utf8"));
let driver;
let browser;
let element, click, type, textOf;

before(async () => {
  cli(nayoro, "org", "set", "--kind", "nursing-station", "--name", "訪問看護ステーションなよろ", "--municipality", "名寄市");
  cli(shibetsu, "org", "set", "--kind", "nursing-station", "--name", "訪問看護ステーションしべつ", "--municipality", "士別市");
  cli(shibetsu, "export", "--public", "--out", partnerFile);
  driver = await startDriver({ HOMECARE_BCP_DATA_DIR: nayoro });
  browser = await launch([partnerFile]);
  ({ element, click, type, textOf } = actions(browser));
});

after(async () => {
  if (browser) await quit(browser);
  await driver?.stop();
});

test("an exchange file the app was opened with is named and imported only when asked", async () => {
  assert.match(await textOf("opened-file-dialog"), /しべつ\.hcbcp/);
  assert.equal(JSON.parse(cli(nayoro, "partners", "list", "--json")).remotePlans.length, 0, "nothing imported yet");
  await screenshot(browser, "about-01-opened-file");
  await click("opened-file-import");
  await browser.waitUntil(async () => (await browser.getUrl()).includes("/links"), { timeout: 15000 });
  assert.equal(JSON.parse(cli(nayoro, "partners", "list", "--json")).remotePlans.length, 1, "imported once asked");
  assert.match(cli(nayoro, "audit"), /exchange\.import/, "through the importer, audited");
  await screenshot(browser, "about-02-imported");
});

test("the About screen shows the version, data folder, schema, fingerprint and every licence", async () => {
  await click("nav-about");
  const version = cli(nayoro, "--version").trim().split(" ").pop();
  assert.match(await textOf("about-version"), new RegExp(version.replace(/\./g, "\\.")));
  assert.match(await textOf("about-data-dir"), new RegExp(path.basename(nayoro)));
  assert.match(await textOf("about-schema"), /\b8\b/, "the schema this build writes (migration 0008)");
  const fingerprint = cli(nayoro, "org", "show").match(/鍵の指紋[^:]*: (\S+)/)[1];
  assert.match(await textOf("about-fingerprint"), new RegExp(fingerprint));
  assert.match(await textOf("about-licenses-count"), new RegExp(String(thirdParty.length)));
  await screenshot(browser, "about-03-about");
  await type("about-license-filter", "rusqlite");
  await element("about-package-crates.io-rusqlite");
  assert.match(await textOf("about-package-crates.io-rusqlite"), /MIT/);
  await screenshot(browser, "about-04-licenses");
});
