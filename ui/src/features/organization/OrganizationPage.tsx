import { Loader, Stack } from "@mantine/core";
import { ErrorNotice } from "../../components/ErrorNotice";
import { errorText } from "../../i18n/errors";
import { useT } from "../../i18n/LanguageProvider";
import { useOrganization } from "../../ipc/queries";
import { FingerprintCard } from "./FingerprintCard";
import { OrganizationForm } from "./OrganizationForm";

export function OrganizationPage() {
  const t = useT();
  const organization = useOrganization();
  if (organization.isError) return <ErrorNotice text={errorText(t, organization.error)} />;
  // The router sends a null organisation to /welcome, so null here is only a passing state.
  if (!organization.data) return <Loader aria-label={t("app.loading")} />;
  return (
    <Stack gap="lg">
      <OrganizationForm initial={organization.data} />
      <FingerprintCard />
    </Stack>
  );
}
