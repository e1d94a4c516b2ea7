import { Button, Table, Text } from "@mantine/core";
import { useT } from "../../i18n/LanguageProvider";
import type { Translate } from "../../i18n/translate";
import type { Agreement, Partner } from "../../ipc/bindings.gen";

type Props = { agreements: Agreement[]; partners: Partner[]; onEdit: (agreement: Agreement) => void };

/** 2025-04-01〜2026-03-31, 〜2026-03-31, or 期限なし; ISO dates keep the column narrow. */
function validityText(t: Translate, { validFrom, validUntil }: Agreement): string {
  if (validFrom === null && validUntil === null) return t("agreements.noLimit");
  return `${validFrom ?? ""}〜${validUntil ?? ""}`;
}

/** 協定: with whom, what help, which way, for how many patients, and until when. */
export function AgreementsTable({ agreements, partners, onEdit }: Props) {
  const t = useT();
  if (agreements.length === 0) return <Text data-testid="agreements-empty">{t("agreements.empty")}</Text>;
  // A partner missing from the directory cannot happen on the Rust side; its id still names the row.
  const nameOf = (id: string) => partners.find((p) => p.id === id)?.name ?? id;
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table verticalSpacing="sm" withTableBorder data-testid="agreements-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("agreements.colPartner")}</Table.Th>
            <Table.Th>{t("agreements.colKind")}</Table.Th>
            <Table.Th>{t("agreements.colDirection")}</Table.Th>
            <Table.Th ta="right">{t("agreements.colCapacity")}</Table.Th>
            <Table.Th>{t("agreements.colValidity")}</Table.Th>
            <Table.Th>{t("agreements.colActions")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {agreements.map((agreement) => (
            <Table.Tr key={agreement.id} data-testid={`agreement-row-${agreement.id}`}>
              <Table.Td fw={700}>{nameOf(agreement.partnerId)}</Table.Td>
              <Table.Td>{t(`agreementKind.${agreement.kind}`)}</Table.Td>
              <Table.Td>{t(`direction.${agreement.direction}`)}</Table.Td>
              <Table.Td ta="right">
                {agreement.capacityPatients === null ? "—" : t("agreements.capacity", { n: agreement.capacityPatients })}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{validityText(t, agreement)}</Text>
                {agreement.reviewOn !== null && (
                  <Text size="xs" c="dimmed">
                    {t("agreements.reviewOn", { date: agreement.reviewOn })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => onEdit(agreement)}
                  aria-label={t("agreements.editLabel", {
                    name: nameOf(agreement.partnerId),
                    kind: t(`agreementKind.${agreement.kind}`),
                  })}
                  data-testid={`agreement-edit-${agreement.id}`}
                >
                  {t("agreements.edit")}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
