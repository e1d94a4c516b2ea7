import { Button, Group, Table, Text } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { Fragment } from "react";
import type { MessageKey } from "../../i18n/ja";
import { useT } from "../../i18n/LanguageProvider";
import type { RankedPatient } from "../../ipc/bindings.gen";
import type { PatientDocument } from "../../ipc/queries";
import { hoursText } from "./hoursText";
import classes from "./PatientsTable.module.css";
import { RankingWhy } from "./RankingWhy";
import { TierChip } from "./TierChip";
import { useWindowRows } from "./useWindowRows";

/** Prints one patient's 災害時個別支援計画 or 個別避難計画. */
type PrintPatientDocument = (document: PatientDocument, id: string) => void;

type Paper = {
  document: PatientDocument;
  label: MessageKey;
  /** Names the patient for screen readers, since every row's buttons read the same. */
  aria: MessageKey;
  testId: string;
};

const papers: Paper[] = [
  { document: "supportPlan", label: "patients.printSupportPlan", aria: "patients.printSupportPlanLabel", testId: "print-support-plan" },
  {
    document: "evacuationPlan",
    label: "patients.printEvacuationPlan",
    aria: "patients.printEvacuationPlanLabel",
    testId: "print-evacuation-plan",
  },
];

/**
 * Column widths as shares of the page, fixed so that they do not shift as rows come and go while
 * scrolling; text wraps inside them, so a larger text size makes rows taller, not the table wider.
 */
const columnWidths = ["15%", "15%", "10%", "15%", "10%", "7%", "28%"];

const keyOf = (patient: RankedPatient) => patient.id;

type Props = {
  patients: RankedPatient[];
  onPrint: PrintPatientDocument;
  /** The tiers are computed as if the power were on: said above the table so that 「P3 通常」 with little power left is not taken for a mistake. */
  outageOpen: boolean;
};

/**
 * One row per patient, already in priority order; the table never re-sorts what the rules ranked.
 * A register may hold a thousand patients: only the rows near the screen are rendered (useWindowRows),
 * the page scrolls as usual and the column headers stay on top.
 */
export function PatientsTable({ patients, onPrint, outageOpen }: Props) {
  const t = useT();
  const { listRef, rows, gapAfter, rowProps } = useWindowRows({ items: patients, keyOf, estimateRem: 4 });
  return (
    <Table
      verticalSpacing="sm"
      highlightOnHover
      withTableBorder
      layout="fixed"
      captionSide="top"
      stickyHeader
      stickyHeaderOffset="var(--app-shell-header-height)"
      className={classes.table}
      aria-rowcount={patients.length + 1}
      data-testid="patients-table"
    >
      <Table.Caption ta="start">
        {t("patients.caption")}
        {!outageOpen && (
          <Text span display="block" size="sm" c="dimmed" data-testid="patients-tiers-no-outage">
            {t("patients.tiersNoOutage")}
          </Text>
        )}
      </Table.Caption>
      <colgroup>
        {columnWidths.map((width, i) => (
          <col key={i} style={{ width }} />
        ))}
      </colgroup>
      <Table.Thead>
        <Table.Tr aria-rowindex={1}>
          <Table.Th>{t("patients.colTier")}</Table.Th>
          <Table.Th>{t("patients.colName")}</Table.Th>
          <Table.Th>{t("patients.colMunicipality")}</Table.Th>
          <Table.Th>{t("patients.colDevices")}</Table.Th>
          <Table.Th>{t("patients.colPower")}</Table.Th>
          <Table.Th ta="right">{t("patients.colScore")}</Table.Th>
          <Table.Th>{t("patients.colActions")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody ref={listRef}>
        {rows.map((row) => (
          <Fragment key={row.key}>
            {row.gapBefore > 0 && <GapRow height={row.gapBefore} />}
            <PatientRow patient={row.item} rowIndex={row.index} onPrint={onPrint} {...rowProps(row)} />
          </Fragment>
        ))}
        {gapAfter > 0 && <GapRow height={gapAfter} />}
      </Table.Tbody>
    </Table>
  );
}

/** Stands in for the rows not rendered; hidden from screen readers, which count rows by aria-rowcount/aria-rowindex. */
function GapRow({ height }: { height: number }) {
  return (
    <tr aria-hidden="true" className={classes.gap} data-testid="patients-gap">
      <td colSpan={columnWidths.length} style={{ height }} />
    </tr>
  );
}

type RowProps = {
  patient: RankedPatient;
  rowIndex: number;
  onPrint: PrintPatientDocument;
  ref: (element: Element | null) => void;
  "data-index": number;
  onFocus: () => void;
};

function PatientRow({ patient, rowIndex, onPrint, ...measured }: RowProps) {
  const t = useT();
  // `power` lists exactly the life-sustaining devices; one label per kind is enough for the list.
  const devices = [...new Set(patient.power.map((d) => d.class))].map((c) => t(`deviceClass.${c}`));
  return (
    <Table.Tr {...measured} aria-rowindex={rowIndex + 2} data-testid={`patient-row-${patient.id}`} data-tier={patient.tier}>
      <Table.Td>
        <TierChip tier={patient.tier} overridden={patient.overridden} />
      </Table.Td>
      <Table.Th scope="row" fw={700} data-testid="patient-name-cell">
        {patient.name}
      </Table.Th>
      <Table.Td>{patient.municipality ?? t("patients.none")}</Table.Td>
      <Table.Td data-testid="patient-devices">
        {devices.length === 0 ? t("patients.none") : devices.join(t("patients.deviceSeparator"))}
      </Table.Td>
      <Table.Td data-testid="patient-power">
        {patient.powerHoursLeft === null ? (
          t("patients.none")
        ) : (
          <Text span fw={700}>
            {t("patients.hoursLeft", { hours: hoursText(patient.powerHoursLeft) })}
          </Text>
        )}
      </Table.Td>
      <Table.Td ta="right" data-testid="patient-score">
        {patient.ranking.score}
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="wrap">
          <RankingWhy patient={patient} />
          <Button
            renderRoot={(props) => <Link to="/patients/$id" params={{ id: patient.id }} {...props} />}
            variant="default"
            aria-label={t("patients.editLabel", { name: patient.name })}
            data-testid={`patient-edit-${patient.id}`}
          >
            {t("patients.edit")}
          </Button>
          {papers.map(({ document, label, aria, testId }) => (
            <Button
              key={document}
              variant="default"
              onClick={() => onPrint(document, patient.id)}
              aria-label={t(aria, { name: patient.name })}
              data-testid={`${testId}-${patient.id}`}
            >
              {t(label)}
            </Button>
          ))}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
