import { Card, List, Title } from "@mantine/core";
import { useId } from "react";
import { useT } from "../../i18n/LanguageProvider";

/** When the Rust side backs up on its own, how many it keeps, and where they are. */
export function AutoBackups() {
  const t = useT();
  const headingId = useId();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId} data-testid="backups-auto">
      <Title order={2} size="h3" id={headingId} mb="sm">
        {t("backups.autoTitle")}
      </Title>
      <List spacing="xs">
        <List.Item>{t("backups.when")}</List.Item>
        <List.Item>{t("backups.keep")}</List.Item>
        <List.Item>{t("backups.where")}</List.Item>
      </List>
    </Card>
  );
}
