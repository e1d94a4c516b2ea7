import { Loader, Stack } from "@mantine/core";
import { ErrorNotice } from "../../components/ErrorNotice";
import { PageHeader } from "../../components/PageHeader";
import { errorText } from "../../i18n/errors";
import { useT } from "../../i18n/LanguageProvider";
import { useMarkInteractive } from "../../ipc/interactive";
import { useOrganization } from "../../ipc/queries";
import { AppInfoLine } from "./AppInfoLine";
import { OutageCard } from "../outage/OutageCard";
import { ObligationsCard } from "./ObligationsCard";
import { OrganizationCard } from "./OrganizationCard";
import { PlanCard } from "./PlanCard";
import { PrintPanel } from "./PrintPanel";
import { RemindersCard } from "./RemindersCard";

export function HomePage() {
  const t = useT();
  const organization = useOrganization();
  useMarkInteractive(organization.data !== undefined);

  return (
    <Stack gap="lg">
      <PageHeader title={t("home.title")} />
      {organization.isError && <ErrorNotice text={errorText(t, organization.error)} />}
      {organization.data && <OutageCard />}
      {organization.data ? <OrganizationCard view={organization.data} /> : organization.isPending && <Loader aria-label={t("app.loading")} />}
      <PlanCard />
      {organization.data && <ObligationsCard />}
      {organization.data && <RemindersCard />}
      <PrintPanel />
      <AppInfoLine />
    </Stack>
  );
}
