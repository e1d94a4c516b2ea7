import { Alert, Button, Checkbox, Group, NativeSelect, Text } from "@mantine/core";
import { useT } from "../../../i18n/LanguageProvider";
import type { PowerSource } from "../../../ipc/bindings.gen";
import { oneOf, powerPaths, sourceKinds } from "../choices";
import { ItemFrame } from "./ItemFrame";
import { NumberBox } from "../../../components/NumberBox";
import { newSource, removeAt, replaceAt } from "./record";
import { Section, type SectionProps } from "./Section";

/**
 * Batteries and other sources, each linked to the devices it runs. The hours left are the Rust side's
 * arithmetic; empty values become labelled assumptions there, so nothing here is required.
 */
export function PowerSourcesSection({ record, update, errorOf }: SectionProps) {
  const t = useT();
  const set = (i: number, patch: Partial<PowerSource>) =>
    update((r) => ({ ...r, powerSources: replaceAt(r.powerSources, i, { ...r.powerSources[i]!, ...patch }) }));

  return (
    <Section id="power" title={t("patient.section.power")} error={errorOf("section-power")}>
      <Alert color="yellow" variant="light" role="note">
        ⚠ {t("source.makerWarning")}
      </Alert>
      {record.powerSources.length === 0 && <Text c="dimmed">{t("source.none")}</Text>}
      {record.powerSources.map((source, i) => (
        <ItemFrame
          key={source.id}
          heading={t("source.heading", { id: source.id })}
          removeLabel={t("source.removeLabel", { id: source.id })}
          onRemove={() => update((r) => ({ ...r, powerSources: removeAt(r.powerSources, i) }))}
          testId={`source-${i}`}
        >
          <Group align="flex-start">
            <NativeSelect
              label={t("source.kind")}
              data={sourceKinds.map((k) => ({ value: k, label: t(`sourceKind.${k}`) }))}
              value={source.kind}
              onChange={(e) => {
                const kind = e.currentTarget.value;
                if (oneOf(sourceKinds, kind)) set(i, { kind });
              }}
              data-testid={`source-kind-${i}`}
            />
            <NativeSelect
              label={t("source.path")}
              data={powerPaths.map((p) => ({ value: p, label: t(`powerPath.${p}`) }))}
              value={source.path}
              onChange={(e) => {
                const path = e.currentTarget.value;
                if (oneOf(powerPaths, path)) set(i, { path });
              }}
              data-testid={`source-path-${i}`}
            />
          </Group>
          {record.devices.length === 0 ? (
            <Text c="dimmed">{t("source.noDevices")}</Text>
          ) : (
            <Checkbox.Group
              label={t("source.feeds")}
              value={source.feeds}
              // Kept in the devices' order, whatever order they were ticked in.
              onChange={(ids) => set(i, { feeds: record.devices.map((d) => d.id).filter((id) => ids.includes(id)) })}
            >
              <Group mt="xs">
                {record.devices.map((d) => (
                  <Checkbox
                    key={d.id}
                    value={d.id}
                    label={`${d.id}：${t(`deviceClass.${d.class}`)}`}
                    data-testid={`source-feeds-${i}-${d.id}`}
                  />
                ))}
              </Group>
            </Checkbox.Group>
          )}
          <Text size="sm" c="dimmed">
            {t("source.capacityHint")}
          </Text>
          <Group align="flex-start">
            <NumberBox
              label={t("source.ratedHours")}
              value={source.ratedHours}
              onChange={(ratedHours) => set(i, { ratedHours })}
              min={0}
              testId={`source-rated-hours-${i}`}
            />
            <NumberBox
              label={t("source.ratedDrawW")}
              value={source.ratedDrawW}
              onChange={(ratedDrawW) => set(i, { ratedDrawW })}
              min={0}
              testId={`source-rated-draw-${i}`}
            />
            <NumberBox
              label={t("source.nominalWh")}
              value={source.nominalWh}
              onChange={(nominalWh) => set(i, { nominalWh })}
              min={0}
              testId={`source-wh-${i}`}
            />
          </Group>
          <Group align="flex-start">
            <NumberBox
              label={t("source.health")}
              value={source.health}
              onChange={(health) => set(i, { health })}
              min={0}
              max={1}
              error={errorOf(`source-health-${i}`)}
              testId={`source-health-${i}`}
            />
            <NumberBox
              label={t("source.charge")}
              value={source.stateOfCharge}
              onChange={(stateOfCharge) => set(i, { stateOfCharge })}
              scale={100}
              min={0}
              max={100}
              error={errorOf(`source-charge-${i}`)}
              testId={`source-charge-${i}`}
            />
          </Group>
        </ItemFrame>
      ))}
      <Group>
        <Button
          variant="light"
          onClick={() => update((r) => ({ ...r, powerSources: [...r.powerSources, newSource(r.powerSources, r.devices)] }))}
          data-testid="source-add"
        >
          {t("source.add")}
        </Button>
      </Group>
    </Section>
  );
}
