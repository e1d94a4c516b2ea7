import type { KeyboardEvent } from "react";

const inputSelector = "input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled])";

/**
 * Enter in a one-line input or a select moves to the next input of the step (ux: keyboard first).
 * Left alone: Enter that confirms an IME conversion, Enter in a textarea (a new line), and Enter an
 * editor already used (a list adds a line).
 */
export function moveOnEnter(event: KeyboardEvent<HTMLElement>) {
  if (event.key !== "Enter" || event.defaultPrevented) return;
  if (event.nativeEvent.isComposing || event.keyCode === 229) return;
  if (event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
  const target = event.target;
  const isLineInput = target instanceof HTMLInputElement && !["button", "submit", "radio", "reset"].includes(target.type);
  if (!isLineInput && !(target instanceof HTMLSelectElement)) return;
  const inputs = Array.from(event.currentTarget.querySelectorAll<HTMLElement>(inputSelector));
  const next = inputs[inputs.indexOf(target) + 1];
  if (!next) return;
  event.preventDefault();
  next.focus();
}
