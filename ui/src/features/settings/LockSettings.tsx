import { Alert, Button, Card, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { useId, useState, type FormEvent } from "react";
import { ErrorNotice } from "../../components/ErrorNotice";
import { PassphraseInput } from "../../components/PassphraseInput";
import { errorText, isPassphraseRefusal } from "../../i18n/errors";
import { useT } from "../../i18n/LanguageProvider";
import { useLockStatus, useRemoveLock, useSetLockPassphrase } from "../../ipc/lockQueries";
import { passphraseProblem } from "../lock/passphraseRules";
import { SafetyLinks } from "./SafetyLinks";

type Attempt = "save" | "remove" | null;

/**
 * データの保護: the optional start-up passphrase, set, changed or removed here (changing and removing
 * need the current one), with what it does and does not protect; and the ways to the backups and the
 * audit log. The fields are checked here first, then by the Rust side.
 */
export function LockSettings() {
  const t = useT();
  const headingId = useId();
  const status = useLockStatus();
  const save = useSetLockPassphrase();
  const remove = useRemoveLock();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [confirm, setConfirm] = useState("");
  // Messages show once a button was pressed, then follow the typing.
  const [attempt, setAttempt] = useState<Attempt>(null);
  const [done, setDone] = useState<"saved" | "removed" | null>(null);

  const enabled = status.data?.enabled === true;
  const problem = passphraseProblem(next, confirm);
  const missingCurrent = enabled && current === "";
  const failed = save.isError ? save.error : remove.isError ? remove.error : null;
  const refused = failed !== null && isPassphraseRefusal(failed);

  const finish = (result: "saved" | "removed") => {
    setCurrent("");
    setNext("");
    setConfirm("");
    setAttempt(null);
    setDone(result);
  };
  const begin = (which: Attempt) => {
    setAttempt(which);
    setDone(null);
    save.reset();
    remove.reset();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    begin("save");
    if (missingCurrent || problem !== null) return;
    save.mutate({ current: enabled ? current : null, passphrase: next }, { onSuccess: () => finish("saved") });
  };
  const removeLock = () => {
    begin("remove");
    if (missingCurrent) return;
    remove.mutate(current, { onSuccess: () => finish("removed") });
  };

  // A refusal from the Rust side is the current passphrase when one is set (the new one was checked
  // here), and otherwise a new one it found too short.
  const currentError =
    attempt !== null && missingCurrent
      ? t("lockSettings.needCurrent")
      : refused && enabled
        ? t("lockSettings.wrongCurrent")
        : undefined;
  const newError = (attempt === "save" && problem === "tooShort") || (refused && !enabled) ? t("passphrase.tooShort") : undefined;
  const confirmError = attempt === "save" && problem === "mismatch" ? t("passphrase.mismatch") : undefined;

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId} maw={640} data-testid="lock-settings">
      <Stack gap="md">
        <Title order={2} size="h3" id={headingId}>
          {t("lockSettings.title")}
        </Title>
        <Text>{t("lockSettings.lead")}</Text>
        <Text fw={700}>{t("lockSettings.limit")}</Text>
        {status.isError ? (
          <ErrorNotice text={errorText(t, status.error)} />
        ) : status.data === undefined ? (
          <Loader size="sm" aria-label={t("app.loading")} />
        ) : (
          <>
            <Text fw={700} data-testid="lock-state" data-enabled={enabled}>
              {enabled ? `🔒 ${t("lockSettings.stateOn")}` : t("lockSettings.stateOff")}
            </Text>
            <form onSubmit={submit} noValidate>
              <Stack gap="sm" align="stretch" maw={420}>
                {enabled && (
                  <PassphraseInput
                    label={t("lockSettings.current")}
                    value={current}
                    onChange={setCurrent}
                    error={currentError}
                    autoComplete="current-password"
                    testId="lock-current"
                  />
                )}
                <PassphraseInput
                  label={t("lockSettings.new")}
                  value={next}
                  onChange={setNext}
                  error={newError}
                  autoComplete="new-password"
                  testId="lock-new"
                />
                <PassphraseInput
                  label={t("lockSettings.confirm")}
                  value={confirm}
                  onChange={setConfirm}
                  error={confirmError}
                  autoComplete="new-password"
                  testId="lock-confirm"
                />
                <Text size="sm" c="dimmed">
                  {t("lockSettings.forget")}
                </Text>
                <Group gap="sm">
                  <Button type="submit" loading={save.isPending} disabled={remove.isPending} data-testid="lock-save">
                    {enabled ? t("lockSettings.change") : t("lockSettings.set")}
                  </Button>
                  {enabled && (
                    <Button
                      variant="default"
                      color="red.9"
                      onClick={removeLock}
                      loading={remove.isPending}
                      disabled={save.isPending}
                      aria-describedby={`${headingId}-remove-hint`}
                      data-testid="lock-remove"
                    >
                      {t("lockSettings.remove")}
                    </Button>
                  )}
                </Group>
                {enabled && (
                  <Text size="sm" c="dimmed" id={`${headingId}-remove-hint`}>
                    {t("lockSettings.removeHint")}
                  </Text>
                )}
              </Stack>
            </form>
            {done !== null && (
              <Alert color="green" variant="light" role="status" data-testid="lock-done">
                ✓ {t(done === "saved" ? "lockSettings.saved" : "lockSettings.removed")}
              </Alert>
            )}
            {failed !== null && !refused && <ErrorNotice text={errorText(t, failed)} />}
          </>
        )}
        <SafetyLinks />
      </Stack>
    </Card>
  );
}
