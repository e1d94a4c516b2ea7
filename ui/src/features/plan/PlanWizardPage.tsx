import { Loader, Stack } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { useEffect, useRef } from "react";
import { ErrorNotice } from "../../components/ErrorNotice";
import { errorText } from "../../i18n/errors";
import { useT } from "../../i18n/LanguageProvider";
import type { Gap } from "../../ipc/bindings.gen";
import { useGuide, useOrganization, usePlan, useVisitPlanStep } from "../../ipc/queries";
import { focusField } from "./focusField";
import { GuidancePanel } from "./GuidancePanel";
import { PlanTopBar } from "./PlanTopBar";
import classes from "./PlanWizard.module.css";
import { SaveReporterProvider, useSaveTracker } from "./saveTracker";
import { StepContent } from "./StepContent";
import { StepNav } from "./StepNav";
import { StepPager } from "./StepPager";

type Props = {
  stepId: string;
  /** A field to put the cursor in once the step is shown (「次の未記入へ」). */
  focus?: string;
};

export function PlanWizardPage({ stepId, focus }: Props) {
  const t = useT();
  const navigate = useNavigate();
  const guide = useGuide();
  const plan = usePlan();
  const organization = useOrganization();
  const visit = useVisitPlanStep();
  const tracker = useSaveTracker();
  const main = useRef<HTMLDivElement>(null);
  const ready = guide.data !== undefined && plan.data != null && organization.data != null;
  const { mutate: remember } = visit;

  // Remembering where the user is only serves resuming; a failure to remember is not worth a message.
  useEffect(() => remember(stepId), [remember, stepId]);

  useEffect(() => {
    if (!ready || focus === undefined) return;
    focusField(main.current, stepId, focus);
    // Drop the request from the address, so asking for the same field again focuses it again.
    void navigate({ to: "/plan/$stepId", params: { stepId }, search: {}, replace: true });
  }, [ready, stepId, focus, navigate]);

  const failed = guide.error ?? plan.error;
  if (failed) return <ErrorNotice text={errorText(t, failed)} />;
  if (!guide.data || !plan.data || !organization.data) return <Loader aria-label={t("app.loading")} />;

  const step = guide.data.steps.find((s) => s.id === stepId);
  // The route only lets known steps through; a guide swapped underneath is the only way here.
  if (!step) return <ErrorNotice text={t("error.notFound")} />;

  const goTo = (gap: Gap) =>
    void navigate({ to: "/plan/$stepId", params: { stepId: gap.stepId }, search: { focus: gap.fieldId } });

  return (
    <SaveReporterProvider value={tracker.reporter}>
      <Stack gap="lg">
        <PlanTopBar guide={guide.data} plan={plan.data} save={tracker} onGoTo={goTo} />
        <div className={classes.layout}>
          <div className={classes.steps}>
            <StepNav guide={guide.data} plan={plan.data} currentStepId={step.id} />
          </div>
          <div className={classes.guidance}>
            <GuidancePanel guide={guide.data} step={step} />
          </div>
          <div className={classes.main} ref={main}>
            {/* A new step mounts new editors: each starts from the saved answers, with its own queue. */}
            <StepContent key={step.id} plan={plan.data} step={step} kind={organization.data.organization.kind} />
            <StepPager guide={guide.data} plan={plan.data} stepId={step.id} />
          </div>
        </div>
      </Stack>
    </SaveReporterProvider>
  );
}
