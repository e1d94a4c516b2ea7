import { Anchor, Box, Button, List, Popover, Text } from "@mantine/core";
import { useState } from "react";
import { useT } from "../../i18n/LanguageProvider";
import { useLocalText } from "../../i18n/localText";
import type { Gap, Guide, PlanView } from "../../ipc/bindings.gen";
import { gapLineText } from "./gapText";

type Props = { guide: Guide; plan: PlanView; onGoTo: (gap: Gap) => void };

/** なぜ？ behind the required count: every required field that is not filled yet, and why. */
export function GapPopover({ guide, plan, onGoTo }: Props) {
  const t = useT();
  const local = useLocalText();
  const [opened, setOpened] = useState(false);
  const gaps = plan.progress.steps.flatMap((s) => (s.applies ? s.gaps : [])).filter((g) => g.requirement === "required");

  return (
    <Popover opened={opened} onChange={setOpened} width={460} position="bottom-start" withArrow trapFocus shadow="md">
      <Popover.Target>
        <Button variant="subtle" onClick={() => setOpened((o) => !o)} aria-expanded={opened} data-testid="plan-why">
          {t("plan.why")}
        </Button>
      </Popover.Target>
      <Popover.Dropdown data-testid="plan-why-list">
        <Text fw={700} mb={4}>
          {t("plan.whyTitle")}
        </Text>
        {gaps.length === 0 ? (
          <Text>{t("plan.whyNone")}</Text>
        ) : (
          <>
            <Text size="sm" mb="xs">
              {t("plan.whyLead")}
            </Text>
            <Box mah={360} style={{ overflowY: "auto" }}>
              <List spacing={4} size="sm">
                {gaps.map((gap) => (
                  <List.Item key={`${gap.stepId}/${gap.fieldId}`}>
                    <Anchor
                      component="button"
                      type="button"
                      ta="left"
                      onClick={() => {
                        setOpened(false);
                        onGoTo(gap);
                      }}
                    >
                      {gapLineText(t, local, guide, gap)}
                    </Anchor>
                  </List.Item>
                ))}
              </List>
            </Box>
          </>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
