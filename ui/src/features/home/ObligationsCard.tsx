import { Badge, Group, List, Loader, Paper, Stack, Text, Title } from "@mantine/core";
import { ErrorNotice } from "../../components/ErrorNotice";
import { errorText } from "../../i18n/errors";
import { useT } from "../../i18n/LanguageProvider";
import { useLocalText } from "../../i18n/localText";
import type { Obligation } from "../../ipc/bindings.gen";
import { useObligations } from "../../ipc/queries";

/**
 * 点検で確認される項目: each duty ✓ 達成 / ✗ 未達成 in words, where it comes from, and for an unmet one
 * what is still missing (the なぜ？ of the mark). An empty list means the kind has no statutory duty.
 */
export function ObligationsCard() {
  const t = useT();
  const obligations = useObligations();
  const list = obligations.data;

  return (
    <Paper withBorder p="lg" radius="md" data-testid="home-obligations">
      <Group justify="space-between" align="baseline" mb="xs">
        <Title order={2} size="h3">
          {t("obligations.title")}
        </Title>
        {list !== undefined && list.length > 0 && (
          <Text fw={700} data-testid="home-obligations-tally">
            {t("obligations.tally", { met: list.filter((o) => o.met).length, total: list.length })}
          </Text>
        )}
      </Group>
      {obligations.isError ? (
        <ErrorNotice text={errorText(t, obligations.error)} />
      ) : list === undefined ? (
        <Loader aria-label={t("app.loading")} />
      ) : list.length === 0 ? (
        <Text data-testid="home-obligations-none">{t("obligations.none")}</Text>
      ) : (
        <>
          <Text c="dimmed" mb="sm">
            {t("obligations.lead")}
          </Text>
          <List spacing="md" listStyleType="none" ml={0} pl={0}>
            {list.map((obligation) => (
              <ObligationItem key={obligation.id} obligation={obligation} />
            ))}
          </List>
        </>
      )}
    </Paper>
  );
}

function ObligationItem({ obligation }: { obligation: Obligation }) {
  const t = useT();
  const local = useLocalText();
  return (
    <List.Item data-testid={`obligation-${obligation.id}`} data-met={obligation.met ? "true" : "false"}>
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <Badge color={obligation.met ? "green" : "red"} variant="filled" size="lg" radius="sm" miw={96} style={{ flexShrink: 0 }}>
          {obligation.met ? `✓ ${t("obligations.met")}` : `✗ ${t("obligations.unmet")}`}
        </Badge>
        <Stack gap={2}>
          <Text fw={700}>{local(obligation.title)}</Text>
          <Text size="sm" c="dimmed">
            {t("obligations.basis", { basis: local(obligation.basis) })}
          </Text>
          {!obligation.met && obligation.missing.length > 0 && (
            <>
              <Text size="sm" fw={700} mt={4}>
                {t("obligations.missing")}
              </Text>
              <List size="sm" spacing={2} withPadding data-testid={`obligation-missing-${obligation.id}`}>
                {obligation.missing.map((missing, i) => (
                  <List.Item key={i}>{local(missing)}</List.Item>
                ))}
              </List>
            </>
          )}
        </Stack>
      </Group>
    </List.Item>
  );
}
