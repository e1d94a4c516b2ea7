import { Group, Progress, Stack, Text } from "@mantine/core";
import { useT } from "../../i18n/LanguageProvider";
import type { Counted } from "../../ipc/bindings.gen";
import { CountedValue } from "./CountedValue";

/** The Rust side's buckets, in its order. */
const bucketLabels = ["0–24%", "25–49%", "50–74%", "75–99%", "100%"];

/** Members by how much of the required content their plan has: one bar per bucket, longest = most members. */
export function CompletenessBars({ buckets }: { buckets: Counted[] }) {
  const t = useT();
  const most = Math.max(1, ...buckets.map((b) => b.value ?? 0));

  return (
    <Stack gap={6} data-testid="region-completeness">
      <Text fw={700}>{t("regional.completenessTitle")}</Text>
      {buckets.map((count, i) => {
        const label = bucketLabels[i] ?? "";
        return (
          <Group key={label} gap="sm" wrap="nowrap" data-testid={`region-completeness-${i}`}>
            <Text w={70} ta="right" size="sm" style={{ flexShrink: 0 }}>
              {label}
            </Text>
            {/* The number beside it says the count; the bar only compares the buckets. */}
            <Progress.Root size="lg" radius="sm" style={{ flex: 1 }} aria-hidden>
              <Progress.Section value={((count.value ?? 0) * 100) / most} withAria={false} />
            </Progress.Root>
            <CountedValue count={count} unit="members" what={t("regional.completenessWhat", { range: label })} size="sm" />
          </Group>
        );
      })}
    </Stack>
  );
}
