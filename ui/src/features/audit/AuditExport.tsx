import { Alert, Button, Stack, Text } from "@mantine/core";
import { ErrorNotice } from "../../components/ErrorNotice";
import { errorText, ipcErrorOf } from "../../i18n/errors";
import { useT } from "../../i18n/LanguageProvider";
import type { AuditFilter } from "../../ipc/bindings.gen";
import { useExportAuditLog } from "../../ipc/auditQueries";

/** The filtered log as CSV, every matching event (the table stops at 500). A cancelled dialog says nothing. */
export function AuditExport({ filter }: { filter: AuditFilter }) {
  const t = useT();
  const exporting = useExportAuditLog();
  const path = exporting.isSuccess ? exporting.data : null;

  return (
    <Stack gap="xs" align="flex-start">
      <Button variant="default" onClick={() => exporting.mutate(filter)} loading={exporting.isPending} data-testid="audit-export">
        {t("audit.export")}
      </Button>
      <Text size="sm" c="dimmed">
        {t("audit.exportHint")}
      </Text>
      {path !== null && (
        <Alert
          color="green"
          variant="light"
          role="status"
          withCloseButton
          onClose={exporting.reset}
          closeButtonLabel={t("print.close")}
          data-testid="audit-export-result"
        >
          <Text style={{ wordBreak: "break-all" }}>✓ {t("audit.exported", { path })}</Text>
        </Alert>
      )}
      {exporting.isError && (
        <ErrorNotice
          text={ipcErrorOf(exporting.error)?.kind === "fileWrite" ? t("audit.exportWriteFailed") : errorText(t, exporting.error)}
          close={{ label: t("print.close"), onClose: exporting.reset }}
        />
      )}
    </Stack>
  );
}
