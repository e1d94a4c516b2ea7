import { Checkbox, Group, NativeSelect, TextInput } from "@mantine/core";
import { useT } from "../../../i18n/LanguageProvider";
import type { Residence } from "../../../ipc/bindings.gen";
import { floodDepths, oneOf } from "../choices";
import { NumberBox } from "../../../components/NumberBox";
import { Section, type SectionProps } from "./Section";

const zones = ["landslideSpecialZone", "landslideWarningZone", "tsunamiZone"] as const;

/** The floor and lift decide whether the patient can be carried out; the hazard bands add to the score. */
export function ResidenceSection({ record, update }: SectionProps) {
  const t = useT();
  const residence = record.residence;
  const set = (patch: Partial<Residence>) => update((r) => ({ ...r, residence: { ...r.residence, ...patch } }));

  return (
    <Section id="residence" title={t("patient.section.residence")}>
      <Group align="flex-end">
        <NumberBox
          label={t("residence.floor")}
          value={residence.floor}
          onChange={(floor) => set({ floor })}
          integer
          width="6rem"
          testId="residence-floor"
        />
        <Checkbox
          label={t("residence.liftNeedsPower")}
          checked={residence.liftNeedsPower ?? false}
          onChange={(e) => set({ liftNeedsPower: e.currentTarget.checked })}
          mb="xs"
          data-testid="residence-lift"
        />
      </Group>
      <NativeSelect
        label={t("residence.floodDepth")}
        data={floodDepths.map((d) => ({ value: d, label: t(`flood.${d}`) }))}
        value={residence.floodDepth}
        onChange={(e) => {
          const floodDepth = e.currentTarget.value;
          if (oneOf(floodDepths, floodDepth)) set({ floodDepth });
        }}
        w="16rem"
        data-testid="residence-flood"
      />
      <Group>
        {zones.map((zone) => (
          <Checkbox
            key={zone}
            label={t(`residence.${zone}`)}
            checked={residence[zone] ?? false}
            onChange={(e) => set({ [zone]: e.currentTarget.checked })}
            data-testid={`residence-${zone}`}
          />
        ))}
      </Group>
      <TextInput
        label={t("residence.hazardSource")}
        value={residence.hazardSource ?? ""}
        onChange={(e) => set({ hazardSource: e.currentTarget.value })}
        data-testid="residence-hazard-source"
      />
    </Section>
  );
}
