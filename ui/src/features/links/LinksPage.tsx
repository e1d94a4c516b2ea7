import { Button, Loader, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { ErrorNotice } from "../../components/ErrorNotice";
import { PageHeader } from "../../components/PageHeader";
import { errorText } from "../../i18n/errors";
import { useT } from "../../i18n/LanguageProvider";
import type { LinkView } from "../../ipc/bindings.gen";
import { useLinkView } from "../../ipc/linkQueries";
import { FingerprintCard } from "../organization/FingerprintCard";
import { AgreementDialog } from "./AgreementDialog";
import { agreementDraftOf, emptyAgreement, type AgreementDraft } from "./agreementDraft";
import { AgreementsTable } from "./AgreementsTable";
import { BreakGlassExport } from "./BreakGlassExport";
import { ExchangeExport } from "./ExchangeExport";
import { ExchangeImport } from "./ExchangeImport";
import { FindingsList } from "./FindingsList";
import { LinkSection } from "./LinkSection";
import { PartnerDialog } from "./PartnerDialog";
import { draftOf, emptyPartner, type PartnerDraft } from "./partnerDraft";
import { PartnersTable } from "./PartnersTable";
import { PrintConnected } from "./PrintConnected";
import { RemotePlans } from "./RemotePlans";

/** 連携: whom we work with in a disaster, what was agreed, their plans, and what does not fit. */
export function LinksPage() {
  const t = useT();
  const view = useLinkView();

  return (
    <Stack gap="lg">
      <PageHeader title={t("links.title")} lead={t("links.lead")} />
      <FingerprintCard />
      {view.isError ? (
        <ErrorNotice text={errorText(t, view.error)} />
      ) : view.data === undefined ? (
        <Loader aria-label={t("app.loading")} />
      ) : (
        <LinkSections view={view.data} />
      )}
    </Stack>
  );
}

function LinkSections({ view }: { view: LinkView }) {
  const t = useT();
  // The partner form opens from the directory and from an imported file, so it lives above both.
  const [partnerForm, setPartnerForm] = useState<PartnerDraft | null>(null);
  const [agreementForm, setAgreementForm] = useState<AgreementDraft | null>(null);
  const firstPartner = view.partners[0]?.id;

  return (
    <>
      <LinkSection title={t("links.remoteTitle")} lead={t("links.remoteLead")} testId="links-remote">
        <ExchangeImport view={view} onRegister={setPartnerForm} />
        <RemotePlans plans={view.remotePlans} onRegister={setPartnerForm} />
      </LinkSection>
      <LinkSection
        title={t("links.partnersTitle")}
        lead={t("links.partnersLead")}
        aside={
          <Button onClick={() => setPartnerForm(emptyPartner())} data-testid="partner-add">
            {t("partners.add")}
          </Button>
        }
        testId="links-partners"
      >
        <PartnersTable partners={view.partners} onEdit={(partner) => setPartnerForm(draftOf(partner))} />
      </LinkSection>
      <LinkSection
        title={t("links.agreementsTitle")}
        lead={t("links.agreementsLead")}
        aside={
          <Button
            onClick={() => firstPartner && setAgreementForm(emptyAgreement(firstPartner))}
            disabled={!firstPartner}
            data-testid="agreement-add"
          >
            {t("agreements.add")}
          </Button>
        }
        testId="links-agreements"
      >
        {!firstPartner && (
          <Text size="sm" c="dimmed">
            {t("agreements.needsPartner")}
          </Text>
        )}
        <AgreementsTable
          agreements={view.agreements}
          partners={view.partners}
          onEdit={(agreement) => setAgreementForm(agreementDraftOf(agreement))}
        />
      </LinkSection>
      <LinkSection title={t("links.findingsTitle")} lead={t("links.findingsLead")} testId="links-findings">
        <FindingsList findings={view.findings} />
      </LinkSection>
      <LinkSection title={t("links.exportTitle")} lead={t("links.exportLead")} testId="links-export">
        <ExchangeExport partners={view.partners} />
        <BreakGlassExport partners={view.partners} />
        <PrintConnected />
      </LinkSection>
      {partnerForm && <PartnerDialog initial={partnerForm} onClose={() => setPartnerForm(null)} />}
      {agreementForm && (
        <AgreementDialog initial={agreementForm} partners={view.partners} onClose={() => setAgreementForm(null)} />
      )}
    </>
  );
}
