import { Button, Group, Stack, Text, Title } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { ErrorNotice } from "../../components/ErrorNotice";
import { errorText } from "../../i18n/errors";
import { useLanguage, useT } from "../../i18n/LanguageProvider";
import { useLoadSample, useSamples } from "../../ipc/queries";
import { requestTour } from "../../layout/tourRequest";
import type { Role } from "./roles";

/**
 * First run only: instead of registering, open a fictional sample organisation with a complete plan,
 * to look around or to train. The Rust side refuses once an organisation exists, so real data is safe.
 */
export function SampleOpener({ role }: { role: Role }) {
  const t = useT();
  const language = useLanguage();
  const navigate = useNavigate();
  const samples = useSamples();
  const load = useLoadSample();
  if (!samples.data || samples.data.length === 0) return null;

  const open = async (id: string) => {
    try {
      await load.mutateAsync(id);
    } catch {
      return; // shown from load.error below
    }
    requestTour();
    await navigate({ to: "/" });
  };

  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {t("samples.title")}
      </Title>
      <Text size="sm">{t("samples.lead")}</Text>
      {/* No bundled sample is a coordination base yet: say so rather than offer nothing. */}
      {role === "coordinator" && (
        <Text size="sm" data-testid="samples-coordinator-note">
          {t("samples.coordinatorNote")}
        </Text>
      )}
      <Group gap="sm">
        {samples.data.map((sample) => (
          <Button
            key={sample.id}
            variant="default"
            loading={load.isPending && load.variables === sample.id}
            disabled={load.isPending}
            onClick={() => void open(sample.id)}
            data-testid={`open-sample-${sample.id}`}
          >
            {language === "en" ? sample.title.en : sample.title.ja}
          </Button>
        ))}
      </Group>
      {load.isError && <ErrorNotice text={errorText(t, load.error)} />}
    </Stack>
  );
}
