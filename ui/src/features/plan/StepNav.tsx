import { Box, Checkbox, NavLink, Stack, Text, VisuallyHidden } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useT } from "../../i18n/LanguageProvider";
import { useLocalText } from "../../i18n/localText";
import type { Guide, PlanView, Step } from "../../ipc/bindings.gen";
import { chapterRuns, stepApplies, stepProgressOf } from "./guideModel";

type Props = { guide: Guide; plan: PlanView; currentStepId: string };

/** Steps by chapter, each marked ✓ or 「必須 n/m」 in words; steps outside the plan's scope are hidden on request. */
export function StepNav({ guide, plan, currentStepId }: Props) {
  const t = useT();
  const local = useLocalText();
  const [showHidden, setShowHidden] = useState(false);
  const hiddenCount = guide.steps.filter((s) => !stepApplies(plan, s.id)).length;
  // The open step stays listed even when it does not apply, so the user can see where they are.
  const listed = guide.steps.filter((s) => showHidden || s.id === currentStepId || stepApplies(plan, s.id));

  return (
    <Stack component="nav" aria-label={t("plan.steps")} gap="sm">
      {chapterRuns(listed).map((run, index) => {
        const chapter = guide.chapters.find((c) => c.id === run.chapterId);
        return (
          <Box key={`${run.chapterId}-${index}`}>
            <Text size="sm" fw={700} c="dimmed" px="sm" mb={2}>
              {chapter ? local(chapter.title) : run.chapterId}
            </Text>
            {run.steps.map((step) => (
              <StepLink key={step.id} plan={plan} step={step} active={step.id === currentStepId} />
            ))}
          </Box>
        );
      })}
      {hiddenCount > 0 && (
        <Checkbox
          px="sm"
          size="md"
          label={`${t("plan.showHidden")}（${hiddenCount}）`}
          checked={showHidden}
          onChange={(e) => setShowHidden(e.currentTarget.checked)}
          data-testid="plan-show-hidden"
        />
      )}
    </Stack>
  );
}

function StepLink({ plan, step, active }: { plan: PlanView; step: Step; active: boolean }) {
  const t = useT();
  const local = useLocalText();
  const progress = stepProgressOf(plan, step.id);
  const applies = progress?.applies ?? false;
  const complete = applies && progress !== undefined && progress.required.filled === progress.required.total;

  const mark = !applies ? (
    <Text size="sm">{t("plan.stepNotApplicable")}</Text>
  ) : complete ? (
    <Text fw={700}>
      <span aria-hidden>{t("plan.stepDone")}</span>
      <VisuallyHidden>{t("plan.stepDoneLabel")}</VisuallyHidden>
    </Text>
  ) : (
    <Text size="sm" style={{ whiteSpace: "nowrap" }}>
      {t("plan.stepTally", { filled: progress?.required.filled ?? 0, total: progress?.required.total ?? 0 })}
    </Text>
  );

  return (
    <NavLink
      label={local(step.title)}
      rightSection={mark}
      active={active}
      aria-current={active ? "page" : undefined}
      // The open step is bold as well as coloured; a step outside the plan says 対象外 in words.
      fw={active ? 700 : 400}
      c={applies ? undefined : "dimmed"}
      renderRoot={(props) => <Link to="/plan/$stepId" params={{ stepId: step.id }} {...props} />}
      data-testid={`step-nav-${step.id}`}
      data-complete={complete ? "true" : "false"}
    />
  );
}
