import { TextInput } from "@mantine/core";
import { useState } from "react";
import { inputTestId, type EditorProps } from "./types";
import { textOf, textValue } from "./values";

export function TextField({ stepId, field, initial, onChange, onFlush, frame }: EditorProps<"text">) {
  const [text, setText] = useState(() => textOf(initial));
  return (
    <TextInput
      {...frame}
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
