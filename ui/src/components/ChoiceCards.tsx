import { Radio, SimpleGrid } from "@mantine/core";
import classes from "./ChoiceCards.module.css";

export type Choice<V extends string> = { value: V; label: string; description?: string; testId: string };

type Props<V extends string> = {
  label: string;
  value: V | null;
  choices: Choice<V>[];
  onChange: (value: V) => void;
  columns?: 1 | 2;
};

/** Native radio inputs styled as large cards: arrow keys, screen readers and WebDriver all see a plain radio group. */
export function ChoiceCards<V extends string>({ label, value, choices, onChange, columns = 2 }: Props<V>) {
  return (
    <Radio.Group
      label={label}
      value={value}
      onChange={(next) => {
        const choice = choices.find((c) => c.value === next);
        if (choice) onChange(choice.value);
      }}
      required
      styles={{ label: { fontSize: "var(--mantine-font-size-lg)", fontWeight: 700 } }}
    >
      <SimpleGrid cols={{ base: 1, sm: columns }} spacing="sm" mt="xs">
        {choices.map((choice) => (
          <Radio
            key={choice.value}
            value={choice.value}
            label={choice.label}
            description={choice.description}
            data-testid={choice.testId}
            classNames={{
              root: classes.card,
              body: classes.body,
              labelWrapper: classes.labelWrapper,
              label: classes.label,
              description: classes.description,
            }}
          />
        ))}
      </SimpleGrid>
    </Radio.Group>
  );
}
