// Starting and stopping the real app under tauri-driver. Each `launch()` is one app process on the
// given data folder, as a user opening the app from the desktop.
import { spawn, execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { remote } from "webdriverio";

const here = path.dirname(fileURLToPath(import.meta.url));
export const application = process.env.TAURI_APP_BIN ?? path.resolve(here, "../../../target/debug/homecare-bcp");
export const artifacts = process.env.E2E_ARTIFACTS ?? path.resolve(here, "../../../target/e2e-artifacts");
fs.mkdirSync(artifacts, { recursive: true });

function waitForPort(port, deadline = Date.now() + 20000) {
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => { socket.end(); resolve(); });
      socket.once("error", () => {
        if (Date.now() > deadline) reject(new Error(`port ${port} never opened`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/** tauri-driver with the app's environment (data folder, save folder) fixed for the whole run. */
export async function startDriver(env) {
  const driver = spawn(process.env.TAURI_DRIVER_BIN ?? "tauri-driver", ["--port", "4444", "--native-port", "4445"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, ...env },
  });
  await waitForPort(4444);
  // SIGTERM, never SIGKILL: tauri-driver stops WebKitWebDriver only from its TERM handler.
  return { stop: () => new Promise((resolve) => { driver.once("exit", resolve); driver.kill("SIGTERM"); }) };
}

/** Starts the app; `args` as the file manager would pass them (an opened file). */
export async function launch(args = []) {
  const browser = await remote({
    hostname: "127.0.0.1",
    port: 4444,
    logLevel: "warn",
    connectionRetryTimeout: 60000,
    capabilities: {
      browserName: "wry",
      "tauri:options": { application, args },
      // WebKitWebDriver 2.50 rejects WebDriver BiDi, which WebdriverIO 9 asks for by default.
      "wdio:enforceWebDriverClassic": true,
    },
  });
  return browser;
}

/** Closes the window the way a user quitting does. */
export async function quit(browser) {
  await browser.deleteSession().catch(() => {});
  await waitUntilGone();
}

/** SIGKILL: the power-cut case. The app gets no chance to flush or clean up. */
export async function killHard(browser) {
  execFileSync("pkill", ["-KILL", "-f", `^${application}`]);
  await waitUntilGone();
  await browser.deleteSession().catch(() => {});
}

async function waitUntilGone(deadline = Date.now() + 10000) {
  while (Date.now() < deadline) {
    try {
      execFileSync("pgrep", ["-f", `^${application}`]);
    } catch {
      return; // pgrep exits 1 when nothing matches
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("the app did not exit");
}

export async function screenshot(browser, name) {
  await browser.saveScreenshot(path.join(artifacts, `${name}.png`));
  // The whole X screen too: the real window as a person sees it (WebDriver only captures the page).
  try {
    execFileSync("import", ["-window", "root", path.join(artifacts, `${name}.screen.png`)], { stdio: "ignore" });
  } catch {
    // imagemagick is optional; the WebDriver screenshot is always taken.
  }
}

export const byTestId = (browser, id) => browser.$(`[data-testid="${id}"]`);

/**
 * The everyday actions of a flow, bound to one browser and one folder of saved files: wait for an
 * element and scroll it into view, click, type, set a value, read markup as text, save a printed file.
 */
export function actions(browser, saveDir) {
  async function element(testId) {
    const e = await byTestId(browser, testId);
    await e.waitForDisplayed({ timeout: 10000 });
    await e.scrollIntoView({ block: "center", inline: "nearest" });
    return e;
  }
  const click = async (testId) => (await element(testId)).click();
  async function type(testId, value) {
    const e = await element(testId);
    await e.clearValue();
    await e.setValue(value);
  }
  /**
   * Date and time inputs take no typed keys reliably in WebKitGTK, and typed newlines do not reach a
   * textarea through WebKitWebDriver: set the value as React expects it.
   */
  async function setInput(testId, value) {
    await element(testId);
    await browser.execute(
      (id, v) => {
        const input = document.querySelector(`[data-testid="${id}"]`);
        const proto = input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
        Object.getOwnPropertyDescriptor(proto, "value").set.call(input, v);
        input.dispatchEvent(new Event("input", { bubbles: true }));
        input.dispatchEvent(new Event("change", { bubbles: true }));
      },
      testId,
      value,
    );
  }
  /** The element's markup as text (WebKitWebDriver returns empty text for some Mantine elements). */
  async function textOf(testId) {
    const html = await (await element(testId)).getHTML();
    return html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
  }
  /** The element's text exactly as the page holds it (`textContent`: entities decoded, nothing dropped). */
  async function textContent(testId) {
    await element(testId);
    return browser.execute((id) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? "", testId);
  }
  /** Clicks `testId` and returns the new file in the save folder, copied to the artifacts as `name`. */
  async function saved(testId, name) {
    const before = new Set(fs.readdirSync(saveDir));
    await click(testId);
    const isNew = (f) => !before.has(f) && !f.endsWith(".tmp");
    await browser.waitUntil(() => fs.readdirSync(saveDir).some(isNew), { timeout: 30000, timeoutMsg: `${testId} wrote no file` });
    const file = fs.readdirSync(saveDir).find(isNew);
    fs.copyFileSync(path.join(saveDir, file), path.join(artifacts, name));
    return path.join(artifacts, name);
  }
  return { element, click, type, setInput, textOf, textContent, saved };
}

const axeSource = fs.readFileSync(path.resolve(here, "../node_modules/axe-core/axe.min.js"), "utf8");

/**
 * Runs axe-core in the real webview on what is on screen now (WCAG 2.1 A/AA and best practices),
 * writes the full result to the artifacts as `a11y-<name>.json`, and returns the violations with
 * their impact. The suite fails on serious and critical ones; moderate and minor are reported.
 */
export async function audit(browser, name) {
  // Settle first: a screen still loading would be audited half-drawn.
  await new Promise((r) => setTimeout(r, 400));
  await browser.execute(axeSource);
  const result = await browser.executeAsync((done) => {
    // eslint-disable-next-line no-undef
    axe
      .run(document, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        resultTypes: ["violations"],
      })
      .then((r) => done(JSON.stringify({ url: r.url, violations: r.violations })))
      .catch((e) => done(JSON.stringify({ error: String(e) })));
  });
  const parsed = JSON.parse(result);
  if (parsed.error) throw new Error(`axe failed on ${name}: ${parsed.error}`);
  fs.writeFileSync(path.join(artifacts, `a11y-${name}.json`), JSON.stringify(parsed, null, 2));
  const violations = parsed.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.length,
    targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
  }));
  return {
    violations,
    blocking: violations.filter((v) => v.impact === "serious" || v.impact === "critical"),
  };
}

/**
 * Keyboard only: keys go to whatever has focus, as from a real keyboard (WebDriver key actions; no
 * pointer event is ever sent). `focusedTestId` names where focus is, for the flows to steer by.
 */
export function keyboard(browser) {
  const press = async (key, times = 1) => {
    for (let i = 0; i < times; i++) await browser.keys([key]);
  };
  const typeKeys = async (text) => {
    for (const ch of text) await browser.keys([ch]);
  };
  const focusedTestId = () =>
    browser.execute(() => {
      const el = document.activeElement;
      const own = el?.getAttribute("data-testid");
      if (own) return own;
      return el?.closest("[data-testid]")?.getAttribute("data-testid") ?? null;
    });
  const focusedTag = () => browser.execute(() => document.activeElement?.tagName ?? null);
  /** Presses Tab (or Shift+Tab) until `testId` has focus; fails after `max` presses. */
  async function tabTo(testId, { max = 80, back = false } = {}) {
    const seen = [];
    for (let i = 0; i < max; i++) {
      const now = await focusedTestId();
      if (now === testId) return;
      seen.push(now);
      if (back) await browser.keys(["Shift", "Tab"]);
      else await browser.keys(["Tab"]);
    }
    throw new Error(`${testId} never got focus by Tab; focus went through ${[...new Set(seen)].join(", ")}`);
  }
  return { press, typeKeys, focusedTestId, focusedTag, tabTo };
}
