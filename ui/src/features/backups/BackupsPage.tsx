import { Alert, Button, Loader, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { ErrorNotice } from "../../components/ErrorNotice";
import { PageHeader } from "../../components/PageHeader";
import { errorText } from "../../i18n/errors";
import { useT } from "../../i18n/LanguageProvider";
import type { BackupEntry } from "../../ipc/bindings.gen";
import { useBackups, useTakeBackup } from "../../ipc/backupQueries";
import { AutoBackups } from "./AutoBackups";
import { BackupList } from "./BackupList";
import { BackupPreviewPanel } from "./BackupPreviewPanel";
import { entryWords } from "./backupText";

/** バックアップ: what the Rust side keeps, a backup on demand, and going back to one of them. */
export function BackupsPage() {
  const t = useT();
  const backups = useBackups();
  const take = useTakeBackup();
  const [selected, setSelected] = useState<string | null>(null);
  const [restored, setRestored] = useState<BackupEntry | null>(null);

  return (
    <Stack gap="lg">
      <PageHeader
        title={t("backups.title")}
        lead={t("backups.lead")}
        aside={
          <Button size="md" onClick={() => take.mutate()} loading={take.isPending} data-testid="backup-take">
            {t("backups.take")}
          </Button>
        }
      />
      {restored !== null && (
        <Alert
          color="green"
          variant="light"
          role="status"
          withCloseButton
          onClose={() => setRestored(null)}
          closeButtonLabel={t("print.close")}
          data-testid="backup-restored"
        >
          <Text fw={700}>✓ {t("backups.restored", entryWords(t, restored))}</Text>
        </Alert>
      )}
      {take.isSuccess && (
        <Alert
          color="green"
          variant="light"
          role="status"
          withCloseButton
          onClose={take.reset}
          closeButtonLabel={t("print.close")}
          data-testid="backup-taken"
        >
          {take.data === null ? t("backups.takenNone") : `✓ ${t("backups.taken", entryWords(t, take.data))}`}
        </Alert>
      )}
      {take.isError && <ErrorNotice text={errorText(t, take.error)} close={{ label: t("print.close"), onClose: take.reset }} />}
      <AutoBackups />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Stack gap="sm" component="section" aria-labelledby="backups-list-title">
          <Title order={2} size="h3" id="backups-list-title">
            {t("backups.listTitle")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("backups.listHint")}
          </Text>
          {backups.isError ? (
            <ErrorNotice text={errorText(t, backups.error)} />
          ) : backups.data === undefined ? (
            <Loader aria-label={t("app.loading")} />
          ) : (
            <BackupList backups={backups.data} selected={selected} onSelect={setSelected} />
          )}
        </Stack>
        {selected !== null && (
          <BackupPreviewPanel
            key={selected}
            fileName={selected}
            onRestored={(entry) => {
              setRestored(entry);
              window.scrollTo({ top: 0 });
            }}
          />
        )}
      </SimpleGrid>
    </Stack>
  );
}
