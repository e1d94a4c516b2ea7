import { Anchor, SegmentedControl, Stack, Text } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { ErrorNotice } from "../../components/ErrorNotice";
import { PageHeader } from "../../components/PageHeader";
import { errorText } from "../../i18n/errors";
import { useLanguage, useT } from "../../i18n/LanguageProvider";
import type { Language } from "../../ipc/bindings.gen";
import { useSetLanguage } from "../../ipc/queries";
import { LockSettings } from "./LockSettings";

// Each language is named in itself, so a user stuck in the wrong one can still find theirs.
const languages: { value: Language; label: string }[] = [
  { value: "ja", label: "日本語" },
  { value: "en", label: "English" },
];

export function SettingsPage() {
  const t = useT();
  const language = useLanguage();
  const setLanguage = useSetLanguage();
  const shown = setLanguage.isPending ? setLanguage.variables : language;

  return (
    <>
      <PageHeader title={t("settings.title")} />
      <Stack gap="xs" maw={420}>
        <Text id="language-label" fw={700}>
          {t("settings.language")}
        </Text>
        <SegmentedControl
          role="radiogroup"
          aria-labelledby="language-label"
          value={shown}
          onChange={(value) => {
            if (value === "ja" || value === "en") setLanguage.mutate(value);
          }}
          data={languages.map(({ value, label }) => ({
            value,
            label: (
              <span data-testid={`language-${value}`} lang={value}>
                {label}
              </span>
            ),
          }))}
          fullWidth
        />
        <Text size="sm" c="dimmed">
          {t("settings.languageHint")}
        </Text>
        {setLanguage.isError && <ErrorNotice text={errorText(t, setLanguage.error)} />}
        <Anchor component={Link} to="/about" mt="lg" data-testid="settings-about">
          {t("settings.about")}
        </Anchor>
      </Stack>
      <Stack mt="xl">
        <LockSettings />
      </Stack>
    </>
  );
}
