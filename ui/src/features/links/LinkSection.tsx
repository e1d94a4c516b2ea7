import { Card, Group, Stack, Text, Title } from "@mantine/core";
import { useId, type ReactNode } from "react";

type Props = { title: string; lead?: ReactNode; aside?: ReactNode; children: ReactNode; testId?: string };

/** One part of the 連携 screen, named by its heading for screen readers' landmarks list. */
export function LinkSection({ title, lead, aside, children, testId }: Props) {
  const headingId = useId();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId} data-testid={testId}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <Stack gap={4} style={{ flex: 1, minWidth: "18rem" }}>
            <Title order={2} size="h4" id={headingId}>
              {title}
            </Title>
            {lead !== undefined && (
              <Text size="sm" c="dimmed">
                {lead}
              </Text>
            )}
          </Stack>
          {aside}
        </Group>
        {children}
      </Stack>
    </Card>
  );
}
