import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  Loader,
  Modal,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
} from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { ErrorNotice } from "../../components/ErrorNotice";
import { NumberBox } from "../../components/NumberBox";
import { errorText, fieldErrorText } from "../../i18n/errors";
import { useT } from "../../i18n/LanguageProvider";
import { useLocalText } from "../../i18n/localText";
import type { Partner, Scenario } from "../../ipc/bindings.gen";
import { useSaveDrill } from "../../ipc/drillQueries";
import { useLinkView } from "../../ipc/linkQueries";
import { oneOf } from "../patients/choices";
import { drillKinds, drillOf, drillProblems, withScenario, type DrillDraft } from "./drillDraft";

type Props = { initial: DrillDraft; scenarios: Scenario[]; onClose: () => void };

/**
 * 訓練を計画 / 計画を変更: one form for a new drill and for a planned one. Rendered only while open, so
 * every opening starts from its draft; on success it closes and opens the drill's page.
 */
export function DrillDialog({ initial, scenarios, onClose }: Props) {
  const t = useT();
  const local = useLocalText();
  const navigate = useNavigate();
  const save = useSaveDrill();
  const [draft, setDraft] = useState(initial);
  const [attempted, setAttempted] = useState(false);
  const problems = drillProblems(draft);
  const refusal = fieldErrorText(t, save.error, "drillError");
  const errorOf = (field: string): string | undefined => {
    const problem = attempted ? problems[field as keyof typeof problems] : undefined;
    if (problem !== undefined) return t(problem);
    return refusal?.field === field ? refusal.text : undefined;
  };
  const scenario = scenarios.find((s) => s.id === draft.scenarioId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (Object.keys(problems).length > 0 || save.isPending) return;
    let id: string;
    try {
      id = await save.mutateAsync(drillOf(draft));
    } catch {
      return; // the sentence shows by the input at fault, or below the form
    }
    onClose();
    await navigate({ to: "/drills/$drillId", params: { drillId: id } });
  };

  return (
    <Modal opened onClose={onClose} title={t(draft.id === "" ? "drillForm.titleNew" : "drillForm.titleEdit")} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t("drillForm.title")}
            placeholder={t("drillForm.titlePlaceholder")}
            required
            value={draft.title}
            onChange={(e) => {
              const title = e.currentTarget.value;
              setDraft((d) => ({ ...d, title }));
            }}
            error={errorOf("title")}
            data-testid="drill-title"
          />
          <NativeSelect
            label={t("drillForm.scenario")}
            description={scenario ? local(scenario.summary) : undefined}
            data={scenarios.map((s) => ({ value: s.id, label: local(s.title) }))}
            value={draft.scenarioId}
            onChange={(e) => {
              const chosen = scenarios.find((s) => s.id === e.currentTarget.value);
              if (chosen) setDraft((d) => withScenario(d, chosen));
            }}
            error={errorOf("scenarioId")}
            data-testid="drill-scenario"
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t("drillForm.kind")}
              data={drillKinds.map((k) => ({ value: k, label: t(`drillKind.${k}`) }))}
              value={draft.kind}
              onChange={(e) => {
                const kind = e.currentTarget.value;
                if (oneOf(drillKinds, kind)) setDraft((d) => ({ ...d, kind }));
              }}
              data-testid="drill-kind"
            />
            <TextInput
              label={t("drillForm.startsAt")}
              description={t("drillForm.startsAtHint")}
              type="datetime-local"
              required
              value={draft.startsAt}
              onChange={(e) => {
                const startsAt = e.currentTarget.value;
                setDraft((d) => ({ ...d, startsAt }));
              }}
              error={errorOf("startsAt")}
              data-testid="drill-starts-at"
            />
          </SimpleGrid>
          <Group align="flex-end" gap="xl">
            <NumberBox
              label={t("drillForm.blackoutHours")}
              description={t("drillForm.blackoutHoursHint")}
              value={draft.blackoutHours}
              onChange={(blackoutHours) => setDraft((d) => ({ ...d, blackoutHours }))}
              min={0}
              max={720}
              error={errorOf("blackoutHours")}
              testId="drill-blackout-hours"
            />
            <Checkbox
              label={t("drillForm.officeDown")}
              description={t("drillForm.officeDownHint")}
              checked={draft.officeDown}
              onChange={(e) => {
                const officeDown = e.currentTarget.checked;
                setDraft((d) => ({ ...d, officeDown }));
              }}
              size="md"
              data-testid="drill-office-down"
            />
          </Group>
          <PartnerChoices draft={draft} setDraft={setDraft} error={errorOf("partners")} />
          <Textarea
            label={t("drillForm.participants")}
            description={t("drillForm.participantsHint")}
            placeholder={t("drillForm.participantsPlaceholder")}
            autosize
            minRows={3}
            value={draft.participants}
            onChange={(e) => {
              const participants = e.currentTarget.value;
              setDraft((d) => ({ ...d, participants }));
            }}
            data-testid="drill-participants"
          />
          {save.isError && refusal === null && <ErrorNotice text={errorText(t, save.error)} testId="drill-save-error" />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} data-testid="drill-cancel">
              {t("drillForm.cancel")}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="drill-save">
              {t("drillForm.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

type ChoicesProps = {
  draft: DrillDraft;
  setDraft: (change: (draft: DrillDraft) => DrillDraft) => void;
  error: string | undefined;
};

const toggled = (ids: string[], id: string, on: boolean) => (on ? [...ids.filter((x) => x !== id), id] : ids.filter((x) => x !== id));

/** Per partner of the directory: taking part (合同訓練) and assumed down (no help under its agreements). */
function PartnerChoices({ draft, setDraft, error }: ChoicesProps) {
  const t = useT();
  const view = useLinkView();
  const partners: Partner[] = view.data?.partners ?? [];

  return (
    <Fieldset legend={t("drillForm.partners")} variant="unstyled" data-testid="drill-partners">
      <Stack gap="xs">
        {error !== undefined && <ErrorNotice text={error} />}
        {view.isError ? (
          <ErrorNotice text={errorText(t, view.error)} />
        ) : view.data === undefined ? (
          <Loader size="sm" aria-label={t("app.loading")} />
        ) : partners.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="drill-partners-empty">
            {t("drillForm.noPartners")}
          </Text>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {t("drillForm.partnersHint")}
            </Text>
            <Table withTableBorder verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("drillForm.colPartner")}</Table.Th>
                  <Table.Th>{t("drillForm.colJoint")}</Table.Th>
                  <Table.Th>{t("drillForm.colDown")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {partners.map((partner) => {
                  const id = partner.id ?? "";
                  return (
                    <Table.Tr key={id}>
                      <Table.Td>{partner.name}</Table.Td>
                      <Table.Td>
                        <Checkbox
                          aria-label={t("drillForm.jointLabel", { name: partner.name })}
                          checked={draft.jointPartnerIds.includes(id)}
                          onChange={(e) => {
                            const on = e.currentTarget.checked;
                            setDraft((d) => ({ ...d, jointPartnerIds: toggled(d.jointPartnerIds, id, on) }));
                          }}
                          data-testid={`drill-joint-${id}`}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Checkbox
                          aria-label={t("drillForm.downLabel", { name: partner.name })}
                          checked={draft.partnersDown.includes(id)}
                          onChange={(e) => {
                            const on = e.currentTarget.checked;
                            setDraft((d) => ({ ...d, partnersDown: toggled(d.partnersDown, id, on) }));
                          }}
                          data-testid={`drill-down-${id}`}
                        />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </>
        )}
      </Stack>
    </Fieldset>
  );
}
