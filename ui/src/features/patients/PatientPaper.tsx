import { Button, Group, NativeSelect, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useT } from "../../i18n/LanguageProvider";
import type { ConsentScope } from "../../ipc/bindings.gen";
import { usePrint, usePrintRoster } from "../../ipc/queries";
import { PrintResult } from "../print/PrintResult";
import { consentScopes, oneOf } from "./choices";

// The select's value for the organisation's own roster (the command's null): every name.
const internal = "internal";

/**
 * Paper for when the screens go dark: the priority roster (with the battery-hours workings) and the
 * safety-check sheet, both as of now. The roster can be made for someone outside, who then gets names
 * only where the patient consented to that recipient. Printing names is audited on the Rust side.
 */
export function PatientPaper() {
  const t = useT();
  const roster = usePrintRoster();
  const sheet = usePrint();
  const [recipient, setRecipient] = useState<ConsentScope | null>(null);
  const busy = roster.isPending || sheet.isPending;

  return (
    <Stack gap="xs" align="flex-end">
      <Group gap="sm" align="flex-end">
        <NativeSelect
          label={t("roster.recipient")}
          data={[
            { value: internal, label: t("roster.internal") },
            ...consentScopes.map((s) => ({ value: s, label: t(`consentScope.${s}`) })),
          ]}
          value={recipient ?? internal}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setRecipient(oneOf(consentScopes, value) ? value : null);
          }}
          data-testid="roster-recipient"
        />
        <Button
          variant="light"
          onClick={() => {
            // One result line under the buttons: the last paper printed.
            sheet.reset();
            roster.mutate(recipient);
          }}
          loading={roster.isPending}
          disabled={busy}
          data-testid="print-roster"
        >
          {t("patients.printRoster")}
        </Button>
        <Button
          variant="light"
          onClick={() => {
            roster.reset();
            sheet.mutate("checkSheet");
          }}
          loading={sheet.isPending}
          disabled={busy}
          data-testid="print-check-sheet"
        >
          {t("patients.printCheckSheet")}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" maw="40rem" ta="right">
        {t("roster.recipientHint")}
      </Text>
      <PrintResult outcome={roster.isSuccess ? roster.data : null} error={roster.isError ? roster.error : null} onClose={roster.reset} />
      <PrintResult outcome={sheet.isSuccess ? sheet.data : null} error={sheet.isError ? sheet.error : null} onClose={sheet.reset} />
    </Stack>
  );
}
