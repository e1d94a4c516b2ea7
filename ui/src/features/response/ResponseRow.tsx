import { Badge, Group, Paper, Stack, Text } from "@mantine/core";
import { formatTime } from "../../i18n/format";
import { useT } from "../../i18n/LanguageProvider";
import type { RankedPatient, SafetyCheck } from "../../ipc/bindings.gen";
import { RankingWhy } from "../patients/RankingWhy";
import { TierChip } from "../patients/TierChip";
import { CheckEntry } from "./CheckEntry";
import { checkResultText } from "./checkText";
import { durationText, hoursLeftNow, minutesSince, urgentHours } from "./countdown";

type Props = {
  patient: RankedPatient;
  computedAt: string;
  now: number;
  /** Inside the declared area (or the outage covers everyone): outside it, no countdown runs. */
  affected: boolean;
  lastCheck: SafetyCheck | undefined;
  defaultBy: string;
  onRecorded: (by: string) => void;
  /** A check is being entered on this row (or no longer): such a row stays rendered while the list scrolls. */
  onEntering: (patientId: string, entering: boolean) => void;
};

/** One patient in large type: tier, name, the clocks that decide who is called next, and the check buttons. */
export function ResponseRow({ patient, computedAt, now, affected, lastCheck, defaultBy, onRecorded, onEntering }: Props) {
  const t = useT();
  const sinceComputed = minutesSince(computedAt, now);
  const power = patient.powerHoursLeft === null ? null : hoursLeftNow(patient.powerHoursLeft, computedAt, now);
  const oxygen = patient.oxygenHoursLeft === null ? null : hoursLeftNow(patient.oxygenHoursLeft, computedAt, now);
  const unreached = patient.unreachedMinutes === null ? null : patient.unreachedMinutes + sinceComputed;
  const urgent = power !== null && power < urgentHours;

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      data-testid={`response-row-${patient.id}`}
      data-tier={patient.tier}
      style={urgent ? { borderColor: "var(--mantine-color-red-9)", borderWidth: 3 } : undefined}
    >
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
        <Stack gap={6} miw="16rem" style={{ flex: "1 1 16rem" }}>
          <Group gap="sm" wrap="nowrap">
            <TierChip tier={patient.tier} overridden={patient.overridden} size="xl" />
            <RankingWhy patient={patient} size="lg" />
          </Group>
          <Text fz={26} fw={700} lh={1.3} data-testid="response-name">
            {patient.name}
          </Text>
          <Group gap="xs">
            {patient.municipality !== null && <Text fz="lg">{patient.municipality}</Text>}
            {!affected && (
              <Badge variant="outline" color="dark" size="lg" radius="sm">
                {t("response.outsideArea")}
              </Badge>
            )}
          </Group>
        </Stack>
        <Stack gap={4} miw="14rem" style={{ flex: "1 1 14rem" }}>
          {power !== null && (
            <Text
              fz={24}
              fw={700}
              c={urgent ? "red.9" : undefined}
              data-testid={`response-power-${patient.id}`}
              data-urgent={urgent ? "true" : "false"}
            >
              {/* The sign says "urgent" as well as the colour. */}
              {urgent && "⚠ "}
              {t("response.power", { duration: durationText(t, power * 60) })}
            </Text>
          )}
          {oxygen !== null && (
            <Text fz={20} fw={700} data-testid={`response-oxygen-${patient.id}`}>
              {t("response.oxygen", { duration: durationText(t, oxygen * 60) })}
            </Text>
          )}
          {unreached !== null && (
            <Text fz={20} fw={700} data-testid={`response-unreached-${patient.id}`}>
              {t("response.unreached", { duration: durationText(t, unreached) })}
            </Text>
          )}
          {lastCheck !== undefined && (
            <Text fz="lg" data-testid={`response-last-check-${patient.id}`}>
              {t("response.lastCheck", { time: formatTime(lastCheck.at), result: checkResultText(t, lastCheck) })}
            </Text>
          )}
        </Stack>
        <CheckEntry patient={patient} defaultBy={defaultBy} onRecorded={onRecorded} onEntering={onEntering} />
      </Group>
    </Paper>
  );
}
