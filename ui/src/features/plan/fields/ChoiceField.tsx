import { NativeSelect } from "@mantine/core";
import { useState } from "react";
import { useT } from "../../../i18n/LanguageProvider";
import { useLocalText } from "../../../i18n/localText";
import { inputTestId, type EditorProps } from "./types";
import { textOf, textValue } from "./values";

export function ChoiceField({ stepId, field, initial, onChange, frame }: EditorProps<"choice">) {
  const t = useT();
  const local = useLocalText();
  const [choice, setChoice] = useState(() => textOf(initial));
  return (
    <NativeSelect
      {...frame}
      styles={{ wrapper: { maxWidth: "30rem" } }}
      data={[
        { value: "", label: t("editor.choiceNone") },
        ...field.options.map((option) => ({ value: option.id, label: local(option) })),
      ]}
      value={choice}
      onChange={(e) => {
        const next = e.currentTarget.value;
        setChoice(next);
        onChange(textValue(next), true);
      }}
      data-testid={inputTestId(stepId, field.id)}
    />
  );
}
