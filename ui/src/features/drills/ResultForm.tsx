import { Alert, Anchor, Button, Fieldset, Group, Paper, SimpleGrid, Stack, Text, TextInput, Textarea } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { dateText } from "../../components/DateLabel";
import { ErrorNotice } from "../../components/ErrorNotice";
import { NumberBox } from "../../components/NumberBox";
import { errorText, fieldErrorText } from "../../i18n/errors";
import { formatNumber } from "../../i18n/format";
import { useLanguage, useT } from "../../i18n/LanguageProvider";
import { useLocalText } from "../../i18n/localText";
import type { Drill, Scenario } from "../../ipc/bindings.gen";
import { useDrills, useRecordDrillResult } from "../../ipc/drillQueries";
import { LinkSection } from "../links/LinkSection";
import {
  actionItemCount,
  emptyFinding,
  resultDraftOf,
  resultOf,
  resultProblems,
  withStoredIds,
  type FindingRow,
  type ResultDraft,
} from "./resultDraft";

const dateWidth = { wrapper: { width: "12rem" } };

type Props = { drill: Drill; drillId: string; scenario: Scenario | undefined };

/**
 * 訓練の記録: what happened, measured times, deviations and findings. Like the patient editor it has a
 * button: the Rust side checks the record as a whole and turns findings with an action into action
 * items, so a half-written finding is never stored keystroke by keystroke.
 */
