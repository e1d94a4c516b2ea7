import { Textarea } from "@mantine/core";
import { useState } from "react";
import { inputTestId, type EditorProps } from "./types";
import { textOf, textValue } from "./values";

/** Paragraphs: Enter makes a new line here, so it does not move to the next field. */
export function LongtextField({ stepId, field, initial, onChange, onFlush, frame }: EditorProps<"longtext">) {
  const [text, setText] = useState(() => textOf(initial));
  return (
    <Textarea
      {...frame}
      size="md"
      autosize
      minRows={3}
      maxRows={16}
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
