import type { TableColumn } from "../../../ipc/bindings.gen";

export type MappingProblem = { kind: "noName" } | { kind: "twice"; column: TableColumn };

/**
 * What the Rust side's mapping check refuses (no 氏名, a column chosen for two headers), worked out
 * again here only to name the column in the sentence: its refusal says "mapping" and nothing more.
 */
export function mappingProblem(mapping: (TableColumn | null)[]): MappingProblem | null {
  const seen = new Set<TableColumn>();
  for (const column of mapping) {
    if (column === null) continue;
    if (seen.has(column)) return { kind: "twice", column };
    seen.add(column);
  }
  return seen.has("name") ? null : { kind: "noName" };
}
