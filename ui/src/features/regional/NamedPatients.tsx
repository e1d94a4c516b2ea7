import { Button, Group, Table, Text } from "@mantine/core";
import { ErrorNotice } from "../../components/ErrorNotice";
import { errorText } from "../../i18n/errors";
import { useT } from "../../i18n/LanguageProvider";
import type { NamedPatient } from "../../ipc/bindings.gen";
import { useNamedPatients } from "../../ipc/regionalQueries";
import { LinkSection } from "../links/LinkSection";

/**
 * 氏名の分かる患者: names the members' files carry (the patient's consent to the base, or 緊急時の開示).
 * Nothing is asked for until the user presses the button, because the Rust side audits every listing;
 * 「隠す」 drops the names from the screen (and from memory) again.
 */
export function NamedPatients() {
  const t = useT();
  const named = useNamedPatients();
  const shown = named.isSuccess ? named.data : null;

  return (
    <LinkSection title={t("named.title")} lead={t("named.lead")} testId="region-named">
      <Group gap="sm" wrap="wrap">
        {shown === null ? (
          <Button onClick={() => named.mutate()} loading={named.isPending} data-testid="named-show">
            {t("named.show")}
          </Button>
        ) : (
          <Button variant="default" onClick={named.reset} data-testid="named-hide">
            {t("named.hide")}
          </Button>
        )}
        <Text size="sm" c="dimmed" style={{ flex: 1, minWidth: "16rem" }} data-testid="named-audit-note">
          {t("named.auditNote")}
        </Text>
      </Group>
      {named.isError && (
        <ErrorNotice
          text={errorText(t, named.error)}
          close={{ label: t("print.close"), onClose: named.reset }}
          testId="named-error"
        />
      )}
      {shown !== null && <NamedTable patients={shown} />}
    </LinkSection>
  );
}

function NamedTable({ patients }: { patients: NamedPatient[] }) {
  const t = useT();
  if (patients.length === 0) return <Text data-testid="named-patients">{t("named.empty")}</Text>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table withTableBorder verticalSpacing="xs" data-testid="named-patients">
        <Table.Caption>{t("named.caption")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("regional.colMember")}</Table.Th>
            <Table.Th>{t("named.colName")}</Table.Th>
            <Table.Th>{t("regional.colMunicipality")}</Table.Th>
            <Table.Th>{t("regional.colPhone")}</Table.Th>
            <Table.Th>{t("named.colBasis")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {patients.map((patient, i) => {
            const breakGlass = patient.releasedUnder !== null;
            return (
              <Table.Tr
                key={i}
                bg={breakGlass ? "red.0" : undefined}
                data-released={breakGlass ? "breakGlass" : "consent"}
                data-testid="named-patient-row"
              >
                <Table.Td>{patient.member}</Table.Td>
                <Table.Th scope="row">{patient.name}</Table.Th>
                <Table.Td>{patient.municipality ?? t("regional.noMunicipality")}</Table.Td>
                <Table.Td>{patient.phone}</Table.Td>
                <Table.Td>
                  {patient.releasedUnder === null ? (
                    t("named.consent")
                  ) : (
                    <Text span size="sm" fw={700} c="red.9">
                      ⚠ {t("named.breakGlass", { reason: patient.releasedUnder })}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
