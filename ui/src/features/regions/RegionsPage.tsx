import { Accordion, Loader, Stack, Text } from "@mantine/core";
import { ErrorNotice } from "../../components/ErrorNotice";
import { PageHeader } from "../../components/PageHeader";
import { errorText } from "../../i18n/errors";
import { useT } from "../../i18n/LanguageProvider";
import type { RegionTree } from "../../ipc/bindings.gen";
import { useRegions } from "../../ipc/queries";
import { RegionTotals } from "./RegionTotals";
import { SecondaryRegionTable } from "./SecondaryRegionTable";

export function RegionsPage() {
  const t = useT();
  const regions = useRegions();
  return (
    <>
      <PageHeader title={t("regions.title")} lead={regions.data ? t("regions.lead", { prefecture: regions.data.prefecture }) : undefined} />
      {regions.isError && <ErrorNotice text={errorText(t, regions.error)} />}
      {regions.isPending && <Loader aria-label={t("app.loading")} />}
      {regions.data && <RegionBrowser tree={regions.data} />}
    </>
  );
}

function RegionBrowser({ tree }: { tree: RegionTree }) {
  const t = useT();
  return (
    <Stack gap="lg">
      <RegionTotals totals={tree.totals} />
      {/* All open at first: the page is for reading, and a closed panel would hide rows from search and tests. */}
      <Accordion order={2} multiple variant="separated" defaultValue={tree.tertiaryRegions.map((r) => r.name)}>
        {tree.tertiaryRegions.map((tertiary) => (
          <Accordion.Item key={tertiary.name} value={tertiary.name}>
            <Accordion.Control>
              <Text fw={700} size="lg" span>
                {t("regions.tertiary", { name: tertiary.name })}
              </Text>
            </Accordion.Control>
            <Accordion.Panel>
              <Stack gap="lg">
                {tertiary.secondaryRegions.map((secondary) => (
                  <SecondaryRegionTable key={secondary.name} region={secondary} />
                ))}
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
      <Text size="sm" c="dimmed">
        {t("regions.source", { source: tree.source })}
      </Text>
    </Stack>
  );
}
