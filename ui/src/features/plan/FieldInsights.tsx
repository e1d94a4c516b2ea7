import { Alert, Stack } from "@mantine/core";
import { useLocalText } from "../../i18n/localText";
import { usePlan } from "../../ipc/queries";

/**
 * What the core worked out from the answers for this field (stock against the target, staff who can
 * assemble on foot): shown where the user types the numbers it came from. Warnings say so in words.
 */
export function FieldInsights({ stepId, fieldId }: { stepId: string; fieldId: string }) {
  const local = useLocalText();
  const insights = (usePlan().data?.insights ?? []).filter((i) => i.stepId === stepId && i.fieldId === fieldId);
  if (insights.length === 0) return null;
  return (
    <Stack gap={4}>
      {insights.map((insight, i) => (
        <Alert
          key={i}
          variant="light"
          color={insight.warning ? "orange" : "blue"}
          p="xs"
          data-testid={`insight-${stepId}-${fieldId}`}
          data-warning={insight.warning ? "true" : "false"}
        >
          {/* literal-ok: ℹ is an icon, though Unicode counts it as a letter */}
          {insight.warning ? "⚠ " : "ℹ "}
          {local(insight.text)}
        </Alert>
      ))}
    </Stack>
  );
}
