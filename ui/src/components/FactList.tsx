import { Table } from "@mantine/core";
import type { ReactNode } from "react";

export type Fact = { label: string; value: ReactNode; testId?: string };

/** Label/value pairs read as a table by screen readers (row header + cell). */
export function FactList({ facts, caption }: { facts: Fact[]; caption?: string }) {
  return (
    <Table variant="vertical" layout="fixed" withTableBorder>
      {caption !== undefined && <Table.Caption>{caption}</Table.Caption>}
      <Table.Tbody>
        {facts.map((fact) => (
          <Table.Tr key={fact.label}>
            <Table.Th w={160}>{fact.label}</Table.Th>
            <Table.Td data-testid={fact.testId}>{fact.value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
