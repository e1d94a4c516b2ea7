import { Table } from "@mantine/core";
import { useT } from "../../i18n/LanguageProvider";
import type { Counted } from "../../ipc/bindings.gen";
import { CountedValue } from "./CountedValue";

/** Patients per municipality over every device and tier; hidden like a cell, never summed from the table. */
export function MunicipalityTotals({ totals }: { totals: [string, Counted][] }) {
  const t = useT();
  return (
    <Table withTableBorder verticalSpacing={4} maw={480} data-testid="region-patients-by-municipality">
      <Table.Caption>{t("regional.totalsCaption")}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("regional.colMunicipality")}</Table.Th>
          <Table.Th ta="right">{t("regional.colPatients")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {totals.map(([municipality, count]) => (
          <Table.Tr key={municipality} data-testid={`region-municipality-total-${municipality}`}>
            <Table.Th scope="row">{municipality}</Table.Th>
            <Table.Td ta="right">
              <CountedValue count={count} unit="people" size="sm" what={t("regional.totalWhat", { municipality })} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
