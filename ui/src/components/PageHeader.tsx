import { Group, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

type Props = { title: string; lead?: ReactNode; aside?: ReactNode };

export function PageHeader({ title, lead, aside }: Props) {
  return (
    <Group justify="space-between" align="flex-start" wrap="wrap" gap="md" mb="lg">
      <Stack gap={4}>
        <Title order={1} size="h2">
          {title}
        </Title>
        {lead !== undefined && <Text c="dimmed">{lead}</Text>}
      </Stack>
      {aside}
    </Group>
  );
}
