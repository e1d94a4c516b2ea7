import { Box, Button, Divider, Group, List, Popover, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useLanguage, useT } from "../../i18n/LanguageProvider";
import type { RankedPatient } from "../../ipc/bindings.gen";
import { PowerWorkings } from "./PowerWorkings";

/**
 * なぜ？ behind a patient's tier and score: the tier rule, every point with its +n, how the power left
 * was worked out (assumed values marked 仮定), and which threshold file's defaults were used.
 */
export function RankingWhy({ patient, size = "md" }: { patient: RankedPatient; size?: "md" | "lg" }) {
  const t = useT();
  const language = useLanguage();
  const [opened, setOpened] = useState(false);
  const { ranking, tierOverride: override } = patient;
  // The contract lists the tier rule first (points null), then the score's points.
  const tierRules = ranking.reasons.filter((r) => r.points === null);
  const points = ranking.reasons.filter((r) => r.points !== null);

  return (
    <Popover opened={opened} onChange={setOpened} width="min(34rem, 90vw)" position="bottom-end" withArrow trapFocus shadow="md">
      <Popover.Target>
        <Button
          variant="subtle"
          size={size}
          onClick={() => setOpened((o) => !o)}
          aria-expanded={opened}
          aria-label={t("why.buttonLabel", { name: patient.name })}
          data-testid={`why-${patient.id}`}
        >
          {t("why.button")}
        </Button>
      </Popover.Target>
      <Popover.Dropdown data-testid={`why-list-${patient.id}`}>
        <Box mah={480} style={{ overflowY: "auto" }}>
          <Stack gap="xs">
            <Text fw={700}>{t("why.title")}</Text>
            {tierRules.map((reason) => (
              <Text key={reason.rule} fw={700} data-testid="why-tier-rule">
                {t("why.tierRule", { tier: t(`tier.${ranking.tier}`), text: reason.text })}
              </Text>
            ))}
            {patient.overridden && (
              <Text size="sm">
                {t("why.computedTier", { computed: t(`tier.${ranking.tier}`), used: t(`tier.${patient.tier}`) })}
              </Text>
            )}
            {/* Who set the tier by hand and why, as the record keeps it: the clinician's words, not the rules'. */}
            {override !== null && (
              <Text size="sm" fw={700} data-testid={`why-override-${patient.id}`}>
                {t("why.override", { tier: t(`tier.${override.tier}`), reason: override.reason, by: override.by })}
              </Text>
            )}
            {points.length > 0 && (
              <List size="sm" spacing={2} withPadding data-testid="why-points">
                {points.map((reason) => (
                  <List.Item key={reason.rule}>
                    <Group gap="xs" wrap="nowrap" justify="space-between">
                      <span>{reason.text}</span>
                      <Text span fw={700} style={{ whiteSpace: "nowrap" }}>
                        {t("why.points", { points: reason.points ?? 0 })}
                      </Text>
                    </Group>
                  </List.Item>
                ))}
              </List>
            )}
            <Text fw={700}>{t("why.score", { score: ranking.score })}</Text>
            {language !== "ja" && (
              <Text size="sm" c="dimmed">
                {t("why.japaneseOnly")}
              </Text>
            )}
            {patient.power.length > 0 && (
              <>
                <Divider />
                <Text fw={700}>{t("why.power")}</Text>
                <PowerWorkings power={patient.power} />
              </>
            )}
            <Divider />
            <Text size="sm" data-testid="why-config">
              {t("why.config", { version: ranking.configVersion })}
            </Text>
          </Stack>
        </Box>
      </Popover.Dropdown>
    </Popover>
  );
}
