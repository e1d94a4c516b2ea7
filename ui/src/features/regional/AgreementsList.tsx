import { Table, Text } from "@mantine/core";
import { useT } from "../../i18n/LanguageProvider";
import type { Edge } from "../../ipc/bindings.gen";

/** Who helps whom, as the members' files declare it (provider → receiver). Both sides may list one agreement. */
export function AgreementsList({ agreements }: { agreements: Edge[] }) {
  const t = useT();
  if (agreements.length === 0) return <Text data-testid="region-agreements">{t("regional.agreementsEmpty")}</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table withTableBorder verticalSpacing={4} data-testid="region-agreements">
        <Table.Caption>{t("regional.agreementsCaption")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("regional.colProvider")}</Table.Th>
            <Table.Th>{t("regional.colReceiver")}</Table.Th>
            <Table.Th>{t("regional.colAgreementKind")}</Table.Th>
            <Table.Th ta="right">{t("regional.colCapacity")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {agreements.map((edge, i) => (
            <Table.Tr key={i} data-testid={`region-agreement-${i}`}>
              <Table.Td fw={700}>
                {edge.provider}
                <Text span c="dimmed" ml="xs" aria-hidden>
                  →
                </Text>
              </Table.Td>
              <Table.Td fw={700}>{edge.receiver}</Table.Td>
              <Table.Td>{t(`agreementKind.${edge.kind}`)}</Table.Td>
              <Table.Td ta="right">{edge.capacity === null ? "—" : t("agreements.capacity", { n: edge.capacity })}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
