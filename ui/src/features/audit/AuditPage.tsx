import { Card, Group, Loader, Stack, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { ErrorNotice } from "../../components/ErrorNotice";
import { PageHeader } from "../../components/PageHeader";
import { errorText } from "../../i18n/errors";
import { useT } from "../../i18n/LanguageProvider";
import type { AuditFilter } from "../../ipc/bindings.gen";
import { useAuditEvents } from "../../ipc/auditQueries";
import { AuditExport } from "./AuditExport";
import { AuditFilters, noFilter, type AuditFilterFields } from "./AuditFilters";
import { AuditTable } from "./AuditTable";

/** The most the Rust side sends for the table (the CSV has them all). */
const shownAtMost = 500;

const orNull = (text: string) => (text.trim() === "" ? null : text.trim());

/** 監査ログ: who saw, printed, exported or released which patient's information, newest first. */
export function AuditPage() {
  const t = useT();
  const [fields, setFields] = useState<AuditFilterFields>(noFilter);
  // The subject is matched exactly, so it is asked for once the typing pauses.
  const [subject] = useDebouncedValue(fields.subject, 300);
  const filter: AuditFilter = {
    action: orNull(fields.action),
    subject: orNull(subject),
    from: orNull(fields.from),
    to: orNull(fields.to),
  };
  const events = useAuditEvents(filter);

  return (
    <Stack gap="lg">
      <PageHeader title={t("audit.title")} lead={t("audit.lead")} />
      <Card withBorder padding="lg">
        <Group justify="space-between" align="flex-start" gap="lg">
          <AuditFilters value={fields} onChange={setFields} />
          <AuditExport filter={filter} />
        </Group>
      </Card>
      {events.isError ? (
        <ErrorNotice text={errorText(t, events.error)} />
      ) : events.data === undefined ? (
        <Loader aria-label={t("app.loading")} />
      ) : events.data.length === 0 ? (
        <Text data-testid="audit-empty">{t("audit.empty")}</Text>
      ) : (
        <Stack gap="xs">
          <Text fw={700} role="status" data-testid="audit-count">
            {t("audit.count", { n: events.data.length })}
          </Text>
          {events.data.length >= shownAtMost && (
            <Text c="orange.9" fw={700} data-testid="audit-limit">
              {t("audit.limit", { n: shownAtMost })}
            </Text>
          )}
          <AuditTable events={events.data} />
        </Stack>
      )}
    </Stack>
  );
}
