import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { ErrorNotice } from "../../components/ErrorNotice";
import { PassphraseInput } from "../../components/PassphraseInput";
import { errorText, ipcErrorOf, isPassphraseRefusal } from "../../i18n/errors";
import type { MessageKey } from "../../i18n/ja";
import { useT } from "../../i18n/LanguageProvider";
import type { TableFileFormat } from "../../ipc/bindings.gen";
import { useExportPatients } from "../../ipc/patientTableQueries";
import { passphraseProblem } from "../lock/passphraseRules";

const formats: { format: TableFileFormat; label: MessageKey; testId: string }[] = [
  { format: "csv", label: "patients.exportCsv", testId: "patients-export-csv" },
  { format: "xlsx", label: "patients.exportXlsx", testId: "patients-export-xlsx" },
];

/**
 * The register as a spreadsheet, in the columns an import reads back, always encrypted to a passphrase
 * (names leave the clinic; the recipient is told the passphrase another way). The file carries names,
 * so the result says so every time (the Rust side records the export in the audit log); a cancelled
 * save dialog says nothing.
 */
export function RegisterExport() {
  const t = useT();
  const exporting = useExportPatients();
  const [passphrase, setPassphrase] = useState("");
  const [confirm, setConfirm] = useState("");
  const path = exporting.isSuccess ? exporting.data : null;
  const problem = passphraseProblem(passphrase, confirm);
  // Said once something was typed in the confirmation: before that, the hint below says what to do.
  const mismatch = problem === "mismatch" && confirm !== "";

  const failure = exporting.isError
    ? isPassphraseRefusal(exporting.error)
      ? t("patients.exportPassphraseRefused")
      : ipcErrorOf(exporting.error)?.kind === "fileWrite"
        ? // The shared fileWrite sentence speaks of printing.
          t("patients.exportWriteFailed")
        : errorText(t, exporting.error)
    : null;

  return (
    <Stack gap="xs" align="stretch" maw="30rem" data-testid="patients-export">
      <Text size="sm">{t("patients.exportEncrypted")}</Text>
      <Text size="sm">{t("patients.exportHandOver")}</Text>
      <PassphraseInput
        label={t("patients.exportPassphrase")}
        value={passphrase}
        onChange={setPassphrase}
        autoComplete="new-password"
        testId="export-passphrase"
      />
      <PassphraseInput
        label={t("patients.exportPassphraseConfirm")}
        value={confirm}
        onChange={setConfirm}
        error={mismatch ? t("passphrase.mismatch") : undefined}
        autoComplete="new-password"
        testId="export-passphrase-confirm"
      />
      <Group gap="sm">
        {formats.map(({ format, label, testId }) => (
          <Button
            key={format}
            variant="default"
            onClick={() => exporting.mutate({ format, passphrase })}
            loading={exporting.isPending && exporting.variables.format === format}
            disabled={exporting.isPending || problem !== null}
            aria-describedby={problem !== null ? "patients-export-why" : undefined}
            data-testid={testId}
          >
            {t(label)}
          </Button>
        ))}
      </Group>
      {problem !== null && (
        <Text id="patients-export-why" size="sm" c="dimmed" data-testid="patients-export-why">
          {t("patients.exportNeedPassphrase")}
        </Text>
      )}
      {path !== null && (
        <Alert
          color="green"
          variant="light"
          role="status"
          withCloseButton
          onClose={exporting.reset}
          closeButtonLabel={t("print.close")}
          data-testid="patients-export-result"
        >
          <Text style={{ wordBreak: "break-all" }}>✓ {t("patients.exported", { path })}</Text>
          <Text size="sm" mt={4}>
            {t("patients.exportedNote")}
          </Text>
        </Alert>
      )}
      {failure !== null && <ErrorNotice text={failure} close={{ label: t("print.close"), onClose: exporting.reset }} />}
    </Stack>
  );
}
