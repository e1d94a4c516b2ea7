import { Button, Checkbox, Group, Modal, MultiSelect, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { ErrorNotice } from "../../components/ErrorNotice";
import { NumberBox } from "../../components/NumberBox";
import { useT } from "../../i18n/LanguageProvider";
import type { Partner } from "../../ipc/bindings.gen";
import { useSaveAgreement } from "../../ipc/linkQueries";
import { useRegions } from "../../ipc/queries";
import { municipalityOptions } from "../organization/MunicipalitySelect";
import { deviceClasses, oneOf } from "../patients/choices";
import { agreementOf, agreementProblems, type AgreementDraft } from "./agreementDraft";
import { agreementKinds, directions } from "./choices";
import { linkSaveErrorText } from "./exchangeErrors";

type Props = { initial: AgreementDraft; partners: Partner[]; onClose: () => void };

const dateInputs = [
  { field: "validFrom", label: "agreementForm.validFrom", testId: "agreement-valid-from" },
  { field: "validUntil", label: "agreementForm.validUntil", testId: "agreement-valid-until" },
  { field: "reviewOn", label: "agreementForm.reviewOn", testId: "agreement-review-on" },
] as const;

/** Adds or edits one agreement; rendered only while open, so every opening starts from its draft. */
export function AgreementDialog({ initial, partners, onClose }: Props) {
  const t = useT();
  const save = useSaveAgreement();
  const regions = useRegions();
  const [draft, setDraft] = useState(initial);
  const [attempted, setAttempted] = useState(false);
  const problems = agreementProblems(draft);
  const problem = (field: keyof typeof problems) => (attempted && problems[field] ? t(problems[field]) : undefined);
  const set = (patch: Partial<AgreementDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (Object.keys(problems).length > 0 || save.isPending) return;
    try {
      await save.mutateAsync(agreementOf(draft));
    } catch {
      return; // the sentence shows from save.error
    }
    onClose();
  };

  const partnerIds = partners.map((p) => p.id ?? "");
  // An agreement kept for an entry that is no longer listed still shows which it was.
  const partnerOptions = [
    ...(draft.partnerId === "" || partnerIds.includes(draft.partnerId) ? [] : [draft.partnerId]),
    ...partners.map((p) => ({ value: p.id ?? "", label: p.name })),
  ];

  return (
    <Modal opened onClose={onClose} title={t(draft.id === "" ? "agreementForm.titleNew" : "agreementForm.titleEdit")} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NativeSelect
              label={t("agreementForm.partner")}
              required
              data={[{ value: "", label: t("agreementForm.partnerNone"), disabled: true }, ...partnerOptions]}
              value={draft.partnerId}
              onChange={(e) => set({ partnerId: e.currentTarget.value })}
              error={problem("partnerId")}
              data-testid="agreement-partner"
            />
            <NativeSelect
              label={t("agreementForm.kind")}
              data={agreementKinds.map((k) => ({ value: k, label: t(`agreementKind.${k}`) }))}
              value={draft.kind}
              onChange={(e) => {
                const kind = e.currentTarget.value;
                if (oneOf(agreementKinds, kind)) set({ kind });
              }}
              data-testid="agreement-kind"
            />
            <NativeSelect
              label={t("agreementForm.direction")}
              data={directions.map((d) => ({ value: d, label: t(`direction.${d}`) }))}
              value={draft.direction}
              onChange={(e) => {
                const direction = e.currentTarget.value;
                if (oneOf(directions, direction)) set({ direction });
              }}
              data-testid="agreement-direction"
            />
          </SimpleGrid>
          <TextInput
            label={t("agreementForm.trigger")}
            description={t("agreementForm.triggerHint")}
            value={draft.trigger}
            onChange={(e) => set({ trigger: e.currentTarget.value })}
            data-testid="agreement-trigger"
          />
          <NumberBox
            label={t("agreementForm.capacity")}
            description={t("agreementForm.capacityHint")}
            value={draft.capacityPatients}
            onChange={(capacityPatients) => set({ capacityPatients })}
            min={0}
            integer
            error={problem("capacityPatients")}
            testId="agreement-capacity"
          />
          <MultiSelect
            label={t("agreementForm.areas")}
            description={t("agreementForm.areasHint")}
            data={regions.data ? municipalityOptions(regions.data) : draft.areas}
            value={draft.areas}
            onChange={(areas) => set({ areas })}
            searchable
            clearable
            data-testid="agreement-areas"
          />
          <Checkbox.Group
            label={t("agreementForm.deviceClasses")}
            description={t("agreementForm.deviceClassesHint")}
            value={draft.deviceClasses}
            onChange={(values) => set({ deviceClasses: values.filter((v) => oneOf(deviceClasses, v)) })}
          >
            <Group gap="md" mt={6}>
              {deviceClasses.map((c) => (
                <Checkbox key={c} value={c} label={t(`deviceClass.${c}`)} data-testid={`agreement-device-${c}`} />
              ))}
            </Group>
          </Checkbox.Group>
          <Checkbox
            label={t("agreementForm.consentRequired")}
            description={t("agreementForm.consentRequiredHint")}
            checked={draft.consentRequired}
            onChange={(e) => set({ consentRequired: e.currentTarget.checked })}
            data-testid="agreement-consent"
          />
          <Textarea
            label={t("agreementForm.billingNote")}
            autosize
            minRows={2}
            value={draft.billingNote}
            onChange={(e) => set({ billingNote: e.currentTarget.value })}
            data-testid="agreement-billing"
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {dateInputs.map(({ field, label, testId }) => (
              <TextInput
                key={field}
                label={t(label)}
                placeholder={t("agreementForm.datePlaceholder")}
                inputMode="numeric"
                value={draft[field]}
                onChange={(e) => set({ [field]: e.currentTarget.value })}
                error={problem(field)}
                data-testid={testId}
              />
            ))}
          </SimpleGrid>
          {save.isError && <ErrorNotice text={linkSaveErrorText(t, save.error, "agreement")} testId="agreement-save-error" />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} data-testid="agreement-cancel">
              {t("agreementForm.cancel")}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="agreement-save">
              {t("agreementForm.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
