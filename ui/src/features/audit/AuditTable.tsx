import { Table, Text } from "@mantine/core";
import type { CSSProperties } from "react";
import { formatShortDateTime } from "../../i18n/format";
import { useT } from "../../i18n/LanguageProvider";
import type { AuditEvent } from "../../ipc/bindings.gen";
import { actionText, basisText, subjectText } from "./auditText";

// Fixed columns and breaking anywhere: a long detail or fingerprint wraps instead of widening the page.
const wrap: CSSProperties = { overflowWrap: "anywhere", wordBreak: "break-word", verticalAlign: "top" };

/** Every event as the Rust side wrote it; codes and free text are shown as text, never as markup. */
export function AuditTable({ events }: { events: AuditEvent[] }) {
  const t = useT();
  return (
    <Table layout="fixed" withTableBorder striped data-testid="audit-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="13%">{t("audit.colAt")}</Table.Th>
          <Table.Th w="10%">{t("audit.colActor")}</Table.Th>
          <Table.Th w="17%">{t("audit.colAction")}</Table.Th>
          <Table.Th w="14%">{t("audit.colSubject")}</Table.Th>
          <Table.Th>{t("audit.colDetail")}</Table.Th>
          <Table.Th w="17%">{t("audit.colBasis")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {events.map((event) => {
          const label = actionText(t, event.action);
          return (
            <Table.Tr key={event.id} data-testid="audit-row" data-action={event.action}>
              <Table.Td style={wrap}>
                <time dateTime={event.at}>{formatShortDateTime(event.at)}</time>
              </Table.Td>
              <Table.Td style={wrap}>{event.actor === "" ? t("audit.none") : event.actor}</Table.Td>
              <Table.Td style={wrap} data-testid="audit-action">
                <Text span fw={700} size="sm">
                  {label}
                </Text>
                {label !== event.action && (
                  <Text size="xs" c="dimmed">
                    {event.action}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={wrap}>{subjectText(t, event.subject)}</Table.Td>
              <Table.Td style={wrap} data-testid="audit-detail">
                {event.detail === "" ? t("audit.none") : event.detail}
              </Table.Td>
              <Table.Td style={wrap} data-testid="audit-basis">
                {basisText(t, event.basis)}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
