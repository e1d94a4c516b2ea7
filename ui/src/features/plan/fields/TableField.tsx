import { Button, Group, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import { useT } from "../../../i18n/LanguageProvider";
import { useLocalText } from "../../../i18n/localText";
import type { Column } from "../../../ipc/bindings.gen";
import { GroupFrame } from "./GroupFrame";
import { TableCell } from "./TableCell";
import classes from "./TableField.module.css";
import { emptyRow, rowsOf, tableValue, type CellDraft, type RowDraft } from "./tableValue";
import { cellTestId, type EditorProps } from "./types";

const columnWidth = (column: Column) =>
  column.type === "longtext" || column.type === "list" ? 280 : column.type === "boolean" ? 90 : 180;

type FocusTarget = { firstCellOf: number } | { removeAt: number } | "add";

/**
 * One row per item. The table scrolls sideways inside the field when its columns do not fit, so the
 * page keeps its width at 1200 px. Row testids use the 0-based row index.
 */
export function TableField({ stepId, field, initial, onChange, onFlush, frame }: EditorProps<"table">) {
  const t = useT();
  const local = useLocalText();
  const { columns } = field;
  // An empty table starts with one blank row to type into; a blank row is never sent.
  const [rows, setRows] = useState<RowDraft[]>(() => {
    const stored = rowsOf(initial, columns);
    return stored.length > 0 ? stored : [emptyRow()];
  });
  const latest = useRef(rows);
  const root = useRef<HTMLDivElement>(null);
  const [focus, setFocus] = useState<FocusTarget | null>(null);

  useEffect(() => {
    if (focus === null) return;
    const selector =
      focus === "add"
        ? "[data-table-add]"
        : "firstCellOf" in focus
          ? ["input", "textarea", "select"].map((tag) => `[data-row-key="${focus.firstCellOf}"] ${tag}`).join(", ")
          : `[data-remove-index="${focus.removeAt}"]`;
    root.current?.querySelector<HTMLElement>(selector)?.focus();
    setFocus(null);
  }, [focus]);

  const update = (next: RowDraft[], now = false) => {
    latest.current = next;
    setRows(next);
    onChange(tableValue(next, columns), now);
  };

  const editCell = (key: number, columnId: string, draft: CellDraft, now = false) =>
    update(
      latest.current.map((row) => (row.key === key ? { ...row, cells: { ...row.cells, [columnId]: draft } } : row)),
      now,
    );

  const addRow = () => {
    const row = emptyRow();
    latest.current = [...latest.current, row];
    setRows(latest.current);
    setFocus({ firstCellOf: row.key });
  };

  const removeRow = (index: number) => {
    const next = latest.current.filter((_, i) => i !== index);
    update(next, true);
    setFocus(index < next.length ? { removeAt: index } : "add");
  };

  const headerLabel = (column: Column) =>
    column.unit ? t("editor.unit", { label: local(column.label), unit: local(column.unit) }) : local(column.label);
  const minWidth = 56 + 110 + columns.reduce((sum, c) => sum + columnWidth(c), 0);

  return (
    <GroupFrame frame={frame}>
      <Stack gap="xs" mt="xs" ref={root}>
        <Table.ScrollContainer minWidth={minWidth} type="native">
          <Table withTableBorder withColumnBorders className={classes.table}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th className={classes.rowNumber}>{t("editor.rowNumber")}</Table.Th>
                {columns.map((column) => (
                  <Table.Th key={column.id} miw={columnWidth(column)}>
                    {headerLabel(column)}
                    {column.required && (
                      <>
                        <span aria-hidden> {t("editor.requiredMark")}</span>
                        <VisuallyHidden>（{t("plan.requirement.required")}）</VisuallyHidden>
                      </>
                    )}
                  </Table.Th>
                ))}
                <Table.Th w={110}>{t("editor.actions")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row, index) => (
                <Table.Tr key={row.key} data-row-key={row.key}>
                  <Table.Td className={classes.rowNumber}>{index + 1}</Table.Td>
                  {columns.map((column) => (
                    <Table.Td key={column.id}>
                      <TableCell
                        column={column}
                        draft={row.cells[column.id]}
                        onChange={(draft, now) => editCell(row.key, column.id, draft, now)}
                        onBlur={onFlush}
                        label={t("editor.cell", { row: index + 1, column: local(column.label) })}
                        testId={cellTestId(stepId, field.id, index, column.id)}
                      />
                    </Table.Td>
                  ))}
                  <Table.Td>
                    <Button
                      variant="default"
                      aria-label={t("editor.removeRowLabel", { n: index + 1 })}
                      onClick={() => removeRow(index)}
                      data-remove-index={index}
                      data-testid={`table-remove-${stepId}-${field.id}-${index}`}
                    >
                      {t("editor.removeRow")}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {rows.length === 0 && <Text c="dimmed">{t("editor.noRows")}</Text>}
        <Group gap="md">
          <Button variant="default" onClick={addRow} data-table-add data-testid={`table-add-${stepId}-${field.id}`}>
            {t("editor.addRow")}
          </Button>
          {columns.some((c) => c.required) && (
            <Text size="sm" c="dimmed">
              {t("editor.requiredColumns")}
            </Text>
          )}
        </Group>
      </Stack>
    </GroupFrame>
  );
}
