import { List, Paper, Text, Title } from "@mantine/core";
import { formatTime } from "../../i18n/format";
import { useT } from "../../i18n/LanguageProvider";
import type { OutageDeclaration, SafetyCheck } from "../../ipc/bindings.gen";
import { checkByText, checkResultText } from "./checkText";

type Props = { outage: OutageDeclaration; checks: SafetyCheck[]; nameOf: (patientId: string) => string };

/** 経過記録: every check of this outage, newest first, under the moment the response began. */
export function CheckTimeline({ outage, checks, nameOf }: Props) {
  const t = useT();
  // Reversed first so that two checks stamped the same moment still show the later-recorded one on top (sort is stable).
  const newestFirst = [...checks].reverse().sort((a, b) => Date.parse(b.at) - Date.parse(a.at));

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="response-timeline-title">
      <Title order={2} size="h3" id="response-timeline-title">
        {t("timeline.title")}
      </Title>
      <Text c="dimmed" mb="sm">
        {t("timeline.newestFirst")}
      </Text>
      <List spacing="xs" listStyleType="none" ml={0} pl={0} data-testid="response-timeline">
        {newestFirst.map((check, i) => (
          <List.Item key={`${check.at}-${check.patientId}-${i}`} data-testid="timeline-entry" fz="lg">
            <Text span fw={700} ff="monospace" mr="sm">
              {formatTime(check.at)}
            </Text>
            {t("timeline.entry", { patient: nameOf(check.patientId), result: checkResultText(t, check) })}
            {check.by.trim() !== "" && checkByText(t, check)}
            {check.note !== undefined && check.note.trim() !== "" && ` — ${check.note}`}
          </List.Item>
        ))}
        <List.Item fz="lg" data-testid="timeline-start">
          <Text span fw={700} ff="monospace" mr="sm">
            {formatTime(outage.startedAt)}
          </Text>
          {t("timeline.started")}
        </List.Item>
      </List>
      {checks.length === 0 && (
        <Text c="dimmed" mt="sm" data-testid="timeline-empty">
          {t("timeline.empty")}
        </Text>
      )}
    </Paper>
  );
}
