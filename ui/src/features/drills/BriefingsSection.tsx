import { Button, Group, NativeSelect, Paper, Stack, Table, Text, TextInput, Textarea } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { dateText, DateLabel } from "../../components/DateLabel";
import { ErrorNotice } from "../../components/ErrorNotice";
import { errorText, fieldErrorText } from "../../i18n/errors";
import { useLanguage, useT } from "../../i18n/LanguageProvider";
import type { Briefing } from "../../ipc/bindings.gen";
import { useSaveBriefing } from "../../ipc/drillQueries";
import { LinkSection } from "../links/LinkSection";
import { todayIso } from "../plan/revisions/reviseDates";
import { linesOf } from "./participants";
import { usePlanRevisions } from "./usePlanRevisions";

/** 職員への周知・研修の記録: who was told what, when, about which version of the plan. */
export function BriefingsSection({ briefings }: { briefings: Briefing[] }) {
  const t = useT();
  const [adding, setAdding] = useState(false);

  return (
    <LinkSection
      title={t("briefings.title")}
      lead={t("briefings.lead")}
      aside={
        <Button
          variant={adding ? "default" : "filled"}
          onClick={() => setAdding((a) => !a)}
          aria-expanded={adding}
          data-testid="briefing-new"
        >
          {t(adding ? "briefings.cancel" : "briefings.new")}
        </Button>
      }
      testId="drills-briefings"
    >
      {adding && <BriefingForm onSaved={() => setAdding(false)} />}
      {briefings.length === 0 ? (
        <Text data-testid="briefings-empty">{t("briefings.empty")}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm" withTableBorder data-testid="briefings-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("briefings.colHeldOn")}</Table.Th>
                <Table.Th>{t("briefings.colTopic")}</Table.Th>
                <Table.Th>{t("briefings.colRevision")}</Table.Th>
                <Table.Th>{t("briefings.colAttendees")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {briefings.map((b) => (
                <Table.Tr key={b.id} data-testid={`briefing-row-${b.id}`}>
                  <Table.Td>
                    <DateLabel iso={b.heldOn} />
                  </Table.Td>
                  <Table.Td>{b.topic}</Table.Td>
                  <Table.Td>{b.revision == null ? t("briefings.noRevision") : t("version.fixed", { n: b.revision })}</Table.Td>
                  <Table.Td title={b.attendees.join(t("briefings.attendeeSeparator"))}>
                    {t("briefings.attendeeCount", { n: b.attendees.length })}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </LinkSection>
  );
}

/** One new record; its inputs are checked by the Rust side, which names the one at fault. */
function BriefingForm({ onSaved }: { onSaved: () => void }) {
  const t = useT();
  const language = useLanguage();
  const save = useSaveBriefing();
  const { revisions } = usePlanRevisions();
  const [heldOn, setHeldOn] = useState(todayIso);
  const [topic, setTopic] = useState("");
  const [revision, setRevision] = useState("");
  const [attendees, setAttendees] = useState("");
  const refusal = fieldErrorText(t, save.error, "drillError");
  const errorFor = (field: string) => (refusal?.field === field ? refusal.text : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    try {
      await save.mutateAsync({
        id: "",
        heldOn,
        topic: topic.trim(),
        revision: revision === "" ? null : Number(revision),
        attendees: linesOf(attendees),
      });
    } catch {
      return; // the sentence shows by the input at fault, or below the form
    }
    onSaved();
  };

  return (
    <Paper withBorder p="md" radius="md" component="form" onSubmit={submit} noValidate data-testid="briefing-form">
      <Stack gap="sm">
        <Group align="flex-start" wrap="wrap">
          <TextInput
            type="date"
            label={t("briefings.heldOn")}
            required
            value={heldOn}
            onChange={(e) => setHeldOn(e.currentTarget.value)}
            description={heldOn === "" ? undefined : dateText(heldOn, language) || undefined}
            error={errorFor("date")}
            styles={{ wrapper: { width: "12rem" } }}
            data-testid="briefing-held-on"
          />
          <NativeSelect
            label={t("briefings.revision")}
            description={t("briefings.revisionHint")}
            data={[
              { value: "", label: t("briefings.noRevision") },
              ...(revisions ?? [])
                .slice()
                .reverse()
                .map((r) => ({ value: String(r.number), label: t("version.fixed", { n: r.number }) })),
            ]}
            value={revision}
            onChange={(e) => setRevision(e.currentTarget.value)}
            error={errorFor("revision")}
            data-testid="briefing-revision"
          />
        </Group>
        <TextInput
          label={t("briefings.topic")}
          placeholder={t("briefings.topicPlaceholder")}
          required
          value={topic}
          onChange={(e) => setTopic(e.currentTarget.value)}
          error={errorFor("topic")}
          data-testid="briefing-topic"
        />
        <Textarea
          label={t("briefings.attendees")}
          description={t("briefings.attendeesHint")}
          required
          autosize
          minRows={3}
          value={attendees}
          onChange={(e) => setAttendees(e.currentTarget.value)}
          error={errorFor("attendees")}
          data-testid="briefing-attendees"
        />
        {save.isError && refusal === null && <ErrorNotice text={errorText(t, save.error)} />}
        <Group>
          <Button type="submit" loading={save.isPending} data-testid="briefing-save">
            {t("briefings.save")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
