// Filling the 機関型BCP wizard as a user does: 「次の未記入へ」 opens the next missing item; where the
// guide offers an example the user adopts it (例示を使う), and where the answer must be the
// organisation's own (people, phone numbers, partners: `own` in the guide) the user types it.
import { execFileSync } from "node:child_process";
import { byTestId, screenshot } from "./driver.mjs";

export function wizard(browser, cli) {
  async function visible(testId) {
    const e = await byTestId(browser, testId);
    await e.waitForDisplayed({ timeout: 10000 });
    await e.scrollIntoView({ block: "center", inline: "nearest" });
    return e;
  }
  async function click(testId) {
    const e = await visible(testId);
    try {
      await e.click();
    } catch (error) {
      await screenshot(browser, `failed-click-${testId}`);
      throw error;
    }
  }
  const plan = () => JSON.parse(cli("plan", "show", "--json"));
  const stillOpen = (stepId, fieldId) => {
    const gap = plan().progress.nextGap;
    return gap !== null && gap.stepId === stepId && gap.fieldId === fieldId;
  };

  /** Types an own answer; returns how many inputs (fields or table cells) were typed or chosen. */
  async function typeOwn(stepId, fieldId) {
    const section = await visible(`field-${stepId}-${fieldId}`);
    const shape = await section.getAttribute("data-shape");
    const sample = `自事業所の記入（${fieldId}）`;
    if (shape === "text" || shape === "longtext" || shape === "list") {
      const input = await visible(`input-${stepId}-${fieldId}`);
      await input.setValue(sample);
      await browser.keys(["Tab"]); // leaving the field saves it at once
      return 1;
    }
    if (shape !== "table") throw new Error(`${stepId}/${fieldId}: no way to type a ${shape} here`);
    let inputs = 0;
    for (let row = 0; row < 5 && stillOpen(stepId, fieldId); row++) {
      await click(`table-add-${stepId}-${fieldId}`);
      const cells = await browser.$$(`[data-testid^="cell-${stepId}-${fieldId}-${row}-"]`);
      for (const cell of cells) {
        const tag = (await cell.getTagName()).toLowerCase();
        const type = (await cell.getAttribute("type")) ?? "";
        await cell.scrollIntoView({ block: "center", inline: "nearest" });
        if (tag === "select") await cell.selectByIndex(1);
        else if (type === "checkbox") continue;
        else if (type === "date") {
          await browser.execute((el) => {
            Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set.call(el, "2027-04-01");
            el.dispatchEvent(new Event("input", { bubbles: true }));
            el.dispatchEvent(new Event("change", { bubbles: true }));
          }, cell);
        } else if ((await cell.getAttribute("inputmode")) === "numeric" || (await cell.getAttribute("inputmode")) === "decimal")
          await cell.setValue("1");
        else await cell.setValue(`${sample} ${row + 1}`);
        inputs++;
      }
      await browser.keys(["Tab"]);
      await browser.waitUntil(
        async () => (await (await byTestId(browser, "save-status")).getAttribute("data-state")) === "saved",
        { timeout: 15000, timeoutMsg: `${stepId}/${fieldId} never saved` },
      );
    }
    return inputs;
  }

  /**
   * Works through every open required item. Returns what had to be typed: the own fields (each a
   * required input of the organisation's own) and the inputs within them.
   */
  async function fillRequired({ onStep } = {}) {
    const typed = [];
    let inputs = 0;
    let lastStep = null;
    for (let guard = 0; guard < 200; guard++) {
      const gap = plan().progress.nextGap;
      if (gap === null || gap.requirement !== "required") break;
      await click("plan-next-gap");
      const section = await visible(`field-${gap.stepId}-${gap.fieldId}`);
      if ((await section.getAttribute("data-own")) === "true") {
        inputs += await typeOwn(gap.stepId, gap.fieldId);
        typed.push(`${gap.stepId}/${gap.fieldId}`);
      } else {
        await click(`example-${gap.stepId}-${gap.fieldId}`);
      }
      await browser.waitUntil(() => !stillOpen(gap.stepId, gap.fieldId), {
        timeout: 15000,
        timeoutMsg: `${gap.stepId}/${gap.fieldId} is still open after filling it`,
      });
      if (gap.stepId !== lastStep) {
        lastStep = gap.stepId;
        await onStep?.(gap.stepId);
      }
    }
    return { typed, inputs };
  }

  return { fillRequired, plan };
}

/** The text of a PDF (poppler's pdftotext). */
export const pdfText = (file) => execFileSync("pdftotext", [file, "-"]).toString();
