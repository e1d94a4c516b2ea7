import { Button, Container, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { ChoiceCards } from "../../components/ChoiceCards";
import { ErrorNotice } from "../../components/ErrorNotice";
import { errorText, fieldErrorText } from "../../i18n/errors";
import { useT } from "../../i18n/LanguageProvider";
import type { OrganizationKind } from "../../ipc/bindings.gen";
import { useSaveOrganization } from "../../ipc/queries";
import { requestTour } from "../../layout/tourRequest";
import { KindRadioCards } from "./KindRadioCards";
import { kindsFor, type Role } from "./roles";
import { SampleOpener } from "./SampleOpener";

type Start = "own" | "sample";

/**
 * First run, one question at a time: who you are, then your own plan or a sample. Registering asks
 * only kind and name, so the user gets into the app at once and fills the rest on /organization.
 * The role is not stored: it narrows the kinds offered, and the kind is what the app goes by after.
 */
export function OnboardingPage() {
  const t = useT();
  const navigate = useNavigate();
  const save = useSaveOrganization();
  const [role, setRole] = useState<Role | null>(null);
  const [start, setStart] = useState<Start | null>(null);
  const [kind, setKind] = useState<OrganizationKind | null>(null);
  const [name, setName] = useState("");
  const kinds = role === null ? [] : kindsFor(role);
  const ready = kind !== null && name.trim() !== "";
  const fieldError = fieldErrorText(t, save.error);
  // Each answer opens the next question below; bring it into view (the window is short on laptops).
  const next = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (role !== null) next.current?.scrollIntoView({ behavior: "smooth", block: "nearest" });
  }, [role, start]);

  const chooseRole = (next: Role) => {
    setRole(next);
    const offered = kindsFor(next);
    // A coordinator has one kind to choose from: it is chosen for them.
    setKind(offered.length === 1 ? offered[0]! : kind !== null && offered.includes(kind) ? kind : null);
  };

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
    requestTour();
    await navigate({ to: "/organization" });
  };

  return (
    <Container size="sm" py="xl" component="main">
      <Text fw={700} c="dimmed" mb="xs">
        {t("app.name")}
      </Text>
      <Title order={1} size="h2" mb="xs">
        {t("onboarding.welcome")}
      </Title>
      <Text mb="lg">{t("onboarding.welcomeLead")}</Text>
      <Paper withBorder p="xl" radius="md">
        <ChoiceCards<Role>
          label={t("onboarding.role")}
          value={role}
          onChange={chooseRole}
          columns={1}
          choices={[
            {
              value: "manager",
              label: t("onboarding.role.manager"),
              description: t("onboarding.role.managerHint"),
              testId: "onboarding-role-manager",
            },
            {
              value: "coordinator",
              label: t("onboarding.role.coordinator"),
              description: t("onboarding.role.coordinatorHint"),
              testId: "onboarding-role-coordinator",
            },
          ]}
        />
      </Paper>
      {role !== null && (
        <Paper withBorder p="xl" radius="md" mt="lg">
          <ChoiceCards<Start>
            label={t("onboarding.start")}
            value={start}
            onChange={setStart}
            choices={[
              {
                value: "own",
                label: t("onboarding.start.own"),
                description: t("onboarding.start.ownHint"),
                testId: "onboarding-start-own",
              },
              {
                value: "sample",
                label: t("onboarding.start.sample"),
                description: t("onboarding.start.sampleHint"),
                testId: "onboarding-start-sample",
              },
            ]}
          />
        </Paper>
      )}
      {role !== null && start === "own" && (
        <Paper withBorder p="xl" radius="md" mt="lg" component="form" onSubmit={submit} noValidate>
          <Stack gap="lg">
            <div>
              <Title order={2} size="h3" mb="xs">
                {t("onboarding.title")}
              </Title>
              <Text>{t("onboarding.lead")}</Text>
            </div>
            {kinds.length > 1 ? (
              <KindRadioCards label={t("onboarding.kind")} value={kind} onChange={setKind} kinds={kinds} />
            ) : (
              <Text data-testid="onboarding-kind-fixed">
                {t("onboarding.kindFixed", { kind: t(`kind.${kinds[0]!}`) })}
              </Text>
            )}
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
      )}
      {role !== null && start === "sample" && (
        <Paper withBorder p="xl" radius="md" mt="lg">
          <SampleOpener role={role} />
        </Paper>
      )}
      <div ref={next} />
    </Container>
  );
}
