import type { Bilingual } from "../../../i18n/localText";
import type { Field, Value } from "../../../ipc/bindings.gen";

type Local = (text: Bilingual) => string;

const cellText = (value: Value | undefined): string =>
  value === null || value === undefined
    ? ""
    : Array.isArray(value)
      ? value.map((v) => cellText(v)).join("、")
      : typeof value === "object"
        ? ""
        : typeof value === "boolean"
          ? value
            ? "○"
            : "×"
          : String(value);

/**
 * An example as lines of plain text, for an own field whose example is shown to write from rather
 * than adopted: a table row becomes "label: value / label: value", option ids become their labels.
 */
export function exampleLines(field: Field, example: Value, local: Local): string[] {
  const option = (options: { id: string; ja: string; en: string }[] | undefined, id: Value) =>
    options?.find((o) => o.id === id) ?? null;
  switch (field.type) {
    case "choice":
    case "multichoice": {
      const ids = Array.isArray(example) ? example : [example];
      return ids.map((id) => {
        const found = option(field.options, id);
        return found ? local(found) : cellText(id);
      });
    }
    case "table": {
      const rows = Array.isArray(example) ? example : [];
      return rows.map((row) =>
        field.columns
          .map((column) => {
            const cell = row !== null && typeof row === "object" && !Array.isArray(row) ? row[column.id] : undefined;
            const found = column.type === "choice" ? option(column.options, cell ?? null) : null;
            const text = found ? local(found) : cellText(cell);
            return text === "" ? "" : `${local(column.label)}: ${text}`;
          })
          .filter((part) => part !== "")
          .join(" / "),
      );
    }
    case "matrix": {
      const cells = example !== null && typeof example === "object" && !Array.isArray(example) ? example : {};
      return field.rows.map((row) => {
        const values = cells[row.id];
        const parts = field.columns.map((column) => {
          const cell =
            values !== null && typeof values === "object" && !Array.isArray(values) ? values[column.id] : undefined;
          return `${local(column)}: ${cellText(cell)}`;
        });
        return `${local(row)} — ${parts.join(" / ")}`;
      });
    }
    default:
      return Array.isArray(example) ? example.map((v) => cellText(v)) : cellText(example).split("\n");
  }
}
