import { Button, Group, Modal, MultiSelect, Stack, TextInput, Textarea } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { ErrorNotice } from "../../components/ErrorNotice";
import { errorText } from "../../i18n/errors";
import { useT } from "../../i18n/LanguageProvider";
import { useStartOutage } from "../../ipc/patientQueries";
import { useRegions } from "../../ipc/queries";
import { municipalityOptions } from "../organization/MunicipalitySelect";
import { localDateTimeValue, rfc3339FromLocal } from "./localDateTime";

type Props = { opened: boolean; onClose: () => void };

/** 停電・災害対応を開始: when it began (now unless corrected), where, and a note; then the response screen. */
export function StartOutageDialog({ opened, onClose }: Props) {
  const t = useT();
  const navigate = useNavigate();
  const regions = useRegions();
  const start = useStartOutage();
  // Now, at the moment the dialog opens; the user corrects it when the power went out earlier.
  const [startedAt, setStartedAt] = useState(() => localDateTimeValue(new Date()));
  const [municipalities, setMunicipalities] = useState<string[]>([]);
  const [note, setNote] = useState("");
  const [attempted, setAttempted] = useState(false);
  const startedAtRfc = rfc3339FromLocal(startedAt);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (startedAtRfc === null || start.isPending) return;
    try {
      await start.mutateAsync({ startedAt: startedAtRfc, municipalities, note });
    } catch {
      return; // the sentence shows from start.error
    }
    onClose();
    await navigate({ to: "/response" });
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t("outage.dialogTitle")} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t("outage.startedAt")}
            description={t("outage.startedAtHint")}
            type="datetime-local"
            required
            styles={{ wrapper: { width: "16rem" } }}
            value={startedAt}
            onChange={(e) => setStartedAt(e.currentTarget.value)}
            error={attempted && startedAtRfc === null ? t("outageError.startedAt") : undefined}
            data-testid="outage-started-at"
          />
          <MultiSelect
            label={t("outage.municipalities")}
            description={t("outage.municipalitiesHint")}
            data={regions.data ? municipalityOptions(regions.data) : []}
            value={municipalities}
            onChange={setMunicipalities}
            searchable
            clearable
            size="md"
            error={regions.isError ? errorText(t, regions.error) : undefined}
            data-testid="outage-municipalities"
          />
          <Textarea
            label={t("outage.note")}
            placeholder={t("outage.notePlaceholder")}
            autosize
            minRows={2}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            data-testid="outage-note"
          />
          {start.isError && <ErrorNotice text={errorText(t, start.error)} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} data-testid="outage-cancel">
              {t("outage.cancel")}
            </Button>
            <Button type="submit" color="red.9" loading={start.isPending} data-testid="outage-confirm">
              {t("outage.confirm")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
