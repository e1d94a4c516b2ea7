import { Badge, List, Stack, Table, Text, Title } from "@mantine/core";
import type { MessageKey } from "../../../i18n/ja";
import { useT } from "../../../i18n/LanguageProvider";
import type { PreviewRow, RowOutcome } from "../../../ipc/bindings.gen";
import { cellErrorText } from "./cellErrorText";

// Colour and words together: the badge never relies on colour alone.
const outcomes: Record<RowOutcome["kind"], { label: MessageKey; color: string }> = {
  new: { label: "import.outcome.new", color: "blue" },
  alreadyRegistered: { label: "import.outcome.alreadyRegistered", color: "gray" },
  rejected: { label: "import.outcome.rejected", color: "red.9" },
};

/** Every row of the file with what importing would do to it, and for a refused row each cell to fix. */
export function ImportRows({ rows }: { rows: PreviewRow[] }) {
  const t = useT();
  return (
    <Stack gap="xs">
      <Title order={2} size="h4" id="import-rows-title">
        {t("import.rowsTitle")}
      </Title>
      {rows.length === 0 ? (
        <Text>{t("import.noRows")}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table withTableBorder verticalSpacing="xs" aria-labelledby="import-rows-title" data-testid="import-rows">
            <Table.Thead>
              <Table.Tr>
                <Table.Th ta="right">{t("import.colLine")}</Table.Th>
                <Table.Th>{t("import.colName")}</Table.Th>
                <Table.Th>{t("import.colOutcome")}</Table.Th>
                <Table.Th>{t("import.colProblems")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Row key={row.line} row={row} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function Row({ row }: { row: PreviewRow }) {
  const t = useT();
  const { outcome } = row;
  const { label, color } = outcomes[outcome.kind];
  return (
    <Table.Tr data-testid={`import-row-${row.line}`} data-outcome={outcome.kind}>
      <Table.Td ta="right">{row.line}</Table.Td>
      <Table.Th scope="row" fw={700}>
        {row.name === "" ? t("import.noName") : row.name}
      </Table.Th>
      <Table.Td>
        {/* A light badge takes the plain colour (a shade such as blue.8 gave dark text on a dark fill). */}
        <Badge
          color={color}
          autoContrast={outcome.kind === "rejected"}
          variant={outcome.kind === "rejected" ? "filled" : "light"}
          radius="sm"
        >
          {outcome.kind === "rejected" ? `⚠ ${t(label)}` : t(label)}
        </Badge>
      </Table.Td>
      <Table.Td>
        {outcome.kind === "rejected" && (
          <List size="sm" spacing={2} data-testid="import-row-errors">
            {outcome.errors.map((error, i) => (
              <List.Item key={i}>{cellErrorText(t, error)}</List.Item>
            ))}
          </List>
        )}
        {outcome.kind === "alreadyRegistered" && (
          <Text size="sm" c="dimmed">
            {t("import.registeredAs", { id: outcome.id })}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
