import { Button, Group, Table, Text } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import type { MessageKey } from "../../i18n/ja";
import { useT } from "../../i18n/LanguageProvider";
import type { RankedPatient } from "../../ipc/bindings.gen";
import type { PatientDocument } from "../../ipc/queries";
import { hoursText } from "./hoursText";
import { RankingWhy } from "./RankingWhy";
import { TierChip } from "./TierChip";

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

/** One row per patient, already in priority order; the table never re-sorts what the rules ranked. */
export function PatientsTable({ patients, onPrint }: { patients: RankedPatient[]; onPrint: PrintPatientDocument }) {
  const t = useT();
  return (
    <Table.ScrollContainer minWidth={980}>
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
            <PatientRow key={patient.id} patient={patient} onPrint={onPrint} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function PatientRow({ patient, onPrint }: { patient: RankedPatient; onPrint: PrintPatientDocument }) {
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
