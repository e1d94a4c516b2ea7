/** Puts the cursor in a field's first input (the first line of a list, the first cell of a table). */
export function focusField(container: HTMLElement | null, stepId: string, fieldId: string): boolean {
  const root = container?.querySelector<HTMLElement>(`[data-testid="field-${stepId}-${fieldId}"]`);
  const target =
    root?.querySelector<HTMLElement>("input:not([type=hidden]), textarea, select") ?? root?.querySelector<HTMLElement>("button");
  if (!target) return false;
  target.focus();
  target.scrollIntoView({ block: "center" });
  return true;
}
