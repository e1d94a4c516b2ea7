import { Group, NumberInput, Text } from "@mantine/core";
import { useState } from "react";
import { useLocalText } from "../../../i18n/localText";
import { inputTestId, type EditorProps } from "./types";
import { numberOf } from "./values";

export function NumberField({ stepId, field, initial, onChange, onFlush, frame }: EditorProps<"number">) {
  const local = useLocalText();
  const [value, setValue] = useState<number | string>(() => numberOf(initial) ?? "");
  const unit = field.unit ? local(field.unit) : null;
  return (
    <NumberInput
      {...frame}
      size="md"
      styles={{ wrapper: { width: "12rem" } }}
      // The unit sits right of the box, inside the label/help/error frame.
      inputContainer={(input) =>
        unit === null ? (
          input
        ) : (
          <Group gap="xs" wrap="nowrap">
            {input}
            <Text>{unit}</Text>
          </Group>
        )
      }
      value={value}
      min={field.min ?? undefined}
      max={field.max ?? undefined}
      // Out-of-range input is kept as typed and refused with a sentence, never silently changed on blur.
      clampBehavior="none"
      onChange={(next) => {
        setValue(next);
        // Mantine hands over a string while the text is not a number yet ("", "-"): only "" means clear.
        if (typeof next === "number") onChange(next);
        else if (next.trim() === "") onChange(null);
      }}
      onBlur={onFlush}
      data-testid={inputTestId(stepId, field.id)}
    />
  );
}
