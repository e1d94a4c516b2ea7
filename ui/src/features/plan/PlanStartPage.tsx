import { Button, Paper, Radio, Stack, Text, Title } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { ErrorNotice } from "../../components/ErrorNotice";
import { errorText } from "../../i18n/errors";
import { useT } from "../../i18n/LanguageProvider";
import type { PlanScope } from "../../ipc/bindings.gen";
import { guideQuery, useStartPlan } from "../../ipc/queries";
import { isPlanScope, planScopes, resumeStepId } from "./guideModel";
import classes from "./ScopeRadioCards.module.css";

/** Before there is a plan: choose what it covers (一体型 by default, as most providers need both). */
export function PlanStartPage() {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const start = useStartPlan();
  const [scope, setScope] = useState<PlanScope>("combined");

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (start.isPending) return;
    try {
      const plan = await start.mutateAsync(scope);
      const guide = await queryClient.ensureQueryData(guideQuery);
      const stepId = resumeStepId(guide, plan);
      if (stepId !== undefined) await navigate({ to: "/plan/$stepId", params: { stepId } });
    } catch {
      return; // shown from start.error below
    }
  };

  return (
    <Paper withBorder p="xl" radius="md" maw={760} component="form" onSubmit={submit} noValidate>
      <Stack gap="lg">
        <div>
          <Title order={1} size="h2" mb="xs">
            {t("planStart.title")}
          </Title>
          <Text>{t("planStart.lead")}</Text>
        </div>
        <Radio.Group label={t("planStart.scope")} value={scope} onChange={(next) => isPlanScope(next) && setScope(next)} size="md">
          <Stack gap="sm" mt="xs">
            {planScopes.map((option) => (
              <Radio
                key={option}
                value={option}
                label={t(`scope.${option}`)}
                description={t(`scopeHint.${option}`)}
                data-testid={`plan-scope-${option}`}
                classNames={{ root: classes.card, labelWrapper: classes.labelWrapper, label: classes.label, description: classes.description }}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Text c="dimmed">{t("planStart.later")}</Text>
        {start.isError && <ErrorNotice text={errorText(t, start.error)} />}
        <Button type="submit" size="lg" loading={start.isPending} style={{ alignSelf: "flex-start" }} data-testid="plan-start">
          {t("planStart.submit")}
        </Button>
      </Stack>
    </Paper>
  );
}
