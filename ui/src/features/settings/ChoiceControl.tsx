import { SegmentedControl, Stack, Text } from "@mantine/core";
import { useId, type ReactNode } from "react";

type Choice<V extends string> = { value: V; label: ReactNode; testId: string; lang?: string };

type Props<V extends string> = {
  label: string;
  hint?: string;
  value: V;
  choices: Choice<V>[];
  onChange: (value: V) => void;
};

/** One preference as a labelled radio group of segments (arrow keys move, as in any radio group). */
export function ChoiceControl<V extends string>({ label, hint, value, choices, onChange }: Props<V>) {
  const labelId = useId();
  return (
    <Stack gap="xs">
      <Text id={labelId} fw={700}>
        {label}
      </Text>
      <SegmentedControl
        role="radiogroup"
        aria-labelledby={labelId}
        value={value}
        onChange={(next) => {
          const choice = choices.find((c) => c.value === next);
          if (choice) onChange(choice.value);
        }}
        data={choices.map((choice) => ({
          value: choice.value,
          label: (
            <span data-testid={choice.testId} lang={choice.lang}>
              {choice.label}
            </span>
          ),
        }))}
        fullWidth
      />
      {hint !== undefined && (
        <Text size="sm" c="dimmed">
          {hint}
        </Text>
      )}
    </Stack>
  );
}
