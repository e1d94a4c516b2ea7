import { List, Paper, Spoiler, Text, Title } from "@mantine/core";
import { useId } from "react";
import { useT } from "../../i18n/LanguageProvider";
import { useLocalText } from "../../i18n/localText";
import type { Guide, Step } from "../../ipc/bindings.gen";

/** 手引きより: what the guide says about this step, and where that comes from. */
export function GuidancePanel({ guide, step }: { guide: Guide; step: Step }) {
  const t = useT();
  const local = useLocalText();
  const titleId = useId();
  const sources = (step.source ?? []).flatMap((id) => guide.sources.filter((s) => s.id === id));

  return (
    <Paper withBorder p="md" radius="md" bg="var(--app-panel)" component="aside" aria-labelledby={titleId} data-testid="plan-guidance">
      <Title order={2} size="h4" id={titleId} mb="xs">
        {t("plan.guidance")}
      </Title>
      {/* Long guidance folds, so the fields stay near the top when the panel sits above them. */}
      <Spoiler maxHeight={240} showLabel={t("plan.guidanceMore")} hideLabel={t("plan.guidanceLess")}>
        <Text style={{ whiteSpace: "pre-wrap" }}>{local(step.guidance)}</Text>
      </Spoiler>
      {sources.length > 0 && (
        <>
          <Text fw={700} mt="md" mb={4}>
            {t("plan.sources")}
          </Text>
          <List size="sm" spacing={4} data-testid="plan-sources">
            {sources.map((source) => (
              <List.Item key={source.id}>{local(source)}</List.Item>
            ))}
          </List>
        </>
      )}
    </Paper>
  );
}
