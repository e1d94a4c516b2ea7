import { Button, Container, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { ErrorNotice } from "../../components/ErrorNotice";
import { errorText, fieldErrorText } from "../../i18n/errors";
import { useT } from "../../i18n/LanguageProvider";
import type { OrganizationKind } from "../../ipc/bindings.gen";
import { useSaveOrganization } from "../../ipc/queries";
import { KindRadioCards } from "./KindRadioCards";
import { SampleOpener } from "./SampleOpener";

/** First run: only kind and name, so the user gets into the app at once and fills the rest on /organization. */
export function OnboardingPage() {
  const t = useT();
  const navigate = useNavigate();
  const save = useSaveOrganization();
  const [kind, setKind] = useState<OrganizationKind | null>(null);
  const [name, setName] = useState("");
  const ready = kind !== null && name.trim() !== "";
  const fieldError = fieldErrorText(t, save.error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (kind === null || name.trim() === "" || save.isPending) return;
    try {
      await save.mutateAsync({
        kind,
        name,
        corporationName: "",
        address: "",
        municipality: null,
        phone: "",
        managerName: "",
      });
    } catch {
      return; // shown from save.error below
    }
    await navigate({ to: "/organization" });
  };

  return (
    <Container size="sm" py="xl">
      <Text fw={700} c="dimmed" mb="xs">
        {t("app.name")}
      </Text>
      <Paper withBorder p="xl" radius="md" component="form" onSubmit={submit} noValidate>
        <Stack gap="lg">
          <div>
            <Title order={1} size="h2" mb="xs">
              {t("onboarding.title")}
            </Title>
            <Text>{t("onboarding.lead")}</Text>
          </div>
          <KindRadioCards label={t("onboarding.kind")} value={kind} onChange={setKind} />
          <TextInput
            label={t("org.name")}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldError?.field === "name" ? fieldError.text : undefined}
            autoComplete="organization"
            data-testid="onboarding-name"
          />
          {save.isError && fieldError === null && <ErrorNotice text={errorText(t, save.error)} />}
          <Button type="submit" disabled={!ready} loading={save.isPending} data-testid="onboarding-submit">
            {t("onboarding.submit")}
          </Button>
        </Stack>
      </Paper>
      <Paper withBorder p="xl" radius="md" mt="lg">
        <SampleOpener />
      </Paper>
    </Container>
  );
}
