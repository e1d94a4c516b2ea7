import { Box, Button, List, Popover, Text } from "@mantine/core";
import { useState } from "react";
import { useT } from "../../i18n/LanguageProvider";
import type { Counted } from "../../ipc/bindings.gen";
import { countedText } from "./countedText";
import { useMemberName } from "./memberNames";

type Props = {
  count: Counted;
  unit: "people" | "members";
  /** What the number counts, e.g. 「旭川市・人工呼吸器・P0」: names the button and the list for screen readers. */
  what: string;
  size?: "sm" | "md" | "lg" | "xl";
  testId?: string;
};

/**
 * A number that opens the list of member files it was counted from, so the coordinator knows whom to
 * ask about it. A hidden number (1–4) is marked in words and style, never only by colour.
 */
export function CountedValue({ count, unit, what, size = "md", testId }: Props) {
  const t = useT();
  const nameOf = useMemberName();
  const [opened, setOpened] = useState(false);
  const hidden = count.value === null;
  const text = countedText(t, count, unit);

  return (
    <Popover opened={opened} onChange={setOpened} width={360} position="bottom-start" withArrow trapFocus shadow="md">
      <Popover.Target>
        <Button
          variant={hidden ? "light" : "subtle"}
          color={hidden ? "gray" : undefined}
          size={size === "xl" ? "lg" : size}
          fz={size}
          fw={700}
          fs={hidden ? "italic" : undefined}
          px={6}
          onClick={() => setOpened((o) => !o)}
          aria-expanded={opened}
          aria-label={t("regional.drill.label", { what, value: text })}
          data-testid={testId}
          data-hidden={hidden || undefined}
        >
          {text}
        </Button>
      </Popover.Target>
      <Popover.Dropdown data-testid="region-drilldown" aria-label={t("regional.drill.title", { what })}>
        <Text fw={700} size="sm" mb={4}>
          {t("regional.drill.title", { what })}
        </Text>
        {count.members.length === 0 ? (
          <Text size="sm">{t("regional.drill.none")}</Text>
        ) : (
          <Box mah={280} style={{ overflowY: "auto" }}>
            <List size="sm" spacing={2}>
              {count.members.map((fingerprint) => (
                <List.Item key={fingerprint} data-testid="region-drilldown-member">
                  {nameOf(fingerprint)}
                </List.Item>
              ))}
            </List>
          </Box>
        )}
        {hidden && (
          <Text size="xs" c="dimmed" mt="xs">
            {t("regional.drill.hiddenNote")}
          </Text>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
