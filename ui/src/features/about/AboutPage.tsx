import { Accordion, Card, Code, Loader, Stack, Text, Title } from "@mantine/core";
import { useId, type ReactNode } from "react";
import { ErrorNotice } from "../../components/ErrorNotice";
import { FactList } from "../../components/FactList";
import { PageHeader } from "../../components/PageHeader";
import { errorText } from "../../i18n/errors";
import { useT } from "../../i18n/LanguageProvider";
import type { Licenses } from "../../ipc/bindings.gen";
import { useAppInfo, useIdentity, useLicenses, useOrganization } from "../../ipc/queries";
import { ThirdPartyList } from "./ThirdPartyList";

/** このアプリについて: what is installed, where its data lives, whose key it signs with, and every licence. */
export function AboutPage() {
  const t = useT();
  return (
    <Stack gap="lg">
      <PageHeader title={t("about.title")} />
      <AboutCard title={t("about.product")}>
        <Text>{t("about.lead")}</Text>
        <AppFacts />
        <Text fw={700} data-testid="about-network">
          {t("about.network")}
        </Text>
      </AboutCard>
      <LicensesSection />
    </Stack>
  );
}

/** One part of the page, named by its heading for screen readers' landmarks list. */
function AboutCard({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={2} size="h3" id={headingId}>
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}

function AppFacts() {
  const t = useT();
  const info = useAppInfo();
  if (info.isError) return <ErrorNotice text={errorText(t, info.error)} />;
  if (!info.data) return <Loader aria-label={t("app.loading")} />;
  return (
    <FactList
      facts={[
        { label: t("about.version"), value: info.data.version, testId: "about-version" },
        { label: t("about.schema"), value: String(info.data.schemaVersion), testId: "about-schema" },
        {
          label: t("about.dataDir"),
          value: (
            <Stack gap={4}>
              <Code fz="sm" style={{ alignSelf: "flex-start", wordBreak: "break-all" }} data-testid="about-data-dir">
                {info.data.dataDir}
              </Code>
              <Text size="sm" c="dimmed">
                {t("about.dataDirHint")}
              </Text>
            </Stack>
          ),
        },
        { label: t("about.fingerprint"), value: <Fingerprint /> },
      ]}
    />
  );
}

/** The key partners check by phone; the organisation's own, so none is shown before it is registered. */
function Fingerprint() {
  const t = useT();
  const organization = useOrganization();
  const identity = useIdentity();
  if (organization.data === null)
    return (
      <Text c="dimmed" data-testid="about-fingerprint">
        {t("about.noOrganization")}
      </Text>
    );
  if (identity.isError) return <ErrorNotice text={errorText(t, identity.error)} />;
  if (!identity.data) return <Loader size="sm" aria-label={t("app.loading")} />;
  return (
    <Code fz="md" style={{ wordBreak: "break-all" }} data-testid="about-fingerprint">
      {identity.data.fingerprint}
    </Code>
  );
}

function LicensesSection() {
  const t = useT();
  const licenses = useLicenses();
  return (
    <AboutCard title={t("about.licensesTitle")}>
      {licenses.isError && <ErrorNotice text={errorText(t, licenses.error)} />}
      {licenses.isPending && <Loader aria-label={t("app.loading")} />}
      {licenses.data && <LicenseTexts licenses={licenses.data} />}
    </AboutCard>
  );
}

function LicenseTexts({ licenses }: { licenses: Licenses }) {
  const t = useT();
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={3} size="h4">
          {t("about.appLicense")}
        </Title>
        <Code fz="md" style={{ alignSelf: "flex-start" }} data-testid="about-app-license">
          {licenses.app}
        </Code>
        <Text size="sm" c="dimmed">
          {t("about.appLicenseHint")}
        </Text>
      </Stack>
      <Stack gap={4}>
        <Title order={3} size="h4">
          {t("about.font")}
        </Title>
        <Text style={{ wordBreak: "break-word" }} data-testid="about-font-notice">
          {licenses.fontNotice}
        </Text>
        <Accordion variant="contained">
          <Accordion.Item value="ofl">
            <Accordion.Control>{t("about.fontLicense")}</Accordion.Control>
            <Accordion.Panel>
              <Code
                block
                // Scrolls on its own, so it takes the keyboard focus too (the panel is the named region).
                tabIndex={0}
                style={{ maxHeight: "24rem", overflow: "auto", whiteSpace: "pre-wrap" }}
                data-testid="about-font-license"
              >
                {licenses.fontLicense}
              </Code>
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
      </Stack>
      <ThirdPartyList packages={licenses.thirdParty} />
    </Stack>
  );
}
