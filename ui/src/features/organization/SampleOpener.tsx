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
  // A coordinator is offered the coordination base, a manager the clinic and the station.
  const offered = (samples.data ?? []).filter((s) => (s.kind === "CoordinationBase") === (role === "coordinator"));
  if (offered.length === 0) return null;

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
      <Group gap="sm">
        {offered.map((sample) => (
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
