import { Group, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { dateText } from "../../components/DateLabel";
import { formatTime } from "../../i18n/format";
import { useLanguage, useT } from "../../i18n/LanguageProvider";
import type { OutageDeclaration } from "../../ipc/bindings.gen";
import { durationText, minutesSince } from "./countdown";

type Props = { outage: OutageDeclaration; computedAt: string; now: number; aside: ReactNode };

/** When it began and how long ago (counted from the stored start, so a restart shows the true time), where, and the note. */
export function OutageHeader({ outage, computedAt, now, aside }: Props) {
  const t = useT();
  const language = useLanguage();
  const areas = outage.municipalities ?? [];

  return (
    // Compact, with the end button beside it: at 150 % text the first patient must still be on screen.
    <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
      <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
        <Title order={1} size="h2" c="red.9">
          ⚠ {t("response.title")}
        </Title>
        <Group gap="lg">
          <Text fz={22} fw={700} data-testid="response-started">
            {/* The date and time never break inside (a line ending at 「2026-12-」 is misread). */}
            {withUnbroken(
              t("response.startedAt", { time: "\u0000" }),
              `${dateText(outage.startedAt, language)} ${formatTime(outage.startedAt)}`,
            )}
          </Text>
          <Text fz={22} fw={700} data-testid="response-elapsed">
            {t("response.elapsed", { duration: durationText(t, minutesSince(outage.startedAt, now)) })}
          </Text>
        </Group>
        <Text fz="lg" data-testid="response-area">
          {t("response.area", { areas: areas.length === 0 ? t("response.allArea") : areas.join(t("response.areaSeparator")) })}
        </Text>
        {outage.note !== undefined && outage.note.trim() !== "" && (
          <Text fz="lg" data-testid="response-note">
            {t("response.note", { note: outage.note })}
          </Text>
        )}
        <Text c="dimmed" data-testid="response-updated">
          {t("response.updatedAt", { time: formatTime(computedAt) })}
        </Text>
      </Stack>
      {aside}
    </Group>
  );
}

/** `sentence` with its one placeholder mark (NUL) replaced by `value` set as a single unbreakable run. */
function withUnbroken(sentence: string, value: string): ReactNode {
  const [before = "", after = ""] = sentence.split("\u0000");
  return (
    <>
      {before}
      <span style={{ whiteSpace: "nowrap" }}>{value}</span>
      {after}
    </>
  );
}