export function ResultForm({ drill, drillId, scenario }: Props) {
  const t = useT();
  const language = useLanguage();
  const local = useLocalText();
  const record = useRecordDrillResult();
  const closed = useClosedFindings(drillId);
  const [draft, setDraft] = useState<ResultDraft>(() => resultDraftOf(drill, scenario));
  const [attempted, setAttempted] = useState(false);
  const [saved, setSaved] = useState<Drill | null>(null);
  const problems = attempted ? resultProblems(draft) : {};
  const refusal = fieldErrorText(t, record.error, "drillError");

  const update = (change: (d: ResultDraft) => ResultDraft) => {
    setDraft(change);
    setSaved(null);
  };
  const updateFinding = (index: number, change: Partial<FindingRow>) =>
    update((d) => ({ ...d, findings: d.findings.map((f, i) => (i === index ? { ...f, ...change } : f)) }));
  const errorOf = (key: string) => {
    const problem = problems[key];
    return problem === undefined ? undefined : t(problem);
  };
  // A refused date is the day held unless a finding carries a due date (the Rust side does not say which).
  const dateAtFindings = draft.findings.some((f) => f.dueOn !== "");
  const refusedAt = (section: "heldOn" | "measurements" | "findings") => {
    if (refusal === null) return undefined;
    if (refusal.field === "date") return section === (dateAtFindings ? "findings" : "heldOn") ? refusal.text : undefined;
    return refusal.field === section ? refusal.text : undefined;
  };
  const refusalShown = refusal !== null && ["date", "measurements", "findings"].includes(refusal.field);
  const measurementsRefused = refusedAt("measurements");
  const findingsRefused = refusedAt("findings");

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (record.isPending) return;
    setAttempted(true);
    record.reset();
    setSaved(null);
    if (Object.keys(resultProblems(draft)).length > 0) return;
    try {
      const stored = await record.mutateAsync({ drillId, result: resultOf(draft) });
      setDraft((d) => withStoredIds(d, stored));
      setSaved(stored);
    } catch {
      // the sentence shows by the part at fault, or by the button
    }
  };

  const hasProblems = Object.keys(problems).length > 0;

  return (
    <LinkSection title={t("drillResult.title")} lead={t("drillResult.lead")} testId="drill-result">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Group align="flex-start" wrap="wrap" gap="lg">
            <TextInput
              type="date"
              label={t("drillResult.heldOn")}
              required
              value={draft.heldOn}
              onChange={(e) => {
                const heldOn = e.currentTarget.value;
                update((d) => ({ ...d, heldOn }));
              }}
              description={draft.heldOn === "" ? undefined : dateText(draft.heldOn, language) || undefined}
              error={errorOf("held-on") ?? refusedAt("heldOn")}
              styles={dateWidth}
              data-testid="result-held-on"
            />
            <TextInput
              label={t("drillResult.recordedBy")}
              value={draft.recordedBy}
              onChange={(e) => {
                const recordedBy = e.currentTarget.value;
                update((d) => ({ ...d, recordedBy }));
              }}
              autoComplete="name"
              data-testid="result-recorded-by"
            />
          </Group>
          <Textarea
            label={t("drillResult.attendees")}
            description={t("drillResult.attendeesHint")}
            autosize
            minRows={3}
            value={draft.attendees}
            onChange={(e) => {
              const attendees = e.currentTarget.value;
              update((d) => ({ ...d, attendees }));
            }}
            data-testid="result-attendees"
          />
          <Fieldset legend={t("drillResult.measurements")} data-testid="result-measurements">
            <Stack gap="sm">
              <Text size="sm" c="dimmed">
                {t("drillResult.measurementsHint")}
              </Text>
              {measurementsRefused !== undefined && <ErrorNotice text={measurementsRefused} />}
              {draft.measurements.length === 0 ? (
                <Text size="sm">{t("drillResult.noMeasures")}</Text>
              ) : (
                draft.measurements.map((m, i) => (
                  <NumberBox
                    key={m.label}
                    label={t("drillResult.minutesFor", { label: local(m.text) })}
                    description={
                      m.target === null ? undefined : t("drillResult.target", { minutes: formatNumber(m.target, language) })
                    }
                    value={m.minutes}
                    onChange={(minutes) =>
                      update((d) => ({ ...d, measurements: d.measurements.map((x, j) => (j === i ? { ...x, minutes } : x)) }))
                    }
                    min={0}
                    testId={`result-minutes-${i}`}
                  />
                ))
              )}
            </Stack>
          </Fieldset>
          <Textarea
            label={t("drillResult.deviations")}
            description={t("drillResult.deviationsHint")}
            autosize
            minRows={2}
            value={draft.deviations}
            onChange={(e) => {
              const deviations = e.currentTarget.value;
              update((d) => ({ ...d, deviations }));
            }}
            data-testid="result-deviations"
          />
          <Fieldset legend={t("drillResult.findings")} data-testid="result-findings">
            <Stack gap="sm">
              <Text size="sm" c="dimmed">
                {t("drillResult.findingsHint")}
              </Text>
              {findingsRefused !== undefined && <ErrorNotice text={findingsRefused} />}
              {draft.findings.length === 0 && <Text size="sm">{t("drillResult.noFindings")}</Text>}
              {draft.findings.map((finding, i) => (
                <FindingEditor
                  key={finding.key}
                  finding={finding}
                  index={i}
                  closedBy={finding.id === "" ? undefined : closed.get(finding.id)}
                  errorOf={errorOf}
                  onChange={(change) => updateFinding(i, change)}
                  onRemove={() => update((d) => ({ ...d, findings: d.findings.filter((_, j) => j !== i) }))}
                />
              ))}
              <Group>
                <Button
                  variant="light"
                  onClick={() => update((d) => ({ ...d, findings: [...d.findings, emptyFinding()] }))}
                  data-testid="result-add-finding"
                >
                  {t("drillResult.addFinding")}
                </Button>
              </Group>
            </Stack>
          </Fieldset>
          {(hasProblems || (record.isError && !refusalShown)) && (
            <ErrorNotice text={record.isError ? errorText(t, record.error) : t("error.invalidInput")} testId="result-error" />
          )}
          {saved && (
            <Alert color="green" variant="light" role="status" data-testid="result-saved">
              <Text fw={700}>✓ {t("drillResult.saved")}</Text>
              <Text data-testid="result-action-items">
                {t("drillResult.actionItems", { n: actionItemCount(saved) })}{" "}
                <Anchor component={Link} to="/drills" fw={700} data-testid="result-to-drills">
                  {t("drillResult.toActionItems")}
                </Anchor>
              </Text>
            </Alert>
          )}
          <Group>
            <Button type="submit" size="lg" loading={record.isPending} data-testid="result-save">
              {t("drillResult.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </LinkSection>
  );
}

/** Finding id → the version (第n版) that closed its action item: such a finding is history and stays. */
function useClosedFindings(drillId: string): Map<string, number> {
  const items = useDrills().data?.actionItems ?? [];
  const closed = new Map<string, number>();
  for (const item of items)
    if (item.drillId === drillId && item.closed) closed.set(item.id.slice(drillId.length + 1), item.closed.revision);
  return closed;
}

type FindingProps = {
  finding: FindingRow;
  index: number;
  closedBy: number | undefined;
  errorOf: (key: string) => string | undefined;
  onChange: (change: Partial<FindingRow>) => void;
  onRemove: () => void;
};

function FindingEditor({ finding, index, closedBy, errorOf, onChange, onRemove }: FindingProps) {
  const t = useT();
  const language = useLanguage();
  const n = index + 1;
  const text = (field: "text" | "action" | "owner") => ({
    value: finding[field],
    onChange: (e: { currentTarget: { value: string } }) => onChange({ [field]: e.currentTarget.value }),
  });

  return (
    <Paper withBorder p="md" radius="sm" data-testid={`finding-${index}`}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Text fw={700}>{t("drillResult.findingHeading", { n })}</Text>
          {closedBy !== undefined ? (
            <Text size="sm" fw={700} data-testid={`finding-closed-${index}`}>
              ✓ {t("actionItems.closedBy", { n: closedBy })}
            </Text>
          ) : (
            <Button
              variant="subtle"
              color="red.9"
              size="xs"
              onClick={onRemove}
              aria-label={t("drillResult.removeFindingLabel", { n })}
              data-testid={`finding-remove-${index}`}
            >
              {t("drillResult.removeFinding")}
            </Button>
          )}
        </Group>
        <TextInput
          label={t("drillResult.findingText")}
          required
          {...text("text")}
          error={errorOf(`finding-text-${index}`)}
          data-testid={`finding-text-${index}`}
        />
        <TextInput
          label={t("drillResult.findingAction")}
          description={t("drillResult.findingActionHint")}
          {...text("action")}
          data-testid={`finding-action-${index}`}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t("drillResult.findingOwner")}
            {...text("owner")}
            error={errorOf(`finding-owner-${index}`)}
            data-testid={`finding-owner-${index}`}
          />
          <TextInput
            type="date"
            label={t("drillResult.findingDue")}
            value={finding.dueOn}
            onChange={(e) => onChange({ dueOn: e.currentTarget.value })}
            description={finding.dueOn === "" ? undefined : dateText(finding.dueOn, language) || undefined}
            error={errorOf(`finding-due-${index}`)}
            styles={dateWidth}
            data-testid={`finding-due-${index}`}
          />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
