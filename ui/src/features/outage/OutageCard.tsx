import { Button, Paper, Stack, Text } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { formatTime } from "../../i18n/format";
import { useT } from "../../i18n/LanguageProvider";
import { usePatients } from "../../ipc/patientQueries";
import { StartOutageDialog } from "./StartOutageDialog";

/**
 * Home's one prominent button: 停電・災害対応を開始, or, while an outage is open, the way back to it
 * (one outage at a time, so starting another is not offered).
 */
export function OutageCard() {
  const t = useT();
  const outage = usePatients().data?.outage ?? null;
  const [opened, setOpened] = useState(false);

  return (
    <Paper withBorder p="lg" radius="md" style={{ borderColor: "var(--mantine-color-red-9)", borderWidth: 2 }}>
      {outage === null ? (
        <Stack gap="sm" align="flex-start">
          <Button size="xl" color="red.9" onClick={() => setOpened(true)} data-testid="home-start-outage">
            {t("outage.start")}
          </Button>
          <Text>{t("outage.startHint")}</Text>
          {/* Mounted only while open, so that each opening starts from the current time. */}
          {opened && <StartOutageDialog opened onClose={() => setOpened(false)} />}
        </Stack>
      ) : (
        <Stack gap="sm" align="flex-start">
          <Text fw={700} size="lg" c="red.9" data-testid="home-outage-open">
            ⚠ {t("outage.openNotice", { time: formatTime(outage.startedAt) })}
          </Text>
          <Button component={Link} to="/response" size="xl" color="red.9" data-testid="home-resume-outage">
            {t("outage.resume")}
          </Button>
        </Stack>
      )}
    </Paper>
  );
}
