import { Anchor, Button, Stack, Title } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { ErrorNotice } from "../../components/ErrorNotice";
import { PageHeader } from "../../components/PageHeader";
import { errorText } from "../../i18n/errors";
import { useT } from "../../i18n/LanguageProvider";
import type { Contrast, Language, TextScale } from "../../ipc/bindings.gen";
import {
  useSetContrast,
  useSetLanguage,
  useSetPrintLanguage,
  useSetTextScale,
  useSettings,
} from "../../ipc/queries";
import { requestTour } from "../../layout/tourRequest";
import { ChoiceControl } from "./ChoiceControl";
import { LockSettings } from "./LockSettings";

// Each language is named in itself, so a user stuck in the wrong one can still find theirs.
const languageChoices = (prefix: string) =>
  [
    // literal-ok: a language's own name is the same in every UI language
    { value: "ja" as Language, label: "日本語", testId: `${prefix}-ja`, lang: "ja" },
    // literal-ok: a language's own name is the same in every UI language
    { value: "en" as Language, label: "English", testId: `${prefix}-en`, lang: "en" },
  ];

const textScales: TextScale[] = ["100", "112", "125", "137", "150"];

export function SettingsPage() {
  const t = useT();
  const settings = useSettings().data;
  const setLanguage = useSetLanguage();
  const setPrintLanguage = useSetPrintLanguage();
  const setContrast = useSetContrast();
  const setTextScale = useSetTextScale();
  const failed = [setLanguage, setPrintLanguage, setContrast, setTextScale].find((m) => m.isError);
  if (!settings) return null;
  // While a change is on its way, the control shows the new value (the answer replaces the settings).
  const pending = <V,>(m: { isPending: boolean; variables: V | undefined }, current: V): V =>
    m.isPending && m.variables !== undefined ? m.variables : current;

  return (
    <>
      <PageHeader title={t("settings.title")} />
      <Stack gap="xl" maw={560}>
        <ChoiceControl
          label={t("settings.language")}
          hint={t("settings.languageHint")}
          value={pending(setLanguage, settings.language)}
          choices={languageChoices("language")}
          onChange={(language) => setLanguage.mutate(language)}
        />
        <ChoiceControl
          label={t("settings.printLanguage")}
          hint={t("settings.printLanguageHint")}
          value={pending(setPrintLanguage, settings.printLanguage)}
          choices={languageChoices("print-language")}
          onChange={(language) => setPrintLanguage.mutate(language)}
        />
        <section aria-labelledby="display-title">
          <Title order={2} size="h3" id="display-title" mb="sm">
            {t("settings.display")}
          </Title>
          <Stack gap="lg">
            <ChoiceControl<Contrast>
              label={t("settings.contrast")}
              hint={t("settings.contrastHint")}
              value={pending(setContrast, settings.contrast)}
              choices={[
                { value: "standard", label: t("settings.contrast.standard"), testId: "contrast-standard" },
                { value: "high", label: t("settings.contrast.high"), testId: "contrast-high" },
              ]}
              onChange={(contrast) => setContrast.mutate(contrast)}
            />
            <ChoiceControl<TextScale>
              label={t("settings.textScale")}
              hint={t("settings.textScaleHint")}
              value={pending(setTextScale, settings.textScale)}
              choices={textScales.map((scale) => ({
                value: scale,
                label: t("settings.textScale.percent", { percent: scale }),
                testId: `text-scale-${scale}`,
              }))}
              onChange={(scale) => setTextScale.mutate(scale)}
            />
          </Stack>
        </section>
        <section aria-labelledby="help-title">
          <Title order={2} size="h3" id="help-title" mb="sm">
            {t("settings.help")}
          </Title>
          <Stack gap="sm" align="flex-start">
            <Button variant="default" onClick={requestTour} data-testid="settings-tour">
              {t("settings.tourAgain")}
            </Button>
            <Anchor component={Link} to="/about" data-testid="settings-about">
              {t("settings.about")}
            </Anchor>
          </Stack>
        </section>
        {failed && <ErrorNotice text={errorText(t, failed.error)} />}
      </Stack>
      <Stack mt="xl">
        <LockSettings />
      </Stack>
    </>
  );
}
