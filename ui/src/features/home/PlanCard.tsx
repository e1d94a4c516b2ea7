import { Anchor, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { ErrorNotice } from "../../components/ErrorNotice";
import { tallyPercent, TallyProgress } from "../../components/TallyProgress";
import { errorText } from "../../i18n/errors";
import { useT } from "../../i18n/LanguageProvider";
import { usePlan } from "../../ipc/queries";
import { PlanVersionLabel } from "../plan/revisions/PlanVersionLabel";

/** 計画の進み具合: the same counts as the wizard's top bar, or the way in when there is no plan yet. */
export function PlanCard() {
  const t = useT();
  const plan = usePlan();
  if (plan.isError) return <ErrorNotice text={errorText(t, plan.error)} />;
  if (plan.data === undefined) return null;

  if (plan.data === null)
    return (
      <Paper withBorder p="lg" radius="md">
        <Stack gap="sm" align="flex-start">
          <Title order={2} size="h3">
            {t("home.plan")}
          </Title>
          <Text>{t("home.planNone")}</Text>
          <Button component={Link} to="/plan" size="md" data-testid="home-plan-start">
            {t("home.planStart")}
          </Button>
        </Stack>
      </Paper>
    );

  const { required, recommended } = plan.data.progress;
  const percent = tallyPercent(required.filled, required.total);
  return (
    <Paper withBorder p="lg" radius="md" data-testid="home-plan-progress">
      <Group justify="space-between" align="baseline" mb="sm">
        <Title order={2} size="h3">
          {t("home.plan")}
        </Title>
        <Group gap="md" align="baseline">
          <PlanVersionLabel testId="home-plan-version" />
          <Text c="dimmed">{t("plan.scope", { scope: t(`scope.${plan.data.scope}`) })}</Text>
        </Group>
      </Group>
      <Group gap="xl" align="flex-end" wrap="wrap">
        <TallyProgress
          text={t("plan.requiredTally", { ...required, percent })}
          percent={percent}
          label={t("plan.progressLabel")}
        />
        <Text>{t("plan.recommendedTally", { ...recommended })}</Text>
        <Anchor component={Link} to="/plan" fw={700} data-testid="home-plan-continue">
          {t("home.planContinue")}
        </Anchor>
        <Anchor component={Link} to="/plan/revisions" fw={700} data-testid="home-plan-revisions">
          {t("revisions.title")}
        </Anchor>
      </Group>
    </Paper>
  );
}
