import { Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useDeferredValue, useMemo, useState } from "react";
import { formatNumber } from "../../i18n/format";
import { useLanguage, useT } from "../../i18n/LanguageProvider";
import type { Translate } from "../../i18n/translate";
import type { Language, ThirdParty } from "../../ipc/bindings.gen";

/** About 630 packages ship; more rows than this make typing in the filter sluggish, and nobody reads them all. */
export const ROW_LIMIT = 200;

/** Packages whose name or licence contains the filter, ignoring case; all of them for an empty filter. */
export function matchingPackages(packages: ThirdParty[], filter: string): ThirdParty[] {
  const wanted = filter.trim().toLowerCase();
  if (wanted === "") return packages;
  return packages.filter((p) => p.name.toLowerCase().includes(wanted) || p.license.toLowerCase().includes(wanted));
}

/** 「627件のパッケージ（crates.io 589、npm 38）」: the sources in alphabetical order. */
function countText(t: Translate, language: Language, packages: ThirdParty[]): string {
  const bySource = new Map<string, number>();
  for (const p of packages) bySource.set(p.source, (bySource.get(p.source) ?? 0) + 1);
  const sources = [...bySource.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([source, n]) => t("about.sourceCount", { source, n: formatNumber(n, language) }))
    .join(t("about.sourceSeparator"));
  return t("about.licensesCount", { n: formatNumber(packages.length, language), sources });
}

/** Every third-party package the app ships, with its licence; filtered, and at most ROW_LIMIT rows at a time. */
export function ThirdPartyList({ packages }: { packages: ThirdParty[] }) {
  const t = useT();
  const language = useLanguage();
  const [filter, setFilter] = useState("");
  // The input answers every keystroke at once; the table follows when React has time.
  const deferredFilter = useDeferredValue(filter);
  const matching = useMemo(() => matchingPackages(packages, deferredFilter), [packages, deferredFilter]);
  const shown = matching.slice(0, ROW_LIMIT);
  const more = matching.length - shown.length;

  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t("about.thirdPartyTitle")}
      </Title>
      <Text size="sm" c="dimmed">
        {t("about.thirdPartyLead")}
      </Text>
      <Text fw={700} data-testid="about-licenses-count">
        {countText(t, language, packages)}
      </Text>
      <TextInput
        type="search"
        label={t("about.filter")}
        placeholder={t("about.filterPlaceholder")}
        value={filter}
        onChange={(e) => setFilter(e.currentTarget.value)}
        maw={420}
        data-testid="about-license-filter"
      />
      {shown.length === 0 ? (
        <Text role="status" data-testid="about-licenses-none">
          {t("about.noMatch")}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table
            striped
            withTableBorder
            layout="fixed"
            verticalSpacing="xs"
            aria-label={t("about.thirdPartyTitle")}
            data-testid="about-third-party-table"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("about.colName")}</Table.Th>
                <Table.Th w="15%">{t("about.colVersion")}</Table.Th>
                <Table.Th w="30%">{t("about.colLicense")}</Table.Th>
                <Table.Th w="13%">{t("about.colSource")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((p) => (
                // One crate can ship in two versions, so the version is part of the key.
                <Table.Tr key={`${p.source}/${p.name}/${p.version}`} data-testid={`about-package-${p.source}-${p.name}`}>
                  <Table.Th scope="row" fw={700} style={{ wordBreak: "break-word" }}>
                    {p.name}
                    {p.repository !== "" && (
                      <Text size="xs" c="dimmed" fw={400} style={{ wordBreak: "break-all" }}>
                        {p.repository}
                      </Text>
                    )}
                  </Table.Th>
                  <Table.Td style={{ wordBreak: "break-word" }}>{p.version}</Table.Td>
                  <Table.Td style={{ wordBreak: "break-word" }}>{p.license}</Table.Td>
                  <Table.Td>{p.source}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {more > 0 && (
        <Text role="status" data-testid="about-licenses-more">
          {t("about.more", { n: formatNumber(more, language) })}
        </Text>
      )}
    </Stack>
  );
}
