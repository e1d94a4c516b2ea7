import { Anchor, Button, Group, Loader, Stack } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { ErrorNotice } from "../../components/ErrorNotice";
import { PageHeader } from "../../components/PageHeader";
import { errorText } from "../../i18n/errors";
import { useT } from "../../i18n/LanguageProvider";
import type { Drill, Scenario } from "../../ipc/bindings.gen";
import { useDrills, usePrintDrillPack } from "../../ipc/drillQueries";
import { PrintResult } from "../print/PrintResult";
import { DrillDialog } from "./DrillDialog";
import { drillDraftOf, type DrillDraft } from "./drillDraft";
import { DrillFacts } from "./DrillFacts";
import { ResultForm } from "./ResultForm";
import { ScenarioTimeline } from "./ScenarioTimeline";
import { TabletopSection } from "./TabletopSection";

/** One drill: its plan, the scenario's timeline, the tabletop on our own data, and its record. */
export function DrillPage({ drillId }: { drillId: string }) {
  const t = useT();
  const view = useDrills();

  if (view.isError) return <ErrorNotice text={errorText(t, view.error)} />;
  if (view.data === undefined) return <Loader aria-label={t("app.loading")} />;
  const drill = view.data.drills.find((d) => d.id === drillId);
  if (drill === undefined)
    return (
      <Stack gap="md" align="flex-start">
        <ErrorNotice text={t("drill.notFound")} testId="drill-not-found" />
        <Anchor component={Link} to="/drills" fw={700}>
          {t("drill.back")}
        </Anchor>
      </Stack>
    );
  const scenario = view.data.scenarios.find((s) => s.id === drill.scenarioId);
  return <DrillScreen drill={drill} drillId={drillId} scenario={scenario} scenarios={view.data.scenarios} />;
}

type ScreenProps = { drill: Drill; drillId: string; scenario: Scenario | undefined; scenarios: Scenario[] };

function DrillScreen({ drill, drillId, scenario, scenarios }: ScreenProps) {
  const t = useT();
  const print = usePrintDrillPack();
  const [form, setForm] = useState<DrillDraft | null>(null);

  return (
    <Stack gap="lg">
      <PageHeader
        title={drill.title}
        lead={t("drill.lead")}
        aside={
          <Group gap="sm">
            <Button variant="default" component={Link} to="/drills" data-testid="drill-back">
              {t("drill.back")}
            </Button>
            <Button variant="default" onClick={() => setForm(drillDraftOf(drill))} data-testid="drill-edit">
              {t("drill.edit")}
            </Button>
            <Button variant="light" loading={print.isPending} onClick={() => print.mutate(drillId)} data-testid="drill-print-pack">
              {t("drill.printPack")}
            </Button>
          </Group>
        }
      />
      <PrintResult outcome={print.data ?? null} error={print.error} onClose={() => print.reset()} />
      <DrillFacts drill={drill} scenario={scenario} />
      {scenario && <ScenarioTimeline scenario={scenario} />}
      <TabletopSection drillId={drillId} />
      <ResultForm key={drillId} drill={drill} drillId={drillId} scenario={scenario} />
      {form && <DrillDialog initial={form} scenarios={scenarios} onClose={() => setForm(null)} />}
    </Stack>
  );
}
