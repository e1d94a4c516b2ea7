import { Anchor, Group, Paper, Text, Title } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { DateLabel } from "../../components/DateLabel";
import { FactList } from "../../components/FactList";
import { useT } from "../../i18n/LanguageProvider";
import type { OrganizationView } from "../../ipc/bindings.gen";

export function OrganizationCard({ view }: { view: OrganizationView }) {
  const t = useT();
  const { organization, place } = view;
  const orBlank = (text: string) => (text.trim() === "" ? <Text c="dimmed" span>{t("home.notEntered")}</Text> : text);
  const placeText = place
    ? `${place.municipality}（${t("place.homeCareRegion")} ${place.homeCareRegion}・${t("place.secondaryRegion")} ${place.secondaryRegion}・${t("place.healthCenter")} ${place.healthCenter}）`
    : "";

  return (
    <Paper withBorder p="lg" radius="md">
      <Group justify="space-between" align="baseline" mb="xs">
        <Text c="dimmed" size="sm">
          {t("home.organization")} ・ {t(`kind.${organization.kind}`)}
        </Text>
        <Anchor component={Link} to="/organization">
          {t("home.editOrganization")}
        </Anchor>
      </Group>
      <Title order={2} size="h3" mb="md" data-testid="home-org-name">
        {organization.name}
      </Title>
      <FactList
        facts={[
          { label: t("org.kind"), value: t(`kind.${organization.kind}`) },
          { label: t("org.corporationName"), value: orBlank(organization.corporationName) },
          { label: t("org.address"), value: orBlank(organization.address) },
          { label: t("place.title"), value: orBlank(placeText) },
          { label: t("org.managerName"), value: orBlank(organization.managerName) },
          { label: t("org.phone"), value: orBlank(organization.phone) },
          { label: t("home.updatedAt"), value: <DateLabel iso={organization.updatedAt} /> },
        ]}
      />
    </Paper>
  );
}
