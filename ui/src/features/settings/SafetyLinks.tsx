import { Anchor, Stack } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useT } from "../../i18n/LanguageProvider";

/** The other halves of protecting the data: going back to an earlier copy, and seeing who did what. */
export function SafetyLinks() {
  const t = useT();
  return (
    <Stack gap={4}>
      <Anchor component={Link} to="/backups" data-testid="settings-backups">
        {t("settings.backups")}
      </Anchor>
      <Anchor component={Link} to="/audit" data-testid="settings-audit">
        {t("settings.audit")}
      </Anchor>
    </Stack>
  );
}
