import { Alert, Button, Checkbox, NativeSelect, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { ErrorNotice } from "../../components/ErrorNotice";
import { useT } from "../../i18n/LanguageProvider";
import type { Partner } from "../../ipc/bindings.gen";
import { useExportExchangeBreakGlass } from "../../ipc/linkQueries";
import { usePatients } from "../../ipc/patientQueries";
import { breakGlassErrorText } from "./exchangeErrors";

/**
 * 緊急時の開示 (break-glass): only while an outage or disaster is declared, a file encrypted to one
 * partner that also names the P0/P1 patients without consent (個人情報保護法27条1項2号). It asks for a
 * reason and a ticked confirmation, and the Rust side writes both the export and the reason to the
 * audit log. Without an open outage it renders nothing at all, not even a disabled control.
 */
export function BreakGlassExport({ partners }: { partners: Partner[] }) {
  // The register's answer is the only place that says whether an outage is open (the sidebar asks it too).
  const outageOpen = usePatients().data?.outage != null;
  if (!outageOpen) return null;
  return <BreakGlassForm partners={partners} />;
}

function BreakGlassForm({ partners }: { partners: Partner[] }) {
  const t = useT();
  const exporting = useExportExchangeBreakGlass();
  const recipients = partners.filter((p): p is Partner & { fingerprint: string } => Boolean(p.fingerprint));
  const [chosen, setChosen] = useState("");
  const [reason, setReason] = useState("");
  const [confirmed, setConfirmed] = useState(false);
  // As in the ordinary export: the first recipient until one is chosen, or if the chosen one lost its fingerprint.
  const to = recipients.some((p) => p.fingerprint === chosen) ? chosen : (recipients[0]?.fingerprint ?? "");
  const ready = to !== "" && reason.trim() !== "" && confirmed;
  const path = exporting.isSuccess ? exporting.data : null;
  const sentFor = exporting.variables?.to;
  const sentTo = sentFor ? (recipients.find((p) => p.fingerprint === sentFor)?.name ?? sentFor) : null;

  const submit = () =>
    exporting.mutate(
      { to, reason: reason.trim() },
      // Each disclosure is its own decision: the next one asks for the confirmation again.
      { onSuccess: (written) => written !== null && setConfirmed(false) },
    );

  return (
    <Alert
      color="red"
      variant="light"
      role="region"
      title={`⚠ ${t("breakGlass.title")}`}
      w="100%"
      data-testid="break-glass"
    >
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t("breakGlass.lead")}</Text>
        {recipients.length === 0 ? (
          <Text size="sm" fw={700} data-testid="break-glass-no-recipients">
            {t("breakGlass.noRecipients")}
          </Text>
        ) : (
          <>
            <NativeSelect
              label={t("breakGlass.recipient")}
              data={recipients.map((p) => ({ value: p.fingerprint, label: p.name }))}
              value={to}
              onChange={(e) => setChosen(e.currentTarget.value)}
              data-testid="break-glass-partner"
            />
            <Textarea
              label={t("breakGlass.reason")}
              description={t("breakGlass.reasonHint")}
              required
              autosize
              minRows={2}
              w="100%"
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              data-testid="break-glass-reason"
            />
            <Checkbox
              color="red"
              label={t("breakGlass.confirm")}
              checked={confirmed}
              onChange={(e) => setConfirmed(e.currentTarget.checked)}
              data-testid="break-glass-confirm"
            />
            <Button
              color="red"
              onClick={submit}
              loading={exporting.isPending}
              disabled={!ready || exporting.isPending}
              data-testid="break-glass-export"
            >
              {t("breakGlass.export")}
            </Button>
          </>
        )}
        {path !== null && (
          <Alert
            color="orange"
            variant="outline"
            role="status"
            withCloseButton
            onClose={exporting.reset}
            closeButtonLabel={t("print.close")}
            w="100%"
            data-testid="break-glass-result"
          >
            <Text style={{ wordBreak: "break-all" }}>✓ {t("exchangeExport.written", { path })}</Text>
            {sentTo !== null && (
              <Text size="sm" mt={4}>
                {t("breakGlass.writtenTo", { name: sentTo })}
              </Text>
            )}
          </Alert>
        )}
        {exporting.isError && (
          <ErrorNotice
            text={breakGlassErrorText(t, exporting.error)}
            close={{ label: t("print.close"), onClose: exporting.reset }}
            testId="break-glass-error"
          />
        )}
      </Stack>
    </Alert>
  );
}
