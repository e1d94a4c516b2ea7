import { Group, NativeSelect, SimpleGrid, TextInput } from "@mantine/core";
import { useT } from "../../i18n/LanguageProvider";
import { checkChannels, conditions, deviceStates, oneOf } from "../patients/choices";
import { NumberBox } from "../../components/NumberBox";
import type { CheckDraft } from "./CheckEntry";

type Props = {
  patientId: string;
  draft: CheckDraft;
  onChange: (draft: CheckDraft) => void;
  batteryError: string | undefined;
};

/** The optional details of a check. A reported battery level restarts that patient's countdown on the Rust side. */
export function CheckDetail({ patientId, draft, onChange, batteryError }: Props) {
  const t = useT();
  const set = (patch: Partial<CheckDraft>) => onChange({ ...draft, ...patch });

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
      <NativeSelect
        size="lg"
        label={t("check.condition")}
        data={conditions.map((c) => ({ value: c, label: t(`condition.${c}`) }))}
        value={draft.condition}
        onChange={(e) => {
          const condition = e.currentTarget.value;
          if (oneOf(conditions, condition)) set({ condition });
        }}
        data-testid={`check-condition-${patientId}`}
      />
      <NativeSelect
        size="lg"
        label={t("check.deviceState")}
        data={deviceStates.map((s) => ({ value: s, label: t(`deviceState.${s}`) }))}
        value={draft.deviceState}
        onChange={(e) => {
          const deviceState = e.currentTarget.value;
          if (oneOf(deviceStates, deviceState)) set({ deviceState });
        }}
        data-testid={`check-device-${patientId}`}
      />
      <Group align="flex-start">
        <NumberBox
          label={t("check.batteryPct")}
          value={draft.batteryPct}
          onChange={(batteryPct) => set({ batteryPct })}
          min={0}
          max={100}
          integer
          size="lg"
          error={batteryError}
          testId={`check-battery-${patientId}`}
        />
      </Group>
      <NativeSelect
        size="lg"
        label={t("check.channel")}
        data={checkChannels.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
        value={draft.channel}
        onChange={(e) => {
          const channel = e.currentTarget.value;
          if (oneOf(checkChannels, channel)) set({ channel });
        }}
        data-testid={`check-channel-${patientId}`}
      />
      <TextInput
        size="lg"
        label={t("check.by")}
        value={draft.by}
        onChange={(e) => set({ by: e.currentTarget.value })}
        data-testid={`check-by-${patientId}`}
      />
      <TextInput
        size="lg"
        label={t("check.note")}
        value={draft.note ?? ""}
        onChange={(e) => set({ note: e.currentTarget.value })}
        data-testid={`check-note-${patientId}`}
      />
    </SimpleGrid>
  );
}
