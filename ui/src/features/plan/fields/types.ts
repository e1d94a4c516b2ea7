import type { ReactNode } from "react";
import type { Field, Value } from "../../../ipc/bindings.gen";

/** The label, help and refusal sentence, rendered by each editor through Mantine so they are tied to its input. */
export type EditorFrame = {
  label: ReactNode;
  description: string;
  /** The invalidInput sentence when the Rust side refused the last value. */
  error: string | undefined;
};

export type EditorProps<K extends Field["type"]> = {
  stepId: string;
  field: Extract<Field, { type: K }>;
  /** The value the editor starts from (saved answer or adopted example); later edits live in the editor. */
  initial: Value | undefined;
  /** Hands a value of the field's JSON shape to the autosave queue; `now` skips the quiet time. */
  onChange: (value: Value, now?: boolean) => void;
  /** Sends what is waiting at once (on blur). */
  onFlush: () => void;
  frame: EditorFrame;
};

/** testid of the field's main input, as the wizard tests and the e2e suite find it. */
export const inputTestId = (stepId: string, fieldId: string) => `input-${stepId}-${fieldId}`;
export const cellTestId = (stepId: string, fieldId: string, row: string | number, column: string) =>
  `cell-${stepId}-${fieldId}-${row}-${column}`;
