import { Badge, Group, List, Loader, NativeSelect, Paper, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { ErrorNotice } from "../../../components/ErrorNotice";
import { errorText } from "../../../i18n/errors";
import { useLanguage, useT } from "../../../i18n/LanguageProvider";
import type { Change, Guide, Revision } from "../../../ipc/bindings.gen";
import { type PlanVersionRef, useChanges } from "../../../ipc/queries";
import { changeKind, changePlace, inGuideOrder, valueSummary, type ChangeKind } from "./changeText";
import { latestNumber, versionText } from "./planVersion";

const current = "current";
const refOf = (value: string): PlanVersionRef => (value === current ? null : Number(value));
const valueOf = (ref: PlanVersionRef) => (ref === null ? current : String(ref));

const kindColor: Record<ChangeKind, string> = { added: "green", changed: "blue", removed: "red" };

type Props = { guide: Guide; revisions: Revision[] };

/** 変更点 between two versions (a fixed one or the working copy), latest → current unless the user picks others. */
export function RevisionChanges({ guide, revisions }: Props) {
  const t = useT();
  const latest = latestNumber(revisions);
  // undefined = not picked: follows the latest version, so a new revision moves the default along.
  const [fromPick, setFrom] = useState<PlanVersionRef | undefined>();
  const [toPick, setTo] = useState<PlanVersionRef | undefined>();
  const from = fromPick === undefined ? (latest ?? null) : fromPick;
  const to = toPick === undefined ? null : toPick;
  const changes = useChanges(from, to, latest !== undefined);

  const options = [
    ...revisions.map((r) => ({ value: String(r.number), label: versionText(t, { kind: "fixed", number: r.number }) })),
    { value: current, label: t("changes.current") },
  ];

  return (
    <Paper withBorder p="lg" radius="md">
      <Title order={2} size="h3" mb="sm">
        {t("changes.title")}
      </Title>
      {latest === undefined ? (
        <Text data-testid="revision-changes-none">{t("changes.noRevisions")}</Text>
      ) : (
        <Stack gap="md">
          <Group gap="md" align="flex-end">
            <NativeSelect
              label={t("changes.from")}
              data={options}
              value={valueOf(from)}
              onChange={(e) => setFrom(refOf(e.currentTarget.value))}
              data-testid="revision-changes-from"
            />
            <Text aria-hidden pb={8}>
              →
            </Text>
            <NativeSelect
              label={t("changes.to")}
              data={options}
              value={valueOf(to)}
              onChange={(e) => setTo(refOf(e.currentTarget.value))}
              data-testid="revision-changes-to"
            />
          </Group>
          {changes.isError ? (
            <ErrorNotice text={errorText(t, changes.error)} />
          ) : changes.data === undefined ? (
            <Loader aria-label={t("app.loading")} />
          ) : (
            <ChangeList guide={guide} changes={changes.data} />
          )}
        </Stack>
      )}
    </Paper>
  );
}

function ChangeList({ guide, changes }: { guide: Guide; changes: Change[] }) {
  const t = useT();
  const language = useLanguage();
  if (changes.length === 0) return <Text data-testid="revision-changes">{t("changes.none")}</Text>;

  return (
    <Stack gap="xs" data-testid="revision-changes">
      <Text>{t("changes.count", { count: changes.length })}</Text>
      <List spacing="sm" listStyleType="none" ml={0} pl={0}>
        {inGuideOrder(guide, changes).map((change) => {
          const kind = changeKind(change);
          const place = changePlace(guide, change, language);
          return (
            <List.Item key={`${change.stepId}/${change.fieldId}`} data-testid={`change-${change.stepId}-${change.fieldId}`} data-kind={kind}>
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <Badge color={kindColor[kind]} variant="filled" size="lg" radius="sm" style={{ flexShrink: 0 }}>
                  {t(`changes.${kind}`)}
                </Badge>
                <div>
                  <Text fw={700}>{t("changes.line", { step: place.step, field: place.field })}</Text>
                  <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                    {valueSummary(t, language, place.def, change.before)} → {valueSummary(t, language, place.def, change.after)}
                  </Text>
                </div>
              </Group>
            </List.Item>
          );
        })}
      </List>
    </Stack>
  );
}
