// A table's rows as the editor holds them, and as the answer is stored: an array of objects keyed
// by column id (text/longtext/choice/date → string, number → number, list → string[], boolean → true).
import type { Column, Value } from "../../../ipc/bindings.gen";
import { linesValue, objectOf, stringsOf, textOf } from "./values";

/** What a cell's input holds: list cells are one item per line, number cells may hold half-typed text. */
export type CellDraft = string | number | boolean;
export type RowDraft = { key: number; cells: { [columnId: string]: CellDraft } };

let nextKey = 0;
export function emptyRow(): RowDraft {
  return { key: nextKey++, cells: {} };
}

export function cellDraftOf(column: Column, cell: Value | undefined): CellDraft {
  switch (column.type) {
    case "list":
      return stringsOf(cell).join("\n");
    case "number":
      return typeof cell === "number" ? cell : "";
    case "boolean":
      return cell === true;
    case "text":
    case "longtext":
    case "choice":
    case "date":
      return textOf(cell);
  }
}

export function rowsOf(value: Value | undefined, columns: Column[]): RowDraft[] {
  if (!Array.isArray(value)) return [];
  return value.map((row) => {
    const cells = objectOf(row);
    return { key: nextKey++, cells: Object.fromEntries(columns.map((c) => [c.id, cellDraftOf(c, cells[c.id])])) };
  });
}

/** A blank cell is left out rather than stored empty; an unticked box is blank too. */
export function cellValue(column: Column, draft: CellDraft | undefined): Value {
  switch (column.type) {
    case "number":
      return typeof draft === "number" && Number.isFinite(draft) ? draft : null;
    case "boolean":
      return draft === true ? true : null;
    case "list":
      return typeof draft === "string" ? linesValue(draft.split("\n")) : null;
    case "text":
    case "longtext":
    case "choice":
    case "date":
      return typeof draft === "string" && draft.trim() !== "" ? draft : null;
  }
}

/**
 * Rows with nothing in them are not sent (the Rust side would not count them either); a table with
 * no filled row clears the answer.
 */
export function tableValue(rows: RowDraft[], columns: Column[]): Value {
  const stored: { [columnId: string]: Value }[] = [];
  for (const row of rows) {
    const cells: { [columnId: string]: Value } = {};
    for (const column of columns) {
      const value = cellValue(column, row.cells[column.id]);
      if (value !== null) cells[column.id] = value;
    }
    if (Object.keys(cells).length > 0) stored.push(cells);
  }
  return stored.length === 0 ? null : stored;
}
