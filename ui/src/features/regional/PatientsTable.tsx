import { Table, Text, VisuallyHidden } from "@mantine/core";
import { useT } from "../../i18n/LanguageProvider";
import type { Translate } from "../../i18n/translate";
import type { DeviceClass, PatientCell } from "../../ipc/bindings.gen";
import { tiers } from "../patients/tiers";
import { CountedValue } from "./CountedValue";

type Row = { municipality: string; deviceClass: DeviceClass | null; cells: PatientCell[] };

/** One row per municipality and device, in the Rust side's order (region master order, then device). */
function rowsOf(cells: PatientCell[]): Row[] {
  const rows: Row[] = [];
  for (const cell of cells) {
    const row = rows.find((r) => r.municipality === cell.municipality && r.deviceClass === cell.deviceClass);
    if (row) row.cells.push(cell);
    else rows.push({ municipality: cell.municipality, deviceClass: cell.deviceClass, cells: [cell] });
  }
  return rows;
}

function deviceText(t: Translate, deviceClass: DeviceClass | null): string {
  return deviceClass === null ? t("regional.noDevice") : t(`deviceClass.${deviceClass}`);
}

/**
 * Patients living in the region by municipality × main device × tier. A hidden cell reads 「1〜4（秘匿）」;
 * a dash is a combination no member reported.
 */
export function PatientsTable({ patients }: { patients: PatientCell[] }) {
  const t = useT();
  if (patients.length === 0)
    return <Text data-testid="region-patients">{t("regional.patientsEmpty")}</Text>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table withTableBorder withColumnBorders verticalSpacing={4} data-testid="region-patients">
        <Table.Caption>{t("regional.patientsCaption")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("regional.colMunicipality")}</Table.Th>
            <Table.Th>{t("regional.colDevice")}</Table.Th>
            {tiers.map((tier) => (
              <Table.Th key={tier} ta="right">
                {t(`tier.${tier}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rowsOf(patients).map((row) => (
            <Table.Tr key={`${row.municipality}/${row.deviceClass ?? "none"}`}>
              <Table.Th scope="row" fw={700}>
                {row.municipality}
              </Table.Th>
              <Table.Td>{deviceText(t, row.deviceClass)}</Table.Td>
              {tiers.map((tier) => {
                const cell = row.cells.find((c) => c.tier === tier);
                return (
                  <Table.Td key={tier} ta="right">
                    {cell === undefined ? (
                      <>
                        <Text span c="dimmed" aria-hidden>
                          —
                        </Text>
                        <VisuallyHidden>{t("regional.noneReported")}</VisuallyHidden>
                      </>
                    ) : (
                      <CountedValue
                        count={cell.count}
                        unit="people"
                        size="sm"
                        what={[row.municipality, deviceText(t, row.deviceClass), t(`tier.${tier}`)].join(" / ")}
                        testId={`region-patient-${row.municipality}-${row.deviceClass ?? "none"}-${tier}`}
                      />
                    )}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
