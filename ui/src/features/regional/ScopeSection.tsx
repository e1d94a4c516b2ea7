import { Alert, Button, Checkbox, Group, Loader, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { ErrorNotice } from "../../components/ErrorNotice";
import { errorText, ipcErrorOf } from "../../i18n/errors";
import { useT } from "../../i18n/LanguageProvider";
import type { Translate } from "../../i18n/translate";
import type { RegionScope, RegionTree } from "../../ipc/bindings.gen";
import { useRegions } from "../../ipc/queries";
import { useRegionScope, useSaveRegionScope } from "../../ipc/regionalQueries";
import { LinkSection } from "../links/LinkSection";

type Props = {
  /** The region's municipalities as the dashboard last computed them (undefined while it loads). */
  municipalities: string[] | undefined;
};

/** 対象地域: which 在宅医療圏 the base assembles the 地域BCP for, and the municipalities that follows. */
export function ScopeSection({ municipalities }: Props) {
  const t = useT();
  const regions = useRegions();
  const scope = useRegionScope();
  const error = regions.error ?? scope.error;

  return (
    <LinkSection title={t("regional.scopeTitle")} lead={t("regional.scopeLead")} testId="region-scope">
      {error ? (
        <ErrorNotice text={errorText(t, error)} />
      ) : regions.data === undefined || scope.data === undefined ? (
        <Loader aria-label={t("app.loading")} />
      ) : (
        <ScopeForm tree={regions.data} saved={scope.data} municipalities={municipalities} />
      )}
    </LinkSection>
  );
}

/** Set apart from other failures: the Rust side refuses a region for anyone but a coordination base. */
function saveErrorText(t: Translate, error: unknown): string {
  return ipcErrorOf(error)?.kind === "invalidInput" ? t("regional.scopeInvalid") : errorText(t, error);
}

type FormProps = { tree: RegionTree; saved: RegionScope; municipalities: string[] | undefined };

function ScopeForm({ tree, saved, municipalities }: FormProps) {
  const t = useT();
  const save = useSaveRegionScope();
  const [chosen, setChosen] = useState<string[]>(saved.homeCareRegions ?? []);
  // Fresh from the save when there was one; the dashboard catches up a moment later.
  const shown = save.data ?? municipalities;
  const secondaries = tree.tertiaryRegions.flatMap((tertiary) => tertiary.secondaryRegions);

  return (
    <Stack gap="md">
      <Checkbox.Group
        label={t("regional.scopeSelect")}
        description={t("regional.scopeSelectHint")}
        value={chosen}
        onChange={(value) => {
          save.reset();
          setChosen(value);
        }}
        data-testid="region-scope-select"
      >
        <Stack gap="sm" mt="xs">
          {secondaries.map((secondary) => (
            <Stack key={secondary.name} gap={4} role="group" aria-label={t("regions.secondary", { name: secondary.name })}>
              <Text size="sm" fw={700}>
                {t("regions.secondary", { name: secondary.name })}
              </Text>
              <Group gap="md">
                {secondary.homeCareRegions.map((region) => (
                  <Checkbox key={region.name} value={region.name} label={region.name} data-testid={`region-scope-option-${region.name}`} />
                ))}
              </Group>
            </Stack>
          ))}
        </Stack>
      </Checkbox.Group>
      <Group>
        <Button
          onClick={() => save.mutate({ homeCareRegions: chosen, municipalities: saved.municipalities ?? [] })}
          loading={save.isPending}
          data-testid="region-scope-save"
        >
          {t("regional.scopeSave")}
        </Button>
      </Group>
      {save.isSuccess && (
        <Alert color="green" variant="light" role="status" data-testid="region-scope-saved">
          ✓ {t("regional.scopeSaved", { n: save.data.length })}
        </Alert>
      )}
      {save.isError && <ErrorNotice text={saveErrorText(t, save.error)} testId="region-scope-error" />}
      <Stack gap={4}>
        <Text fw={700}>{t("regional.municipalities")}</Text>
        {shown === undefined ? (
          <Loader size="sm" aria-label={t("app.loading")} />
        ) : (
          <Text data-testid="region-municipalities">
            {shown.length === 0
              ? t("regional.municipalitiesNone")
              : t("regional.municipalitiesList", { n: shown.length, names: shown.join(t("regions.municipalitySeparator")) })}
          </Text>
        )}
      </Stack>
    </Stack>
  );
}
