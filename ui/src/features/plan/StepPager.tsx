import { Button, Group } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useT } from "../../i18n/LanguageProvider";
import { useLocalText } from "../../i18n/localText";
import type { Guide, PlanView } from "../../ipc/bindings.gen";
import { neighbours } from "./guideModel";

/** 前へ / 次へ through the steps that apply, in wizard order. */
export function StepPager({ guide, plan, stepId }: { guide: Guide; plan: PlanView; stepId: string }) {
  const t = useT();
  const local = useLocalText();
  const { prev, next } = neighbours(guide, plan, stepId);

  return (
    <Group justify="space-between" mt="xl">
      {prev ? (
        <Button
          variant="default"
          size="md"
          renderRoot={(props) => <Link to="/plan/$stepId" params={{ stepId: prev.id }} {...props} />}
          title={t("plan.prevLabel", { title: local(prev.title) })}
          data-testid="step-prev"
        >
          ← {t("plan.prev")}
        </Button>
      ) : (
        <Button variant="default" disabled data-testid="step-prev">
          ← {t("plan.prev")}
        </Button>
      )}
      {next ? (
        <Button
          size="md"
          renderRoot={(props) => <Link to="/plan/$stepId" params={{ stepId: next.id }} {...props} />}
          title={t("plan.nextLabel", { title: local(next.title) })}
          data-testid="step-next"
        >
          {t("plan.next")} →
        </Button>
      ) : (
        <Button disabled data-testid="step-next">
          {t("plan.next")} →
        </Button>
      )}
    </Group>
  );
}
