import { TextInput } from "@mantine/core";
import { useState } from "react";
import { inputTestId, type EditorProps } from "./types";
import { textOf, textValue } from "./values";

/** The webview's own date input: it gives YYYY-MM-DD, or "" while the date is incomplete. */
export function DateField({ stepId, field, initial, onChange, onFlush, frame }: EditorProps<"date">) {
  const [text, setText] = useState(() => textOf(initial));
  return (
    <TextInput
      {...frame}
      type="date"
      styles={{ wrapper: { width: "12rem" } }}
      value={text}
      onChange={(e) => {
        const next = e.currentTarget.value;
        setText(next);
        onChange(textValue(next));
      }}
      onBlur={onFlush}
      data-testid={inputTestId(stepId, field.id)}
    />
  );
}
