import { Button, Group, Paper, Stack, Text } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { PassphraseInput } from "../../../components/PassphraseInput";
import { useT } from "../../../i18n/LanguageProvider";
import type { SealedFile } from "./useImportSession";

type Props = { sealed: SealedFile; onOpen: (passphrase: string) => void; pending: boolean };

/** A register exported by this app is encrypted: its passphrase, given by the sender, opens it here. */
export function ImportPassphrase({ sealed, onOpen, pending }: Props) {
  const t = useT();
  const [passphrase, setPassphrase] = useState("");
  // Each refusal is a new answer: it empties the field, so the next try starts clean.
  const [answered, setAnswered] = useState(sealed);
  if (sealed !== answered) {
    setAnswered(sealed);
    if (sealed.wrong) setPassphrase("");
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (passphrase === "" || pending) return;
    onOpen(passphrase);
  };

  return (
    <Paper withBorder p="md" radius="md" w="100%" data-testid="import-sealed">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" maw="30rem">
          <Text fw={700}>🔒 {t("import.encrypted")}</Text>
          <PassphraseInput
            label={t("import.passphrase")}
            value={passphrase}
            onChange={setPassphrase}
            error={sealed.wrong ? `⚠ ${t("import.passphraseWrong")}` : undefined}
            errorTestId="import-passphrase-wrong"
            autoFocus
            autoComplete="current-password"
            testId="import-passphrase"
          />
          <Group>
            <Button type="submit" loading={pending} disabled={passphrase === ""} data-testid="import-passphrase-submit">
              {t("import.passphraseOpen")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
