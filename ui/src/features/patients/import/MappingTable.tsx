import { NativeSelect, Stack, Table, Text, Title } from "@mantine/core";
import { ErrorNotice } from "../../../components/ErrorNotice";
import { useT } from "../../../i18n/LanguageProvider";
import type { TableColumn } from "../../../ipc/bindings.gen";
import { oneOf } from "../choices";
import { mappingProblem } from "./mappingProblem";
import type { Mapping } from "./useImportSession";

// The select's value for a header that is not imported (the mapping's null).
const skip = "";

type Props = {
  headers: string[];
  columns: TableColumn[];
  mapping: Mapping;
  onChange: (index: number, column: TableColumn | null) => void;
  /** The Rust side refused this mapping; the sentence says what to change. */
  error: string | null;
  disabled: boolean;
};

/** One row per header of the file: its text and the register column it is read as. */
export function MappingTable({ headers, columns, mapping, onChange, error, disabled }: Props) {
  const t = useT();
  const options = [{ value: skip, label: t("import.skip") }, ...columns.map((c) => ({ value: c, label: t(`tableColumn.${c}`) }))];
  const problem = error === null ? null : mappingProblem(mapping);
  // The selects at fault are marked too, not only the sentence below the table.
  const atFault = (column: TableColumn | null) =>
    column !== null && problem?.kind === "twice" && problem.column === column;

  return (
    <Stack gap="xs">
      <Title order={2} size="h4" id="import-mapping-title">
        {t("import.mappingTitle")}
      </Title>
      <Text size="sm" c="dimmed">
        {t("import.mappingLead")}
      </Text>
      <Table withTableBorder verticalSpacing="xs" maw="48rem" aria-labelledby="import-mapping-title" data-testid="import-mapping">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("import.colHeader")}</Table.Th>
            <Table.Th>{t("import.colColumn")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {headers.map((header, i) => (
            <MappingRow
              key={i}
              index={i}
              header={header}
              options={options}
              column={mapping[i] ?? null}
              onChange={onChange}
              columns={columns}
              atFault={atFault(mapping[i] ?? null)}
              disabled={disabled}
            />
          ))}
        </Table.Tbody>
      </Table>
      {error !== null && <ErrorNotice text={error} />}
    </Stack>
  );
}

type RowProps = {
  index: number;
  header: string;
  options: { value: string; label: string }[];
  column: TableColumn | null;
  columns: TableColumn[];
  onChange: (index: number, column: TableColumn | null) => void;
  atFault: boolean;
  disabled: boolean;
};

function MappingRow({ index, header, options, column, columns, onChange, atFault, disabled }: RowProps) {
  const t = useT();
  // A blank header cell still needs a name the select can be labelled with.
  const name = header.trim() === "" ? t("import.emptyHeader", { n: index + 1 }) : header;
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={700}>
        {name}
      </Table.Th>
      <Table.Td>
        <NativeSelect
          aria-label={t("import.mapLabel", { header: name })}
          data={options}
          value={column ?? skip}
          onChange={(e) => {
            const value = e.currentTarget.value;
            onChange(index, oneOf(columns, value) ? value : null);
          }}
          error={atFault}
          disabled={disabled}
          data-testid={`import-map-${index}`}
        />
      </Table.Td>
    </Table.Tr>
  );
}
