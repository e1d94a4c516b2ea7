import { Table, Title } from "@mantine/core";
import { formatNumber } from "../../i18n/format";
import { useLanguage, useT } from "../../i18n/LanguageProvider";
import type { SecondaryRegion } from "../../ipc/bindings.gen";

/** One table per 二次医療圏; each row is a 在宅医療圏 with its 保健所, population and municipalities. */
export function SecondaryRegionTable({ region }: { region: SecondaryRegion }) {
  const t = useT();
  const language = useLanguage();
  return (
    <section>
      <Title order={3} size="h5" mb="xs">
        {t("regions.secondary", { name: region.name })}
      </Title>
      <Table.ScrollContainer minWidth={640}>
        <Table striped withTableBorder layout="fixed" verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="20%">{t("regions.colName")}</Table.Th>
              <Table.Th w="20%">{t("regions.colHealthCenter")}</Table.Th>
              <Table.Th w="15%" ta="right">
                {t("regions.colPopulation")}
              </Table.Th>
              <Table.Th>{t("regions.colMunicipalities")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {region.homeCareRegions.map((homeCare) => (
              <Table.Tr key={homeCare.name} data-testid={`region-${homeCare.name}`}>
                <Table.Th scope="row" fw={700}>
                  {homeCare.name}
                </Table.Th>
                <Table.Td>{homeCare.healthCenter}</Table.Td>
                <Table.Td ta="right" style={{ fontVariantNumeric: "tabular-nums" }}>
                  {t("regions.population", { n: formatNumber(homeCare.population, language) })}
                </Table.Td>
                <Table.Td>{homeCare.municipalities.join(t("regions.municipalitySeparator"))}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}
