import { Checkbox, Stack } from "@mantine/core";
import { useState } from "react";
import { useLocalText } from "../../../i18n/localText";
import { GroupFrame } from "./GroupFrame";
import type { EditorProps } from "./types";
import { stringsOf } from "./values";

export function MultichoiceField({ stepId, field, initial, onChange, frame }: EditorProps<"multichoice">) {
  const local = useLocalText();
  const [chosen, setChosen] = useState(() => stringsOf(initial));
  return (
    <GroupFrame frame={frame}>
      <Checkbox.Group
        size="md"
        value={chosen}
        onChange={(next) => {
          // Stored in the guide's option order, whatever order they were ticked in.
          const ordered = field.options.map((o) => o.id).filter((id) => next.includes(id));
          setChosen(ordered);
          onChange(ordered.length === 0 ? null : ordered, true);
        }}
      >
        <Stack gap="xs" mt="xs">
          {field.options.map((option) => (
            <Checkbox
              key={option.id}
              value={option.id}
              label={local(option)}
              data-testid={`choice-${stepId}-${field.id}-${option.id}`}
            />
          ))}
        </Stack>
      </Checkbox.Group>
    </GroupFrame>
  );
}
