import { FieldInsights } from "./FieldInsights";
import { Box, Button, Paper, Stack, Text } from "@mantine/core";
import { useRef, useState } from "react";
import { useAutosave } from "../../autosave/useAutosave";
import { ipcErrorOf } from "../../i18n/errors";
import { useT } from "../../i18n/LanguageProvider";
import { useLocalText } from "../../i18n/localText";
import type { AnswerSaved, Field, Gap, Requirement, Value } from "../../ipc/bindings.gen";
import { useSavePlanAnswer } from "../../ipc/queries";
import { ExampleConfirm } from "./ExampleConfirm";
import { exampleLines } from "./fields/exampleText";
import { FieldEditor } from "./fields/FieldEditor";
import { isBlankValue } from "./fields/values";
import { gapReasonText } from "./gapText";
import { RequirementBadge } from "./RequirementBadge";
import { useSaveReporter } from "./saveTracker";

type Props = {
  stepId: string;
  field: Field;
  /** For this organisation's kind (requirement_by_kind applied). */
  requirement: Requirement;
  /** Why the saved answer does not count as filled, if it does not. */
  gap: Gap | undefined;
  initial: Value | undefined;
};

/**
 * One field with its own autosave queue: edits wait ~400 ms, blur sends at once. A refused value
 * stays in the editor with the sentence under it; what was saved before is unchanged.
 */
export function PlanField({ stepId, field, requirement, gap, initial }: Props) {
  const t = useT();
  const local = useLocalText();
  const save = useSavePlanAnswer();
  const reporter = useSaveReporter();
  const key = `${stepId}/${field.id}`;
  const [refusal, setRefusal] = useState<unknown>(null);
  // What the editor holds now, to tell whether adopting the example would overwrite anything.
  const current = useRef<Value>(initial ?? null);
  // Adopting an example restarts the editor from it (a new key), whatever state the editor kept.
  const [seed, setSeed] = useState({ value: initial, revision: 0 });
  const [confirming, setConfirming] = useState(false);

  const autosave = useAutosave<Value, AnswerSaved>({
    save: (value) => save.mutateAsync({ stepId, fieldId: field.id, value }),
    onSaved: () => {
      setRefusal(null);
      reporter.fail(key, null);
    },
    onError: (error) => {
      setRefusal(error);
      reporter.fail(key, error);
    },
    onStateChange: (state) => reporter.report(key, state),
  });

  const change = (value: Value, now = false) => {
    current.current = value;
    autosave.change(value);
    if (now) autosave.flush();
  };

  const example = field.example ?? null;
  const adopt = () => {
    setConfirming(false);
    if (example === null) return;
    setSeed((s) => ({ value: example, revision: s.revision + 1 }));
    change(example, true);
  };

  const invalid = ipcErrorOf(refusal)?.kind === "invalidInput";

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      data-testid={`field-${stepId}-${field.id}`}
      data-shape={field.type}
      data-own={field.own === true ? "true" : undefined}
    >
      <Stack gap="xs">
        <FieldEditor
          key={seed.revision}
          stepId={stepId}
          field={field}
          initial={seed.value}
          onChange={change}
          onFlush={autosave.flush}
          frame={{
            label: (
              <>
                {local(field.label)}
                <RequirementBadge requirement={requirement} />
              </>
            ),
            description: local(field.help),
            error: invalid ? t("plan.fieldInvalid") : undefined,
          }}
        />
        <FieldInsights stepId={stepId} fieldId={field.id} />
        {gap && requirement !== "optional" && (
          <Text size="sm" fw={700} data-testid={`gap-${stepId}-${field.id}`}>
            {t("plan.gap", { reason: gapReasonText(t, local, gap.reason, field) })}
          </Text>
        )}
        {example !== null && field.own === true && (
          // The answer is the organisation's own facts: the example is a model to write from, never adopted.
          <details data-testid={`example-model-${stepId}-${field.id}`}>
            <summary style={{ cursor: "pointer", minHeight: "2.5rem", display: "flex", alignItems: "center" }}>
              {t("plan.exampleModel")}
            </summary>
            <Text size="sm" mb={4}>
              {t("plan.exampleModelHint")}
            </Text>
            <Box component="ul" m={0} pl="lg">
              {exampleLines(field, example, local).map((line, index) => (
                <Text component="li" size="sm" key={index}>
                  {line}
                </Text>
              ))}
            </Box>
          </details>
        )}
        {example !== null && field.own !== true && (
          <Button
            variant="light"
            style={{ alignSelf: "flex-start" }}
            onClick={() => (isBlankValue(current.current) ? adopt() : setConfirming(true))}
            data-testid={`example-${stepId}-${field.id}`}
          >
            {t("plan.example")}
          </Button>
        )}
      </Stack>
      <ExampleConfirm opened={confirming} onConfirm={adopt} onCancel={() => setConfirming(false)} />
    </Paper>
  );
}
