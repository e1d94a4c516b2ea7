import { Button, Center, Paper, Stack, Text, Title } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { ErrorNotice } from "../../components/ErrorNotice";
import { PassphraseInput } from "../../components/PassphraseInput";
import { errorText } from "../../i18n/errors";
import { useT } from "../../i18n/LanguageProvider";
import { useUnlock } from "../../ipc/lockQueries";

/**
 * The whole window while the start-up passphrase is still to be entered. It speaks the chosen
 * language: the settings (only the language) are readable while locked.
 */
export function LockScreen() {
  const t = useT();
  const unlock = useUnlock();
  const [passphrase, setPassphrase] = useState("");
  const [wrong, setWrong] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (passphrase === "" || unlock.isPending) return;
    setWrong(false);
    unlock.mutate(passphrase, {
      onSuccess: (opened) => {
        if (opened) return; // the app takes the window over
        setWrong(true);
        setPassphrase("");
      },
    });
  };

  return (
    <Center component="main" mih="100vh" p="lg">
      <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={460}>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Title order={1} size="h2">
              {t("lock.title")}
            </Title>
            <Text>{t("lock.lead")}</Text>
            <PassphraseInput
              label={t("lock.passphrase")}
              value={passphrase}
              onChange={setPassphrase}
              error={wrong ? `⚠ ${t("lock.wrong")}` : undefined}
              errorTestId="lock-error"
              autoFocus
              autoComplete="current-password"
              testId="lock-passphrase"
            />
            {unlock.isError && <ErrorNotice text={errorText(t, unlock.error)} />}
            <Button type="submit" size="md" loading={unlock.isPending} disabled={passphrase === ""} data-testid="lock-open">
              {t("lock.open")}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
