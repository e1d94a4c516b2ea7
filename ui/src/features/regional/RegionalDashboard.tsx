import { Alert, Divider, SimpleGrid, Text, Title } from "@mantine/core";
import { useT } from "../../i18n/LanguageProvider";
import type { Dashboard } from "../../ipc/bindings.gen";
import { LinkSection } from "../links/LinkSection";
import { AgreementsList } from "./AgreementsList";
import { CapacityCard } from "./CapacityCard";
import { CompletenessBars } from "./CompletenessBars";
import { MemberNamesProvider } from "./memberNames";
import { MembersTable } from "./MembersTable";
import { MunicipalityTotals } from "./MunicipalityTotals";
import { PatientsTable } from "./PatientsTable";
import { StatusCounts } from "./StatusCounts";
import { WithoutProvider } from "./WithoutProvider";

/**
 * The region at a glance, every number as the Rust side computed it. Each number opens the member files
 * behind it; none is added up or derived here, so a hidden 1–4 cannot be worked out from the screen.
 */
export function RegionalDashboard({ dashboard }: { dashboard: Dashboard }) {
  const t = useT();
  return (
    <MemberNamesProvider members={dashboard.members}>
      <LinkSection title={t("regional.dashboardTitle")} lead={t("regional.dashboardLead")} testId="region-dashboard">
        <Alert color="blue" variant="light" title={t("regional.noteTitle")} data-testid="region-note">
          <Text size="sm">{t("regional.noteHidden")}</Text>
          <Text size="sm">{t("regional.noteTwice")}</Text>
        </Alert>

        <Title order={3} size="h5">
          {t("regional.plansTitle")}
        </Title>
        <StatusCounts byStatus={dashboard.byStatus} />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <CompletenessBars buckets={dashboard.completenessBuckets} />
          <WithoutProvider municipalities={dashboard.municipalities} withoutProvider={dashboard.withoutProvider} />
        </SimpleGrid>

        <Divider />
        <Title order={3} size="h5">
          {t("regional.patientsTitle")}
        </Title>
        <PatientsTable patients={dashboard.patients} />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <MunicipalityTotals totals={dashboard.patientsByMunicipality} />
          <CapacityCard ventilatorPatients={dashboard.ventilatorPatients} admissionCapacity={dashboard.admissionCapacity} />
        </SimpleGrid>

        <Divider />
        <Title order={3} size="h5">
          {t("regional.membersTitle")}
        </Title>
        <MembersTable members={dashboard.members} />

        <Title order={3} size="h5">
          {t("regional.agreementsTitle")}
        </Title>
        <AgreementsList agreements={dashboard.agreements} />
      </LinkSection>
    </MemberNamesProvider>
  );
}
