import { Button, Paper, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import { DateLabel } from "../../../components/DateLabel";
import { useT } from "../../../i18n/LanguageProvider";
import type { Revision } from "../../../ipc/bindings.gen";
import { usePrintVersion } from "../../../ipc/queries";
import { PrintResult } from "../../print/PrintResult";
import { versionText } from "./planVersion";
import { isOverdue, todayIso } from "./reviseDates";

/** 改訂履歴 as the printed plan lists it, oldest first. */
export function RevisionHistory({ revisions }: { revisions: Revision[] }) {
  const t = useT();
  const today = todayIso();
  const latest = revisions.at(-1)?.number;
  const print = usePrintVersion();

  return (
    <Paper withBorder p="lg" radius="md">
      <Title order={2} size="h3" mb="sm">
        {t("history.title")}
      </Title>
      {revisions.length === 0 ? (
        <Text data-testid="revision-history-empty">{t("history.empty")}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table withTableBorder striped data-testid="revision-history">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("history.number")}</Table.Th>
                <Table.Th>{t("history.revisedOn")}</Table.Th>
                <Table.Th>{t("history.reason")}</Table.Th>
                <Table.Th>{t("history.approver")}</Table.Th>
                <Table.Th>{t("history.nextReview")}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t("history.print")}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {revisions.map((revision) => (
                <Table.Tr key={revision.number} data-testid={`revision-row-${revision.number}`}>
                  <Table.Th scope="row" style={{ whiteSpace: "nowrap" }}>
                    {versionText(t, { kind: "fixed", number: revision.number })}
                  </Table.Th>
                  <Table.Td>
                    <DateLabel iso={revision.revisedOn} />
                  </Table.Td>
                  <Table.Td>{revision.reason}</Table.Td>
                  <Table.Td>{revision.approver}</Table.Td>
                  <Table.Td>
                    <ReviewDue due={revision.nextReviewDue} current={revision.number === latest} today={today} />
                  </Table.Td>
                  <Table.Td>
                    <Button
                      variant="light"
                      size="sm"
                      loading={print.isPending && print.variables === revision.number}
                      disabled={print.isPending}
                      onClick={() => print.mutate(revision.number)}
                      data-testid={`print-version-${revision.number}`}
                    >
                      {t("history.print")}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <PrintResult outcome={print.isSuccess ? print.data : null} error={print.isError ? print.error : null} />
    </Paper>
  );
}

/**
 * Only the latest version's review date can be overdue: an older one was answered by the revision
 * that followed it, so marking it 期限切れ would raise a false alarm.
 */
function ReviewDue({ due, current, today }: { due: string | null; current: boolean; today: string }) {
  const t = useT();
  if (due === null) return <Text c="dimmed">{t("history.noDue")}</Text>;
  if (!current || !isOverdue(due, today)) return <DateLabel iso={due} />;
  return (
    <Text c="var(--mantine-color-error)" fw={700} data-testid="revision-overdue">
      ⚠ {t("history.overdue")} <DateLabel iso={due} />
    </Text>
  );
}
