import { Card, Code, Stack, Text, Title } from "@mantine/core";
import { useT } from "../../i18n/LanguageProvider";
import { useIdentity } from "../../ipc/queries";

/** Partners read this to each other by phone before trusting a file (exchange files, issue #6). */
export function FingerprintCard() {
  const t = useT();
  const identity = useIdentity();
  if (!identity.data) return null;
  return (
    <Card withBorder padding="lg" data-testid="identity-card">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t("identity.title")}
        </Title>
        <Code fz="lg" data-testid="identity-fingerprint">
          {identity.data.fingerprint}
        </Code>
        <Text size="sm" c="dimmed">
          {t("identity.hint")}
        </Text>
      </Stack>
    </Card>
  );
}
