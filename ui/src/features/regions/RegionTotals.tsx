import { Paper, SimpleGrid, Text } from "@mantine/core";
import { formatNumber } from "../../i18n/format";
import { useLanguage, useT } from "../../i18n/LanguageProvider";
import type { RegionTotals as Totals } from "../../ipc/bindings.gen";

function Total({ label, value, unit, testId }: { label: string; value: string; unit?: string; testId: string }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700}>
        <span data-testid={testId}>{value}</span>
        {unit !== undefined && <Text span size="md" fw={400} ml={4}>{unit}</Text>}
      </Text>
    </Paper>
  );
}

export function RegionTotals({ totals }: { totals: Totals }) {
  const t = useT();
  const language = useLanguage();
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
      <Total label={t("regions.totalHomeCare")} value={formatNumber(totals.homeCareRegions, language)} testId="regions-total-home-care" />
      <Total label={t("regions.totalMunicipalities")} value={formatNumber(totals.municipalities, language)} testId="regions-total-municipalities" />
      <Total
        label={t("regions.totalPopulation")}
        value={formatNumber(totals.population, language)}
        unit={t("regions.populationUnit")}
        testId="regions-total-population"
      />
    </SimpleGrid>
  );
}
