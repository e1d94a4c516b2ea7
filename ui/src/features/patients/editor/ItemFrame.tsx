import { Button, Group, Paper, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useT } from "../../../i18n/LanguageProvider";

type Props = {
  heading: string;
  /** Names the item for screen readers, e.g. 「機器 d1 を削除」. */
  removeLabel: string;
  onRemove: () => void;
  testId?: string;
  children: ReactNode;
};

/** One entry of a list in the editor (a device, a caregiver …) with its remove button. */
export function ItemFrame({ heading, removeLabel, onRemove, testId, children }: Props) {
  const t = useT();
  return (
    <Paper withBorder p="md" radius="sm" bg="var(--app-panel)" data-testid={testId}>
      <Group justify="space-between" mb="sm">
        <Text fw={700}>{heading}</Text>
        <Button variant="subtle" color="red.9" c="var(--app-danger-text)" onClick={onRemove} aria-label={removeLabel}>
          {t("patient.remove")}
        </Button>
      </Group>
      <Stack gap="sm">{children}</Stack>
    </Paper>
  );
}
