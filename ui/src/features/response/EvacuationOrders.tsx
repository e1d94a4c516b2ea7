import { Badge, Button, Group, MultiSelect, Paper, Stack, Text, Title, type ComboboxStringGroupData } from "@mantine/core";
import { useState } from "react";
import { ErrorNotice } from "../../components/ErrorNotice";
import { errorText, ipcErrorOf } from "../../i18n/errors";
import { useT } from "../../i18n/LanguageProvider";
import type { Translate } from "../../i18n/translate";
import { useSetEvacuationOrders } from "../../ipc/patientQueries";
import { useRegions } from "../../ipc/queries";
import { municipalityOptions } from "../organization/MunicipalitySelect";

type Props = {
  /** As the last listing says (outage.evacuationOrders); another window or the CLI may change it too. */
  recorded: string[];
};

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((m) => b.includes(m));

function failureText(t: Translate, error: unknown): string {
  const ipc = ipcErrorOf(error);
  if (ipc?.kind === "notFound") return t("evacuation.noOutage");
  if (ipc?.kind === "invalidInput" && ipc.field === "municipality") return t("evacuation.unknownMunicipality");
  return errorText(t, error);
}

/**
 * 避難指示の発令地域: the Rust side's P0/P1 hazard rules need it and nothing else supplies it. The whole
 * list is recorded at once, so lifting an order is removing it and recording again.
 */
export function EvacuationOrders({ recorded }: Props) {
  const t = useT();
  const regions = useRegions();
  const save = useSetEvacuationOrders();
  // null until the user changes the choice: until then it follows what is recorded.
  const [draft, setDraft] = useState<string[] | null>(null);
  // Folded to one line, so the countdown list is on the first screen even at 150 % text.
  const [open, setOpen] = useState(false);
  const chosen = draft ?? recorded;
  const changed = !sameSet(chosen, recorded);

  let data: ComboboxStringGroupData = chosen;
  if (regions.data) data = municipalityOptions(regions.data);

  const record = () =>
    save.mutate(chosen, {
      // The listing asked again by the hook now says what is recorded; the choice follows it again.
      onSuccess: () => setDraft(null),
    });

  return (
    <Paper withBorder p="md" radius="md" data-testid="evacuation">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Title order={2} size="h4">
            {t("evacuation.title")}
          </Title>
          <Button
            variant="default"
            size="lg"
            aria-expanded={open}
            aria-controls="evacuation-editor"
            onClick={() => setOpen(!open)}
            data-testid="evacuation-edit"
          >
            {open ? t("evacuation.close") : t("evacuation.open")}
          </Button>
        </Group>
        <Group gap="xs" data-testid="evacuation-orders-current">
          {recorded.length === 0 ? (
            <Text>{t("evacuation.none")}</Text>
          ) : (
            <>
              <Text fw={700}>{t("evacuation.current")}</Text>
              {recorded.map((m) => (
                <Badge key={m} color="red.9" size="lg" variant="filled">
                  {m}
                </Badge>
              ))}
            </>
          )}
        </Group>
        {open && (
          <Stack gap="sm" id="evacuation-editor">
            <Text>{t("evacuation.hint")}</Text>
            <Group gap="sm" align="flex-end" wrap="wrap">
              <MultiSelect
                label={t("evacuation.label")}
                description={t("evacuation.liftHint")}
                data={data}
                value={chosen}
                onChange={(value) => {
                  save.reset();
                  setDraft(value);
                }}
                searchable
                clearable
                size="lg"
                miw="min(20rem, 100%)"
                style={{ flex: 1 }}
                error={regions.isError ? errorText(t, regions.error) : undefined}
                data-testid="evacuation-orders"
              />
              <Button size="lg" onClick={record} loading={save.isPending} disabled={!changed} data-testid="evacuation-orders-save">
                {t("evacuation.save")}
              </Button>
            </Group>
          </Stack>
        )}
        {save.isSuccess && (
          <Text c="green.9" role="status" data-testid="evacuation-orders-saved">
            ✓ {t("evacuation.saved")}
          </Text>
        )}
        {save.isError && <ErrorNotice text={failureText(t, save.error)} />}
      </Stack>
    </Paper>
  );
}
