import { Text } from "@mantine/core";
import { useT } from "../../i18n/LanguageProvider";
import { useAppInfo } from "../../ipc/queries";

export function AppInfoLine() {
  const t = useT();
  const info = useAppInfo();
  if (!info.data) return null;
  return (
    <Text size="sm" c="dimmed" style={{ wordBreak: "break-all" }} data-testid="app-info">
      {t("home.version", { version: info.data.version })} ・ {t("home.dataDir", { dir: info.data.dataDir })}
    </Text>
  );
}
