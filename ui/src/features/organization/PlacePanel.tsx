import { Paper, Text, Title } from "@mantine/core";
import { FactList } from "../../components/FactList";
import { useT } from "../../i18n/LanguageProvider";
import type { Place } from "../../ipc/bindings.gen";

/** What the Rust side derived from the chosen municipality. */
export function PlacePanel({ place }: { place: Place | null }) {
  const t = useT();
  return (
    <Paper withBorder p="md" radius="md" aria-live="polite">
      <Title order={2} size="h4" mb="sm">
        {t("place.title")}
      </Title>
      {place === null ? (
        <Text c="dimmed">{t("place.empty")}</Text>
      ) : (
        <FactList
          facts={[
            { label: t("place.homeCareRegion"), value: place.homeCareRegion, testId: "org-place-home-care-region" },
            { label: t("place.secondaryRegion"), value: place.secondaryRegion, testId: "org-place-secondary-region" },
            { label: t("place.tertiaryRegion"), value: place.tertiaryRegion, testId: "org-place-tertiary-region" },
            { label: t("place.healthCenter"), value: place.healthCenter, testId: "org-place-health-center" },
          ]}
        />
      )}
    </Paper>
  );
}
