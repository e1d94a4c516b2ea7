import { Button, Group, Modal, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { ErrorNotice } from "../../components/ErrorNotice";
import { useT } from "../../i18n/LanguageProvider";
import { useSavePartner } from "../../ipc/linkQueries";
import { oneOf } from "../patients/choices";
import { partnerKinds } from "./choices";
import { linkSaveErrorText } from "./exchangeErrors";
import { partnerOf, partnerProblems, type PartnerDraft } from "./partnerDraft";

type Props = { initial: PartnerDraft; onClose: () => void };

/**
 * Adds or edits one directory entry. Opened with a draft (empty, an existing entry, or one started
 * from an imported file); rendered only while open, so every opening starts from its draft.
 */
export function PartnerDialog({ initial, onClose }: Props) {
  const t = useT();
  const save = useSavePartner();
  const [draft, setDraft] = useState(initial);
  const [attempted, setAttempted] = useState(false);
  const problems = partnerProblems(draft);
  const problem = (field: keyof typeof problems) => (attempted && problems[field] ? t(problems[field]) : undefined);
  const text = (field: "name" | "phone24h" | "contactPerson" | "fingerprint") => ({
    value: draft[field],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setDraft((d) => ({ ...d, [field]: value }));
    },
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (Object.keys(problems).length > 0 || save.isPending) return;
    try {
      await save.mutateAsync(partnerOf(draft));
    } catch {
      return; // the sentence shows from save.error
    }
    onClose();
  };

  return (
    <Modal opened onClose={onClose} title={t(draft.id === "" ? "partnerForm.titleNew" : "partnerForm.titleEdit")} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t("partnerForm.name")} required {...text("name")} error={problem("name")} data-testid="partner-name" />
            <NativeSelect
              label={t("partnerForm.kind")}
              data={partnerKinds.map((k) => ({ value: k, label: t(`partnerKind.${k}`) }))}
              value={draft.kind}
              onChange={(e) => {
                const kind = e.currentTarget.value;
                if (oneOf(partnerKinds, kind)) setDraft((d) => ({ ...d, kind }));
              }}
              data-testid="partner-kind"
            />
            <TextInput
              label={t("partnerForm.phone24h")}
              description={t("partnerForm.phone24hHint")}
              type="tel"
              required
              {...text("phone24h")}
              error={problem("phone24h")}
              data-testid="partner-phone"
            />
            <TextInput label={t("partnerForm.contactPerson")} {...text("contactPerson")} data-testid="partner-contact" />
          </SimpleGrid>
          <TextInput
            label={t("partnerForm.fingerprint")}
            description={t("partnerForm.fingerprintHint")}
            placeholder="0000-0000-0000-0000-0000-0000-0000-0000"
            styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)" } }}
            spellCheck={false}
            autoComplete="off"
            {...text("fingerprint")}
            error={problem("fingerprint")}
            data-testid="partner-fingerprint"
          />
          <Textarea
            label={t("partnerForm.note")}
            autosize
            minRows={2}
            value={draft.note}
            onChange={(e) => {
              const note = e.currentTarget.value;
              setDraft((d) => ({ ...d, note }));
            }}
            data-testid="partner-note"
          />
          {save.isError && <ErrorNotice text={linkSaveErrorText(t, save.error, "partner")} testId="partner-save-error" />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} data-testid="partner-cancel">
              {t("partnerForm.cancel")}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="partner-save">
              {t("partnerForm.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
