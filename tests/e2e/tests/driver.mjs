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
