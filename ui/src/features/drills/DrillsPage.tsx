import { Button, Loader, Stack } from "@mantine/core";
import { useState } from "react";
import { ErrorNotice } from "../../components/ErrorNotice";
import { PageHeader } from "../../components/PageHeader";
import { errorText } from "../../i18n/errors";
import { useT } from "../../i18n/LanguageProvider";
import type { DrillsView } from "../../ipc/bindings.gen";
import { useDrills } from "../../ipc/drillQueries";
import { LinkSection } from "../links/LinkSection";
import { ActionItemsTable } from "./ActionItemsTable";
import { BriefingsSection } from "./BriefingsSection";
import { DrillDialog } from "./DrillDialog";
import { emptyDrill, type DrillDraft } from "./drillDraft";
import { DrillsTable } from "./DrillsTable";
import { PrintEvidence } from "./PrintEvidence";

/** 訓練: drills planned and held, what they found and how the plan took it in, and staff briefings. */
export function DrillsPage() {
  const t = useT();
  const view = useDrills();

  return (
    <Stack gap="lg">
      <PageHeader title={t("drills.title")} lead={t("drills.lead")} />
      {view.isError ? (
        <ErrorNotice text={errorText(t, view.error)} />
      ) : view.data === undefined ? (
        <Loader aria-label={t("app.loading")} />
      ) : (
        <DrillsSections view={view.data} />
      )}
    </Stack>
  );
}

function DrillsSections({ view }: { view: DrillsView }) {
  const t = useT();
  const [form, setForm] = useState<DrillDraft | null>(null);

  return (
    <>
      <LinkSection
        title={t("drills.listTitle")}
        lead={t("drills.listLead")}
        aside={
          <Button onClick={() => setForm(emptyDrill(view.scenarios))} disabled={view.scenarios.length === 0} data-testid="drill-new">
            {t("drills.new")}
          </Button>
        }
        testId="drills-list"
      >
        <DrillsTable drills={view.drills} scenarios={view.scenarios} />
      </LinkSection>
      <LinkSection title={t("actionItems.title")} lead={t("actionItems.lead")} testId="drills-action-items">
        <ActionItemsTable items={view.actionItems} />
      </LinkSection>
      <BriefingsSection briefings={view.briefings} />
      <LinkSection title={t("drills.evidenceTitle")} lead={t("drills.evidenceLead")} testId="drills-evidence">
        <PrintEvidence />
      </LinkSection>
      {form && <DrillDialog initial={form} scenarios={view.scenarios} onClose={() => setForm(null)} />}
    </>
  );
}
