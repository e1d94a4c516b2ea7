import { Checkbox, Group, NativeSelect, Text, TextInput } from "@mantine/core";
import { useT } from "../../../i18n/LanguageProvider";
import type { TierOverride } from "../../../ipc/bindings.gen";
import { isTier, tiers } from "../tiers";
import { Section, type SectionProps } from "./Section";

/** A clinician's tier replaces the computed one for ordering; the record keeps why and who decided. */
export function OverrideSection({ record, update, errorOf }: SectionProps) {
  const t = useT();
  const override = record.tierOverride;
  const set = (patch: Partial<TierOverride>) =>
    update((r) => (r.tierOverride ? { ...r, tierOverride: { ...r.tierOverride, ...patch } } : r));

  return (
    <Section id="override" title={t("patient.section.override")} error={errorOf("section-override")}>
      <Text size="sm" c="dimmed">
        {t("override.hint")}
      </Text>
      <Checkbox
        label={t("override.use")}
        checked={override !== null}
        onChange={(e) => {
          const on = e.currentTarget.checked;
          update((r) => ({ ...r, tierOverride: on ? { tier: "P0", reason: "", by: "" } : null }));
        }}
        data-testid="override-use"
      />
      {override !== null && (
        <>
          <Group align="flex-start">
            <NativeSelect
              label={t("override.tier")}
              data={tiers.map((tier) => ({ value: tier, label: t(`tier.${tier}`) }))}
              value={override.tier}
              onChange={(e) => {
                const tier = e.currentTarget.value;
                if (isTier(tier)) set({ tier });
              }}
              data-testid="override-tier"
            />
            <TextInput
              label={t("override.by")}
              required
              value={override.by}
              onChange={(e) => set({ by: e.currentTarget.value })}
              data-testid="override-by"
            />
          </Group>
          <TextInput
            label={t("override.reason")}
            required
            value={override.reason}
            onChange={(e) => set({ reason: e.currentTarget.value })}
            error={errorOf("override")}
            data-testid="override-reason"
          />
        </>
      )}
    </Section>
  );
}
