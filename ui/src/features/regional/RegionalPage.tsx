import { Alert, Loader, Stack } from "@mantine/core";
import { ErrorNotice } from "../../components/ErrorNotice";
import { PageHeader } from "../../components/PageHeader";
import { errorText } from "../../i18n/errors";
import { useT } from "../../i18n/LanguageProvider";
import { useOrganization } from "../../ipc/queries";
import { useRegionalDashboard } from "../../ipc/regionalQueries";
import { MemberImport } from "./MemberImport";
import { NamedPatients } from "./NamedPatients";
import { PrintRegional } from "./PrintRegional";
import { RegionalDashboard } from "./RegionalDashboard";
import { ScopeSection } from "./ScopeSection";

/**
 * 地域BCP: the coordination base chooses its region, takes in its members' plan files and sees the
 * region at a glance. The sidebar offers it only to a coordination base; reached otherwise, it says so.
 */
export function RegionalPage() {
  const t = useT();
  const organization = useOrganization();
  const isBase = organization.data?.organization.kind === "CoordinationBase";
  const dashboard = useRegionalDashboard(isBase);

  return (
    <Stack gap="lg">
      <PageHeader title={t("regional.title")} lead={t("regional.lead")} />
      {!isBase ? (
        <Alert color="gray" variant="light" role="status" title={t("regional.notBaseTitle")} data-testid="region-not-base">
          {t("regional.notBase")}
        </Alert>
      ) : (
        <>
          <ScopeSection municipalities={dashboard.data?.municipalities} />
          <MemberImport />
          {dashboard.isError ? (
            <ErrorNotice text={errorText(t, dashboard.error)} testId="region-dashboard-error" />
          ) : dashboard.data === undefined ? (
            <Loader aria-label={t("app.loading")} />
          ) : (
            <RegionalDashboard dashboard={dashboard.data} />
          )}
          <NamedPatients />
          <PrintRegional />
        </>
      )}
    </Stack>
  );
}
