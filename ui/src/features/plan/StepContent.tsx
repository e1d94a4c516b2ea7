import { Alert, Stack, Text, Title } from "@mantine/core";
import { useT } from "../../i18n/LanguageProvider";
import { useLocalText } from "../../i18n/localText";
import type { OrganizationKind, PlanView, Step } from "../../ipc/bindings.gen";
import { fieldApplies, requirementOf, stepProgressOf } from "./guideModel";
import { moveOnEnter } from "./moveOnEnter";
import { PlanField } from "./PlanField";

type Props = { plan: PlanView; step: Step; kind: OrganizationKind };

/** The step's title and summary, then each field that applies to the plan's scope. */
export function StepContent({ plan, step, kind }: Props) {
  const t = useT();
  const local = useLocalText();
  const progress = stepProgressOf(plan, step.id);
  const fields = step.fields.filter((field) => fieldApplies(field, plan.scope));

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1} size="h2" data-testid="plan-step-title">
          {local(step.title)}
        </Title>
        <Text>{local(step.summary)}</Text>
      </Stack>
      {progress?.applies === false && (
        <Alert color="gray" variant="light" title={`ⓘ ${t("plan.stepNotApplicable")}`} data-testid="plan-step-not-applicable">
          {t("plan.notApplicable")}
        </Alert>
      )}
      <Stack gap="md" onKeyDown={moveOnEnter}>
        {fields.map((field) => (
          <PlanField
            key={field.id}
            stepId={step.id}
            field={field}
            requirement={requirementOf(field, kind)}
            gap={progress?.gaps.find((gap) => gap.fieldId === field.id)}
            initial={plan.answers[step.id]?.[field.id]}
          />
        ))}
      </Stack>
    </Stack>
  );
}
