import { Button, Group, Table, Text } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useT } from "../../i18n/LanguageProvider";
import type { RankedPatient } from "../../ipc/bindings.gen";
import { hoursText } from "./hoursText";
import { RankingWhy } from "./RankingWhy";
import { TierChip } from "./TierChip";

/** One row per patient, already in priority order; the table never re-sorts what the rules ranked. */
type PrintSupportPlan = (id: string) => void;

export function PatientsTable({ patients, onPrintSupportPlan }: { patients: RankedPatient[]; onPrintSupportPlan: PrintSupportPlan }) {
  const t = useT();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table verticalSpacing="sm" highlightOnHover withTableBorder data-testid="patients-table">
        <Table.Caption>{t("patients.caption")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("patients.colTier")}</Table.Th>
            <Table.Th>{t("patients.colName")}</Table.Th>
            <Table.Th>{t("patients.colMunicipality")}</Table.Th>
            <Table.Th>{t("patients.colDevices")}</Table.Th>
            <Table.Th>{t("patients.colPower")}</Table.Th>
            <Table.Th ta="right">{t("patients.colScore")}</Table.Th>
            <Table.Th>{t("patients.colActions")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {patients.map((patient) => (
            <PatientRow key={patient.id} patient={patient} onPrintSupportPlan={onPrintSupportPlan} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function PatientRow({ patient, onPrintSupportPlan }: { patient: RankedPatient; onPrintSupportPlan: PrintSupportPlan }) {
  const t = useT();
  // `power` lists exactly the life-sustaining devices; one label per kind is enough for the list.
  const devices = [...new Set(patient.power.map((d) => d.class))].map((c) => t(`deviceClass.${c}`));
  return (
    <Table.Tr data-testid={`patient-row-${patient.id}`} data-tier={patient.tier}>
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
        <Group gap="xs" wrap="nowrap">
          <RankingWhy patient={patient} />
          <Button
            renderRoot={(props) => <Link to="/patients/$id" params={{ id: patient.id }} {...props} />}
            variant="default"
            aria-label={t("patients.editLabel", { name: patient.name })}
            data-testid={`patient-edit-${patient.id}`}
          >
            {t("patients.edit")}
          </Button>
          <Button
            variant="default"
            onClick={() => onPrintSupportPlan(patient.id)}
            aria-label={t("patients.printSupportPlanLabel", { name: patient.name })}
            data-testid={`print-support-plan-${patient.id}`}
          >
            {t("patients.printSupportPlan")}
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
