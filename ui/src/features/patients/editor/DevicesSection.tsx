import { Button, Checkbox, Group, NativeSelect, Text } from "@mantine/core";
import { useT } from "../../../i18n/LanguageProvider";
import type { RegisteredDevice } from "../../../ipc/bindings.gen";
import { deviceClasses, oneOf, substitutes } from "../choices";
import { ItemFrame } from "./ItemFrame";
import { NumberBox } from "../../../components/NumberBox";
import { newDevice, replaceAt, withoutDevice } from "./record";
import { Section, type SectionProps } from "./Section";

/**
 * The powered devices. Ids are given here (d1, d2 …) and never typed: the power sources point at them,
 * and the power workings under なぜ？ name them.
 */
export function DevicesSection({ record, update, errorOf }: SectionProps) {
  const t = useT();
  const set = (i: number, patch: Partial<RegisteredDevice>) =>
    update((r) => ({ ...r, devices: replaceAt(r.devices, i, { ...r.devices[i]!, ...patch }) }));

  return (
    <Section id="devices" title={t("patient.section.devices")} error={errorOf("section-devices")}>
      {record.devices.length === 0 && <Text c="dimmed">{t("device.none")}</Text>}
      {record.devices.map((device, i) => (
        <ItemFrame
          key={device.id}
          heading={t("device.heading", { id: device.id })}
          removeLabel={t("device.removeLabel", { id: device.id })}
          onRemove={() => update((r) => withoutDevice(r, i))}
          testId={`device-${i}`}
        >
          <Group align="flex-start">
            <NativeSelect
              label={t("device.class")}
              data={deviceClasses.map((c) => ({ value: c, label: t(`deviceClass.${c}`) }))}
              value={device.class}
              onChange={(e) => {
                const value = e.currentTarget.value;
                if (oneOf(deviceClasses, value)) set(i, { class: value });
              }}
              data-testid={`device-class-${i}`}
            />
            <NumberBox
              label={t("device.hoursPerDay")}
              value={device.hoursPerDay}
              onChange={(hoursPerDay) => set(i, { hoursPerDay })}
              min={0}
              max={24}
              error={errorOf(`device-hours-${i}`)}
              testId={`device-hours-${i}`}
            />
          </Group>
          <Group align="flex-start">
            <NumberBox
              label={t("device.measuredW")}
              value={device.measuredDrawW}
              onChange={(measuredDrawW) => set(i, { measuredDrawW })}
              min={0}
              testId={`device-draw-${i}`}
            />
            <NumberBox
              label={t("device.nameplateW")}
              value={device.nameplateW}
              onChange={(nameplateW) => set(i, { nameplateW })}
              min={0}
              testId={`device-nameplate-${i}`}
            />
          </Group>
          <Text size="sm" c="dimmed">
            {t("device.drawHint")}
          </Text>
          <Checkbox.Group
            label={t("device.substitutes")}
            value={device.substitutes ?? []}
            onChange={(values) => set(i, { substitutes: substitutes.filter((s) => values.includes(s)) })}
          >
            <Group mt="xs">
              {substitutes.map((s) => (
                <Checkbox key={s} value={s} label={t(`substitute.${s}`)} data-testid={`device-substitute-${i}-${s}`} />
              ))}
            </Group>
          </Checkbox.Group>
        </ItemFrame>
      ))}
      <Group>
        <Button
          variant="light"
          onClick={() => update((r) => ({ ...r, devices: [...r.devices, newDevice(r.devices)] }))}
          data-testid="device-add"
        >
          {t("device.add")}
        </Button>
      </Group>
    </Section>
  );
}
