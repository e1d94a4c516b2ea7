import { Badge, Group, Stack, Text } from "@mantine/core";
import { useT } from "../../i18n/LanguageProvider";

type Props = { municipalities: string[]; withoutProvider: string[] };

/** Municipalities of the region where no member is located: where the 地域BCP has no one on the ground. */
export function WithoutProvider({ municipalities, withoutProvider }: Props) {
  const t = useT();
  return (
    <Stack gap={6} data-testid="region-without-provider">
      <Text fw={700}>{t("regional.withoutProviderTitle")}</Text>
      {municipalities.length === 0 ? (
        <Text size="sm">{t("regional.municipalitiesNone")}</Text>
      ) : withoutProvider.length === 0 ? (
        <Text size="sm">✓ {t("regional.withoutProviderNone")}</Text>
      ) : (
        <>
          <Text size="sm">⚠ {t("regional.withoutProviderLead", { n: withoutProvider.length })}</Text>
          <Group gap="xs" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
            {withoutProvider.map((name) => (
              <Badge key={name} component="li" color="orange" variant="light" c="var(--mantine-color-text)" radius="sm" size="lg">
                {name}
              </Badge>
            ))}
          </Group>
        </>
      )}
    </Stack>
  );
}
