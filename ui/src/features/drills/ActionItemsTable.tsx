import { Anchor, Button, Group, NativeSelect, Stack, Table, Text, TextInput } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { DateLabel } from "../../components/DateLabel";
import { ErrorNotice } from "../../components/ErrorNotice";
import { errorText, fieldErrorText } from "../../i18n/errors";
import { useT } from "../../i18n/LanguageProvider";
import type { ActionItem, Revision } from "../../ipc/bindings.gen";
import { useCloseActionItem } from "../../ipc/drillQueries";
import { usePlanRevisions } from "./usePlanRevisions";

/**
 * 改善項目: each finding's action, open until the plan version that took it in closes it. The version
 * must exist first, so the help says to revise the plan on the revisions page before closing.
 */
export function ActionItemsTable({ items }: { items: ActionItem[] }) {
  const t = useT();
  const { revisions, error } = usePlanRevisions();

  return (
    <Stack gap="sm">
      <Text size="sm" data-testid="action-items-help">
        {t("actionItems.help")}{" "}
        <Anchor component={Link} to="/plan/revisions" fw={700} data-testid="action-items-revisions">
          {t("actionItems.toRevisions")}
        </Anchor>
      </Text>
      {error != null && <ErrorNotice text={errorText(t, error)} />}
      {items.length === 0 ? (
        <Text data-testid="action-items-empty">{t("actionItems.empty")}</Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing="sm" withTableBorder data-testid="action-items-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("actionItems.colFinding")}</Table.Th>
                <Table.Th>{t("actionItems.colAction")}</Table.Th>
                <Table.Th>{t("actionItems.colOwner")}</Table.Th>
                <Table.Th>{t("actionItems.colDue")}</Table.Th>
                <Table.Th>{t("actionItems.colStatus")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={item.id} data-testid={`action-item-${item.id}`} data-closed={item.closed ? "true" : "false"}>
                  <Table.Td>{item.finding}</Table.Td>
                  <Table.Td>{item.action}</Table.Td>
                  <Table.Td>{item.owner}</Table.Td>
                  <Table.Td>{item.dueOn ? <DateLabel iso={item.dueOn} /> : t("actionItems.noDue")}</Table.Td>
                  <Table.Td miw={280}>
                    {item.closed ? (
                      <Stack gap={2} data-testid={`action-item-closed-${item.id}`}>
                        <Text fw={700}>✓ {t("actionItems.closedBy", { n: item.closed.revision })}</Text>
                        <Text size="sm">
                          <DateLabel iso={item.closed.closedOn} />
                        </Text>
                        {item.closed.note && <Text size="sm">{item.closed.note}</Text>}
                      </Stack>
                    ) : (
                      <CloseControls item={item} revisions={revisions} />
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

/** 未完了, with the version that took it in (the latest by default), a note, and the button. */
function CloseControls({ item, revisions }: { item: ActionItem; revisions: Revision[] | undefined }) {
  const t = useT();
  const close = useCloseActionItem();
  const latest = revisions?.at(-1)?.number;
  const [chosen, setChosen] = useState<number | null>(null);
  const [note, setNote] = useState("");
  const revision = chosen ?? latest;
  const refusal = fieldErrorText(t, close.error, "drillError");

  return (
    <Stack gap="xs">
      <Text fw={700} c="var(--mantine-color-error)">
        {t("actionItems.open")}
      </Text>
      {revisions !== undefined && revisions.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid={`close-no-revision-${item.id}`}>
          {t("actionItems.noRevision")}
        </Text>
      ) : (
        <>
          <NativeSelect
            label={t("actionItems.revision")}
            size="sm"
            data={(revisions ?? [])
              .slice()
              .reverse()
              .map((r) => ({ value: String(r.number), label: t("version.fixed", { n: r.number }) }))}
            value={revision === undefined ? "" : String(revision)}
            onChange={(e) => setChosen(Number(e.currentTarget.value))}
            error={refusal?.field === "revision" ? refusal.text : undefined}
            data-testid={`close-revision-${item.id}`}
          />
          <TextInput
            label={t("actionItems.note")}
            size="sm"
            placeholder={t("actionItems.notePlaceholder")}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            data-testid={`close-note-${item.id}`}
          />
          <Group>
            <Button
              size="sm"
              disabled={revision === undefined}
              loading={close.isPending}
              onClick={() => revision !== undefined && close.mutate({ id: item.id, revision, note: note.trim() })}
              aria-label={t("actionItems.closeLabel", { action: item.action })}
              data-testid={`close-item-${item.id}`}
            >
              {t("actionItems.close")}
            </Button>
          </Group>
        </>
      )}
      {close.isError && refusal?.field !== "revision" && <ErrorNotice text={errorText(t, close.error)} />}
    </Stack>
  );
}
