import { Card, Group, Stack, Text } from "@mantine/core";
import { useT } from "../../i18n/LanguageProvider";
import type { Translate } from "../../i18n/translate";
import type { Counted } from "../../ipc/bindings.gen";
import { CountedValue } from "./CountedValue";

type Props = { ventilatorPatients: Counted; admissionCapacity: Counted };

/**
 * The comparison is made only between two shown numbers: with the patients hidden, saying 「足りる」 or
 * 「足りない」 would tell something about the hidden 1–4.
 */
function comparisonText(t: Translate, { ventilatorPatients, admissionCapacity }: Props): string {
  const need = ventilatorPatients.value;
  const places = admissionCapacity.value;
  if (need === null || places === null) return t("regional.capacityHidden");
  if (need > places) return `⚠ ${t("regional.capacityShort", { n: need - places })}`;
  return t("regional.capacityEnough");
}

/** Ventilated patients (the need for power and admission) against the admission places members' agreements offer. */
export function CapacityCard(props: Props) {
  const t = useT();
  const short =
    props.ventilatorPatients.value !== null &&
    props.admissionCapacity.value !== null &&
    props.ventilatorPatients.value > props.admissionCapacity.value;

  return (
    <Card withBorder padding="md" data-testid="region-capacity">
      <Stack gap="xs">
        <Text fw={700}>{t("regional.capacityTitle")}</Text>
        <Group gap="xl" align="flex-end">
          <Stack gap={0}>
            <Text size="sm">{t("regional.ventilatorPatients")}</Text>
            <CountedValue
              count={props.ventilatorPatients}
              unit="people"
              size="xl"
              what={t("regional.ventilatorPatients")}
              testId="region-ventilator-patients"
            />
          </Stack>
          <Stack gap={0}>
            <Text size="sm">{t("regional.admissionCapacity")}</Text>
            <CountedValue
              count={props.admissionCapacity}
              unit="people"
              size="xl"
              what={t("regional.admissionCapacity")}
              testId="region-admission-capacity"
            />
          </Stack>
        </Group>
        <Text fw={short ? 700 : 400} c={short ? "red.9" : undefined} data-testid="region-capacity-comparison">
          {comparisonText(t, props)}
        </Text>
      </Stack>
    </Card>
  );
}
