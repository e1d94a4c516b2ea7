import { Button, Checkbox, Group, Text } from "@mantine/core";
import { useT } from "../../../i18n/LanguageProvider";
import type { OxygenSupply } from "../../../ipc/bindings.gen";
import { ItemFrame } from "./ItemFrame";
import { NumberBox } from "../../../components/NumberBox";
import { removeAt, replaceAt } from "./record";
import { Section, type SectionProps } from "./Section";

type Cylinder = [number | null, number | null];

/** Home oxygen: the flows and the cylinders at home give the oxygen hours left in an outage. */
export function OxygenSection({ record, update, errorOf }: SectionProps) {
  const t = useT();
  const oxygen = record.oxygen;
  const set = (patch: Partial<OxygenSupply>) => update((r) => (r.oxygen ? { ...r, oxygen: { ...r.oxygen, ...patch } } : r));
  const cylinders: Cylinder[] = oxygen?.cylinders ?? [];
  const setCylinder = (i: number, cylinder: Cylinder) => set({ cylinders: replaceAt(cylinders, i, cylinder) });

  return (
    <Section id="oxygen" title={t("patient.section.oxygen")}>
      <Checkbox
        label={t("oxygen.use")}
        checked={oxygen !== null}
        onChange={(e) => {
          const on = e.currentTarget.checked;
          update((r) => ({
            ...r,
            oxygen: on ? { flowDayLpm: null, flowNightLpm: null, cylinders: [], demandValve: false } : null,
          }));
        }}
        data-testid="oxygen-use"
      />
      {oxygen !== null && (
        <>
          <Group align="flex-start">
            <NumberBox
              label={t("oxygen.flowDay")}
              value={oxygen.flowDayLpm}
              onChange={(flowDayLpm) => set({ flowDayLpm })}
              min={0}
              error={errorOf("oxygen-flow-day")}
              testId="oxygen-flow-day"
            />
            <NumberBox
              label={t("oxygen.flowNight")}
              value={oxygen.flowNightLpm}
              onChange={(flowNightLpm) => set({ flowNightLpm })}
              min={0}
              error={errorOf("oxygen-flow-night")}
              testId="oxygen-flow-night"
            />
          </Group>
          <Checkbox
            label={t("oxygen.demandValve")}
            checked={oxygen.demandValve ?? false}
            onChange={(e) => set({ demandValve: e.currentTarget.checked })}
            data-testid="oxygen-demand-valve"
          />
          {cylinders.map(([litres, fill], i) => (
            <ItemFrame
              key={i}
              heading={t("oxygen.cylinder", { n: i + 1 })}
              removeLabel={t("oxygen.removeCylinderLabel", { n: i + 1 })}
              onRemove={() => set({ cylinders: removeAt(cylinders, i) })}
              testId={`cylinder-${i}`}
            >
              <Group align="flex-start">
                <NumberBox
                  label={t("oxygen.litres")}
                  value={litres}
                  onChange={(v) => setCylinder(i, [v, fill])}
                  min={0}
                  testId={`cylinder-litres-${i}`}
                />
                <NumberBox
                  label={t("oxygen.fill")}
                  value={fill}
                  onChange={(v) => setCylinder(i, [litres, v])}
                  scale={100}
                  min={0}
                  max={100}
                  testId={`cylinder-fill-${i}`}
                />
              </Group>
              {errorOf(`cylinder-${i}`) !== undefined && (
                <Text c="var(--mantine-color-error)" size="sm" fw={700}>
                  ⚠ {errorOf(`cylinder-${i}`)}
                </Text>
              )}
            </ItemFrame>
          ))}
          <Group>
            {/* A new cylinder starts full: that is how a delivered one arrives. */}
            <Button variant="light" onClick={() => set({ cylinders: [...cylinders, [null, 1]] })} data-testid="cylinder-add">
              {t("oxygen.addCylinder")}
            </Button>
          </Group>
        </>
      )}
    </Section>
  );
}
