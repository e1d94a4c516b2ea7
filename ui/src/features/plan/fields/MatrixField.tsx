import { TextInput } from "@mantine/core";
import { useRef, useState } from "react";
import { useT } from "../../../i18n/LanguageProvider";
import { useLocalText } from "../../../i18n/localText";
import type { Value } from "../../../ipc/bindings.gen";
import { GroupFrame } from "./GroupFrame";
import classes from "./MatrixField.module.css";
import { cellTestId, type EditorProps } from "./types";
import { objectOf, textOf } from "./values";

type Grid = { [rowId: string]: { [columnId: string]: string } };

function gridOf(value: Value | undefined): Grid {
  return Object.fromEntries(
    Object.entries(objectOf(value)).map(([row, cells]) => [
      row,
      Object.fromEntries(Object.entries(objectOf(cells)).map(([column, cell]) => [column, textOf(cell)])),
    ]),
  );
}

/** {row: {column: text}} with blank cells and rows left out; nothing at all clears the answer. */
export function matrixValue(grid: Grid): Value {
  const stored: { [rowId: string]: { [columnId: string]: Value } } = {};
  for (const [row, cells] of Object.entries(grid)) {
    const kept = Object.entries(cells).filter(([, text]) => text.trim() !== "");
    if (kept.length > 0) stored[row] = Object.fromEntries(kept);
  }
  return Object.keys(stored).length === 0 ? null : stored;
}

/** Fixed rows × columns of short texts. Enter moves along the row, then to the next row. */
export function MatrixField({ stepId, field, initial, onChange, onFlush, frame }: EditorProps<"matrix">) {
  const t = useT();
  const local = useLocalText();
  const [grid, setGrid] = useState(() => gridOf(initial));
  const latest = useRef(grid);

  const edit = (rowId: string, columnId: string, text: string) => {
    const next = { ...latest.current, [rowId]: { ...latest.current[rowId], [columnId]: text } };
    latest.current = next;
    setGrid(next);
    onChange(matrixValue(next));
  };

  return (
    <GroupFrame frame={frame}>
      <div className={classes.scroll}>
        <table className={classes.grid}>
          <thead>
            <tr>
              <th className={classes.rowLabel} scope="col" />
              {field.columns.map((column) => (
                <th key={column.id} scope="col">
                  {local(column)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {field.rows.map((row) => (
              <tr key={row.id}>
                <th className={classes.rowLabel} scope="row">
                  {local(row)}
                </th>
                {field.columns.map((column) => {
                  const text = grid[row.id]?.[column.id] ?? "";
                  return (
                    <td key={column.id} className={classes.cell}>
                      <TextInput
                        aria-label={t("editor.matrixCell", { row: local(row), column: local(column) })}
                        // The box is narrow; hovering shows the whole text.
                        title={text || undefined}
                        value={text}
                        onChange={(e) => edit(row.id, column.id, e.currentTarget.value)}
                        onBlur={onFlush}
                        data-testid={cellTestId(stepId, field.id, row.id, column.id)}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </GroupFrame>
  );
}
