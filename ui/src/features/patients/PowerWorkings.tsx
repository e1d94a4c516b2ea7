import { Badge, Group, List, Stack, Text } from "@mantine/core";
import { useT } from "../../i18n/LanguageProvider";
import type { DeviceHours } from "../../ipc/bindings.gen";
import { hoursText } from "./hoursText";

/** Per life-sustaining device: its hours, the arithmetic behind them, and each value that was assumed, marked 仮定. */
export function PowerWorkings({ power }: { power: DeviceHours[] }) {
  const t = useT();
  return (
    <Stack gap="sm" data-testid="why-power">
      {power.map((device) => {
        const label = t(`deviceClass.${device.class}`);
        return (
          <Stack key={device.deviceId} gap={2} data-testid={`why-device-${device.deviceId}`}>
            <Text size="sm" fw={700}>
              {device.hours === null
                ? t("why.deviceNoHours", { device: label, id: device.deviceId })
                : t("why.deviceHours", { device: label, id: device.deviceId, hours: hoursText(device.hours) })}
            </Text>
            <List size="sm" spacing={2} withPadding>
              {device.workings.map((line, i) => (
                <List.Item key={`w${i}`}>{line}</List.Item>
              ))}
              {device.assumptions.map((line, i) => (
                <List.Item key={`a${i}`} data-testid="why-assumption">
                  <Group gap={6} wrap="nowrap" align="flex-start">
                    <Badge variant="outline" color="dark" size="sm" radius="sm" style={{ flexShrink: 0 }}>
                      {t("why.assumed")}
                    </Badge>
                    <span>{line}</span>
                  </Group>
                </List.Item>
              ))}
            </List>
          </Stack>
        );
      })}
    </Stack>
  );
}
