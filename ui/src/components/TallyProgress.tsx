import { Progress, Stack, Text } from "@mantine/core";

/** Whole percent, rounded down as the Rust side does, so 99.6 % never reads as done. Nothing to do is 100 %. */
export function tallyPercent(filled: number, total: number): number {
  return total === 0 ? 100 : Math.floor((filled * 100) / total);
}

type Props = {
  /** The count in words, e.g. 「必須 12/43（27%）」: the bar only repeats it. */
  text: string;
  percent: number;
  /** What the bar measures, for screen readers. */
  label: string;
  testId?: string;
};

export function TallyProgress({ text, percent, label, testId }: Props) {
  return (
    <Stack gap={4} miw={220} data-testid={testId}>
      <Text fw={700}>{text}</Text>
      <Progress.Root size="lg" radius="sm">
        <Progress.Section value={percent} aria-label={label} />
      </Progress.Root>
    </Stack>
  );
}
