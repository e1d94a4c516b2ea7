import { NativeSelect, Stack, Table, Text, Title } from "@mantine/core";
import { ErrorNotice } from "../../../components/ErrorNotice";
import { useT } from "../../../i18n/LanguageProvider";
import type { MappingError, TableColumn } from "../../../ipc/bindings.gen";
import { oneOf } from "../choices";
import type { Mapping } from "./useImportSession";

// The select's value for a header that is not imported (the mapping's null).
const skip = "";

type Props = {
  headers: string[];
  columns: TableColumn[];
  mapping: Mapping;
  onChange: (index: number, column: TableColumn | null) => void;
  /** Why the Rust side cannot use this mapping yet, and the sentence saying what to change. */
  problem: { error: MappingError; text: string } | null;
  disabled: boolean;
};

/** One row per header of the file: its text and the register column it is read as. */
export function MappingTable({ headers, columns, mapping, onChange, problem, disabled }: Props) {
  const t = useT();
  const options = [{ value: skip, label: t("import.skip") }, ...columns.map((c) => ({ value: c, label: t(`tableColumn.${c}`) }))];
  // The selects at fault are marked too, not only the sentence below the table. A missing 氏名 has no
  // select at fault: any of them may be the one to change.
  const twice = problem?.error.kind === "twice" ? problem.error.column : null;
  const atFault = (column: TableColumn | null) => column !== null && column === twice;

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
      {problem !== null && (
        <div data-testid="import-mapping-problem" data-kind={problem.error.kind}>
          <ErrorNotice text={problem.text} />
        </div>
      )}
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
