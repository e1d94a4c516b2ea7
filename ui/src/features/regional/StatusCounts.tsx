import { Card, Group, Progress, SimpleGrid, Stack, Text, ThemeIcon } from "@mantine/core";
import { useT } from "../../i18n/LanguageProvider";
import type { StatusCount } from "../../ipc/bindings.gen";
import { CountedValue } from "./CountedValue";
import { statusColor } from "./statusColors";

/** How many members are at each stage of their plan: one card per status, and their shares in one bar. */
export function StatusCounts({ byStatus }: { byStatus: StatusCount[] }) {
  const t = useT();
  // Member counts are never hidden (they count files, not patients); a hidden one would add nothing here.
  const total = byStatus.reduce((sum, s) => sum + (s.count.value ?? 0), 0);

  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
        {byStatus.map(({ status, count }) => (
          <Card key={status} withBorder padding="sm" data-testid={`region-status-${status}`}>
            <Group gap="xs" wrap="nowrap">
              <ThemeIcon color={statusColor[status]} size="sm" radius="xl" aria-hidden />
              <Text fw={700}>{t(`planStatus.${status}`)}</Text>
            </Group>
            <CountedValue count={count} unit="members" what={t(`planStatus.${status}`)} size="xl" />
          </Card>
        ))}
      </SimpleGrid>
      {total > 0 && (
        // The cards above say the numbers; the bar only shows the shares at a glance.
        <Progress.Root size="xl" radius="sm" aria-hidden>
          {byStatus.map(({ status, count }) => (
            <Progress.Section key={status} value={((count.value ?? 0) * 100) / total} color={statusColor[status]} withAria={false} />
          ))}
        </Progress.Root>
      )}
    </Stack>
  );
}
