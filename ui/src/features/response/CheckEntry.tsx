import { Button, Collapse, Group, Paper, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { ErrorNotice } from "../../components/ErrorNotice";
import { errorText } from "../../i18n/errors";
import { useT } from "../../i18n/LanguageProvider";
import type { RankedPatient, SafetyCheck } from "../../ipc/bindings.gen";
import { useRecordSafetyCheck } from "../../ipc/patientQueries";
import { CheckDetail } from "./CheckDetail";

/** What the user is about to record; `at` is stamped when it is recorded. */
export type CheckDraft = Omit<SafetyCheck, "at" | "patientId">;

type Props = {
  patient: RankedPatient;
  /** Who checks, until changed: the organisation's manager or the name used last on this screen. */
  defaultBy: string;
  onRecorded: (by: string) => void;
  onEntering: (patientId: string, entering: boolean) => void;
};

const okDraft = (by: string): CheckDraft => ({
  reached: true,
  condition: "ok",
  deviceState: "unknown",
  batteryPct: null,
  channel: "phone",
  by,
  note: "",
});

const unreachedDraft = (by: string): CheckDraft => ({ ...okDraft(by), reached: false, condition: "unknown" });

/**
 * The two-click safety check: 連絡OK or 不通 chooses the result, 記録する records it. The details
 * (condition, device, battery %, channel, who) are there for when the call tells more, folded away
 * otherwise so that the usual case stays two clicks.
 */
export function CheckEntry({ patient, defaultBy, onRecorded, onEntering }: Props) {
  const t = useT();
  const record = useRecordSafetyCheck();
  const [draft, setDraft] = useState<CheckDraft | null>(null);
  const [details, setDetails] = useState(false);

  // The contract's battery level is 0–100; anything else is refused here with a sentence, not sent.
  const batteryValid = draft?.batteryPct == null || (draft.batteryPct >= 0 && draft.batteryPct <= 100);

  const choose = (next: CheckDraft) => {
    record.reset();
    setDraft(next);
    onEntering(patient.id, true);
  };
  const cancel = () => {
    setDraft(null);
    onEntering(patient.id, false);
    setDetails(false);
    record.reset();
  };
  const save = async () => {
    if (draft === null || !batteryValid || record.isPending) return;
    try {
      await record.mutateAsync({ ...draft, patientId: patient.id, at: new Date().toISOString() });
    } catch {
      return; // the sentence shows below
    }
    onRecorded(draft.by);
    setDraft(null);
    onEntering(patient.id, false);
    setDetails(false);
  };

  return (
    <Stack gap="xs" data-testid={`check-entry-${patient.id}`}>
      <Group gap="sm" wrap="wrap">
        <Button
          size="lg"
          // teal.9, not green: green.9 text on white is 4.36:1, under AA's 4.5.
          color="teal.9"
          variant={draft?.reached === true ? "filled" : "outline"}
          onClick={() => choose(okDraft(defaultBy))}
          aria-label={t("check.okLabel", { name: patient.name })}
          aria-pressed={draft?.reached === true}
          data-testid={`check-ok-${patient.id}`}
        >
          ✓ {t("check.ok")}
        </Button>
        <Button
          size="lg"
          color="red.9"
          variant={draft?.reached === false ? "filled" : "outline"}
          onClick={() => choose(unreachedDraft(defaultBy))}
          aria-label={t("check.unreachedLabel", { name: patient.name })}
          aria-pressed={draft?.reached === false}
          data-testid={`check-unreached-${patient.id}`}
        >
          ✗ {t("check.unreached")}
        </Button>
      </Group>
      {draft !== null && (
        <Paper withBorder p="sm" radius="sm" data-testid={`check-confirm-${patient.id}`}>
          <Stack gap="xs">
            <Text fz="lg" fw={700}>
              {draft.reached
                ? t("check.confirmOk", { name: patient.name })
                : t("check.confirmUnreached", { name: patient.name })}
            </Text>
            <Group gap="sm">
              <Button size="lg" onClick={() => void save()} loading={record.isPending} data-testid={`check-save-${patient.id}`}>
                {t("check.save")}
              </Button>
              <Button size="lg" variant="default" onClick={cancel} data-testid={`check-cancel-${patient.id}`}>
                {t("check.cancel")}
              </Button>
              <Button
                size="lg"
                variant="subtle"
                onClick={() => setDetails((d) => !d)}
                aria-expanded={details}
                data-testid={`check-details-${patient.id}`}
              >
                {details ? "▴" : "▾"} {t("check.details")}
              </Button>
            </Group>
            <Collapse expanded={details}>
              <CheckDetail
                patientId={patient.id}
                draft={draft}
                onChange={setDraft}
                batteryError={batteryValid ? undefined : t("check.batteryError")}
              />
            </Collapse>
            {record.isError && <ErrorNotice text={errorText(t, record.error)} />}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
