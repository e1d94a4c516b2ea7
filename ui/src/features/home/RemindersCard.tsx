import { Anchor, Badge, Group, List, Loader, Paper, Stack, Text, Title } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { DateLabel } from "../../components/DateLabel";
import { ErrorNotice } from "../../components/ErrorNotice";
import { errorText } from "../../i18n/errors";
import type { MessageKey } from "../../i18n/ja";
import { useT } from "../../i18n/LanguageProvider";
import { useLocalText } from "../../i18n/localText";
import type { Reminder, ReminderKind, Urgency } from "../../ipc/bindings.gen";
import { useReminders } from "../../ipc/drillQueries";

/**
 * Filled badges whose text colour Mantine picks by contrast (autoContrast): red.9 takes white, orange.5
 * and gray.3 take black, all above WCAG AA (the same shades as the tier chips). The word says the
 * urgency; the colour only repeats it.
 */
const urgencyColor: Record<Urgency, string> = { overdue: "red.9", dueSoon: "orange.5", notice: "gray.3" };

type Target = "drills" | "revisions" | "links" | "stockpile" | "patients";

/** Where each kind of reminder is dealt with. A Record, so that a kind added to the contract needs a place here. */
const targetOf: Record<ReminderKind, Target> = {
  actionItem: "drills",
  drill: "drills",
  briefing: "drills",
  review: "revisions",
  staffChange: "revisions",
  agreement: "links",
  partnerPlan: "links",
  stock: "stockpile",
  patientData: "patients",
};

const targetLabel: Record<Target, MessageKey> = {
  drills: "reminders.toDrills",
  revisions: "reminders.toRevisions",
  links: "reminders.toLinks",
  stockpile: "reminders.toStockpile",
  patients: "reminders.toPatients",
};

/** The plan step that holds the stock list (備蓄品). */
const stockpileStep = "stockpile";

function TargetLink({ target, testId }: { target: Target; testId: string }) {
  const t = useT();
  const label = t(targetLabel[target]);
  const common = { fw: 700, "data-testid": testId } as const;
  const links: Record<Target, ReactNode> = {
    drills: (
      <Anchor component={Link} to="/drills" {...common}>
        {label}
      </Anchor>
    ),
    revisions: (
      <Anchor component={Link} to="/plan/revisions" {...common}>
        {label}
      </Anchor>
    ),
    links: (
      <Anchor component={Link} to="/links" {...common}>
        {label}
      </Anchor>
    ),
    stockpile: (
      <Anchor renderRoot={(props) => <Link to="/plan/$stepId" params={{ stepId: stockpileStep }} {...props} />} {...common}>
        {label}
      </Anchor>
    ),
    patients: (
      <Anchor component={Link} to="/patients" {...common}>
        {label}
      </Anchor>
    ),
  };
  return links[target];
}

/** お知らせ: what keeps the plan current (reviews, drills, briefings, agreements, stock …), most urgent first. */
export function RemindersCard() {
  const t = useT();
  const reminders = useReminders();
  const list = reminders.data;

  return (
    <Paper withBorder p="lg" radius="md" data-testid="reminders-card">
      <Title order={2} size="h3" mb="xs">
        {t("reminders.title")}
      </Title>
      {reminders.isError ? (
        <ErrorNotice text={errorText(t, reminders.error)} />
      ) : list === undefined ? (
        <Loader aria-label={t("app.loading")} />
      ) : list.length === 0 ? (
        <Text data-testid="reminders-none">{t("reminders.none")}</Text>
      ) : (
        <List spacing="md" listStyleType="none" ml={0} pl={0}>
          {list.map((reminder, i) => (
            <ReminderItem key={i} reminder={reminder} />
          ))}
        </List>
      )}
    </Paper>
  );
}

function ReminderItem({ reminder }: { reminder: Reminder }) {
  const t = useT();
  const local = useLocalText();
  const dueOn = reminder.dueOn ?? null;
  return (
    <List.Item data-testid={`reminder-${reminder.kind}`} data-urgency={reminder.urgency}>
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <Badge
          color={urgencyColor[reminder.urgency]}
          autoContrast
          variant="filled"
          size="lg"
          radius="sm"
          miw={104}
          style={{ flexShrink: 0 }}
          data-testid="reminder-urgency"
        >
          {t(`urgency.${reminder.urgency}`)}
        </Badge>
        <Stack gap={2}>
          <Text fw={reminder.urgency === "overdue" ? 700 : 400}>{local(reminder.text)}</Text>
          {dueOn !== null && (
            <Text size="sm" data-testid="reminder-due">
              {t("reminders.due")} <DateLabel iso={dueOn} />
            </Text>
          )}
          <Text size="sm">
            <TargetLink target={targetOf[reminder.kind]} testId="reminder-link" />
          </Text>
        </Stack>
      </Group>
    </List.Item>
  );
}
