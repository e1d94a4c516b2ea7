import { Alert, Button, Group, NativeSelect, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { ErrorNotice } from "../../components/ErrorNotice";
import { useT } from "../../i18n/LanguageProvider";
import type { Partner } from "../../ipc/bindings.gen";
import { useExportExchange } from "../../ipc/linkQueries";
import { exportErrorText } from "./exchangeErrors";

/**
 * 書き出し: our plan file for anyone (patient counts only), or encrypted to one partner (names of the
 * patients whose consent covers it). Only partners with a confirmed fingerprint can be chosen: the
 * file is encrypted to the key that fingerprint names.
 */
export function ExchangeExport({ partners }: { partners: Partner[] }) {
  const t = useT();
  const exporting = useExportExchange();
  const recipients = partners.filter((p): p is Partner & { fingerprint: string } => Boolean(p.fingerprint));
  const [chosen, setChosen] = useState("");
  // The first recipient until one is chosen, and again if the chosen one lost its fingerprint.
  const to = recipients.some((p) => p.fingerprint === chosen) ? chosen : (recipients[0]?.fingerprint ?? "");
  const path = exporting.isSuccess ? exporting.data : null;
  // Named by the partner it went to; the fingerprint stands in if the entry changed since.
  const sentFor = exporting.variables;
  const sentTo = sentFor ? (recipients.find((p) => p.fingerprint === sentFor)?.name ?? sentFor) : null;

  return (
    <Stack gap="md" align="flex-start">
      <Button
        variant="default"
        onClick={() => exporting.mutate(null)}
        loading={exporting.isPending && exporting.variables === null}
        disabled={exporting.isPending}
        data-testid="exchange-export-public"
      >
        {t("exchangeExport.public")}
      </Button>
      {recipients.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="exchange-export-no-recipients">
          {t("exchangeExport.noRecipients")}
        </Text>
      ) : (
        <Group align="flex-end" gap="sm">
          <NativeSelect
            label={t("exchangeExport.recipient")}
            data={recipients.map((p) => ({ value: p.fingerprint, label: p.name }))}
            value={to}
            onChange={(e) => setChosen(e.currentTarget.value)}
            data-testid="exchange-export-partner"
          />
          <Button
            onClick={() => exporting.mutate(to)}
            loading={exporting.isPending && exporting.variables !== null}
            disabled={exporting.isPending || to === ""}
            data-testid="exchange-export-to"
          >
            {t("exchangeExport.toPartner")}
          </Button>
        </Group>
      )}
      {path !== null && (
        <Alert
          color="green"
          variant="light"
          role="status"
          withCloseButton
          onClose={exporting.reset}
          closeButtonLabel={t("print.close")}
          w="100%"
          data-testid="exchange-export-result"
        >
          <Text style={{ wordBreak: "break-all" }}>✓ {t("exchangeExport.written", { path })}</Text>
          <Text size="sm" mt={4}>
            {sentTo === null ? t("exchangeExport.writtenPublic") : t("exchangeExport.writtenTo", { name: sentTo })}
          </Text>
        </Alert>
      )}
      {exporting.isError && (
        <ErrorNotice
          text={exportErrorText(t, exporting.error)}
          close={{ label: t("print.close"), onClose: exporting.reset }}
          testId="exchange-export-error"
        />
      )}
    </Stack>
  );
}
