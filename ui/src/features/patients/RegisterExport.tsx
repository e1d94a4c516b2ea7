import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { ErrorNotice } from "../../components/ErrorNotice";
import { errorText, ipcErrorOf } from "../../i18n/errors";
import type { MessageKey } from "../../i18n/ja";
import { useT } from "../../i18n/LanguageProvider";
import type { TableFileFormat } from "../../ipc/bindings.gen";
import { useExportPatients } from "../../ipc/patientTableQueries";

const formats: { format: TableFileFormat; label: MessageKey; testId: string }[] = [
  { format: "csv", label: "patients.exportCsv", testId: "patients-export-csv" },
  { format: "xlsx", label: "patients.exportXlsx", testId: "patients-export-xlsx" },
];

/**
 * The register as a spreadsheet, in the columns an import reads back. The file carries names, so the
 * result says so every time (the Rust side records the export in the audit log); a cancelled save
 * dialog says nothing.
 */
export function RegisterExport() {
  const t = useT();
  const exporting = useExportPatients();
  const path = exporting.isSuccess ? exporting.data : null;

  return (
    <Stack gap="xs" align="flex-start">
      <Group gap="sm">
        {formats.map(({ format, label, testId }) => (
          <Button
            key={format}
            variant="default"
            onClick={() => exporting.mutate(format)}
            loading={exporting.isPending && exporting.variables === format}
            disabled={exporting.isPending}
            data-testid={testId}
          >
            {t(label)}
          </Button>
        ))}
      </Group>
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
      {exporting.isError && (
        <ErrorNotice
          // The shared fileWrite sentence speaks of printing.
          text={ipcErrorOf(exporting.error)?.kind === "fileWrite" ? t("patients.exportWriteFailed") : errorText(t, exporting.error)}
          close={{ label: t("print.close"), onClose: exporting.reset }}
        />
      )}
    </Stack>
  );
}
