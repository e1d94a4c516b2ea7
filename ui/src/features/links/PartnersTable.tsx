import { Button, Code, Table, Text } from "@mantine/core";
import { useT } from "../../i18n/LanguageProvider";
import type { Partner } from "../../ipc/bindings.gen";

type Props = { partners: Partner[]; onEdit: (partner: Partner) => void };

/** 連携先名簿: who to call at any hour, and whose files can be trusted (a confirmed fingerprint). */
export function PartnersTable({ partners, onEdit }: Props) {
  const t = useT();
  if (partners.length === 0) return <Text data-testid="partners-empty">{t("partners.empty")}</Text>;
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="sm" withTableBorder data-testid="partners-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("partners.colName")}</Table.Th>
            <Table.Th>{t("partners.colKind")}</Table.Th>
            <Table.Th>{t("partners.colPhone")}</Table.Th>
            <Table.Th>{t("partners.colContact")}</Table.Th>
            <Table.Th>{t("partners.colFingerprint")}</Table.Th>
            <Table.Th>{t("partners.colActions")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {partners.map((partner) => (
            <Table.Tr key={partner.id} data-testid={`partner-row-${partner.id}`}>
              <Table.Td fw={700}>{partner.name}</Table.Td>
              <Table.Td>{t(`partnerKind.${partner.kind}`)}</Table.Td>
              <Table.Td>{partner.phone24h}</Table.Td>
              <Table.Td>{partner.contactPerson}</Table.Td>
              <Table.Td>
                {partner.fingerprint ? (
                  <Code>{partner.fingerprint}</Code>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t("partners.noFingerprint")}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => onEdit(partner)}
                  aria-label={t("partners.editLabel", { name: partner.name })}
                  data-testid={`partner-edit-${partner.id}`}
                >
                  {t("partners.edit")}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
