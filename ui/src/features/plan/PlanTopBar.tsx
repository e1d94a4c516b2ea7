import { Button, Group, Paper, Stack, Text } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import type { AutosaveState } from "../../autosave/createAutosave";
import { SaveStatus } from "../../components/SaveStatus";
import { tallyPercent, TallyProgress } from "../../components/TallyProgress";
import { errorText } from "../../i18n/errors";
import { useT } from "../../i18n/LanguageProvider";
import type { Gap, Guide, PlanView } from "../../ipc/bindings.gen";
import { usePrint } from "../../ipc/queries";
import { PrintResult } from "../print/PrintResult";
import { GapPopover } from "./GapPopover";
import { PlanPrintMenu } from "./PlanPrintMenu";
import classes from "./PlanWizard.module.css";
import { PlanVersionLabel } from "./revisions/PlanVersionLabel";
import { ScopeMenu } from "./ScopeMenu";

type Props = {
  guide: Guide;
  plan: PlanView;
  save: { state: AutosaveState; error: unknown };
  onGoTo: (gap: Gap) => void;
};

/**
 * Completeness with its なぜ？, the next missing item, the version with the way to revise it, printing,
 * the scope and the save status: always in view.
 */
export function PlanTopBar({ guide, plan, save, onGoTo }: Props) {
  const t = useT();
  const print = usePrint();
  const { required, recommended, nextGap } = plan.progress;

  return (
    <Paper withBorder p="sm" radius="md" className={classes.topBar}>
      <Stack gap="sm">
        <Group justify="space-between" gap="md" wrap="wrap">
          <Group gap="md" wrap="wrap" align="center">
            <TallyProgress
              text={t("plan.requiredTally", { ...required, percent: tallyPercent(required.filled, required.total) })}
              percent={tallyPercent(required.filled, required.total)}
              label={t("plan.progressLabel")}
              testId="plan-progress-required"
            />
            <Text data-testid="plan-progress-recommended">{t("plan.recommendedTally", { ...recommended })}</Text>
            <GapPopover guide={guide} plan={plan} onGoTo={onGoTo} />
            <Button onClick={() => nextGap && onGoTo(nextGap)} disabled={nextGap === null} data-testid="plan-next-gap">
              {t("plan.nextGap")}
            </Button>
            {nextGap === null && <Text data-testid="plan-no-gap">✓ {t("plan.noGap")}</Text>}
          </Group>
          <Group gap="md" wrap="wrap">
            <PlanVersionLabel testId="plan-version" />
            <Button component={Link} to="/plan/revisions" variant="default" data-testid="plan-revisions-link">
              {t("revisions.title")}
            </Button>
            <PlanPrintMenu onPrint={(document) => print.mutate(document)} pending={print.isPending} />
            <ScopeMenu scope={plan.scope} />
            <SaveStatus
              state={save.state}
              savedAt={plan.updatedAt}
              errorText={save.error === null ? null : errorText(t, save.error)}
            />
          </Group>
        </Group>
        <PrintResult outcome={print.isSuccess ? print.data : null} error={print.error} onClose={() => print.reset()} />
      </Stack>
    </Paper>
  );
}
