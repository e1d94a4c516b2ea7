import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { ErrorNotice } from "../../components/ErrorNotice";
import { errorText, ipcErrorOf } from "../../i18n/errors";
import { useT } from "../../i18n/LanguageProvider";
import type { BackupEntry } from "../../ipc/bindings.gen";
import { useRestoreBackup } from "../../ipc/backupQueries";
import { entryWords } from "./backupText";

type Props = { entry: BackupEntry; onRestored: (entry: BackupEntry) => void };

/** このバックアップに戻す, asked first: the whole data is replaced, after being backed up itself. */
export function RestoreBackup({ entry, onRestored }: Props) {
  const t = useT();
  const restore = useRestoreBackup();
  const [opened, setOpened] = useState(false);
  const words = entryWords(t, entry);
  const failure = restore.isError ? ipcErrorOf(restore.error)?.kind : undefined;

  const close = () => {
    setOpened(false);
    restore.reset();
  };
  const confirm = () =>
    restore.mutate(entry.fileName, {
      onSuccess: (preview) => {
        setOpened(false);
        onRestored(preview.entry);
      },
    });

  return (
    <>
      <Button color="orange.9" onClick={() => setOpened(true)} data-testid="backup-restore">
        {t("backups.restore")}
      </Button>
      <Modal opened={opened} onClose={close} title={t("backups.restoreTitle")} size="md">
        <Stack gap="sm" data-testid="backup-restore-dialog">
          <Text fw={700}>{t("backups.restoreBody", words)}</Text>
          <Text>{t("backups.restoreSafety")}</Text>
          {restore.isError && (
            <ErrorNotice
              text={
                failure === "fileRejected"
                  ? t("backups.restoreRejected")
                  : failure === "notFound"
                    ? t("backups.missing")
                    : errorText(t, restore.error)
              }
            />
          )}
          <Group justify="flex-end" mt="md">
            <Button variant="default" onClick={close} data-testid="backup-restore-cancel">
              {t("backups.restoreCancel")}
            </Button>
            <Button color="orange.9" onClick={confirm} loading={restore.isPending} data-testid="backup-restore-confirm">
              {t("backups.restoreConfirm")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
