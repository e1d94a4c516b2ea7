import { Alert, Card, Loader, Stack, Text, Title } from "@mantine/core";
import { useId } from "react";
import { ErrorNotice } from "../../components/ErrorNotice";
import { errorText, ipcErrorOf } from "../../i18n/errors";
import type { MessageKey } from "../../i18n/ja";
import { useT } from "../../i18n/LanguageProvider";
import type { BackupEntry, BackupPreview } from "../../ipc/bindings.gen";
import { useBackupPreview } from "../../ipc/backupQueries";
import { useAppInfo } from "../../ipc/queries";
import { BackupFacts } from "./BackupFacts";
import { entryWords, unusableKind, type Unusable } from "./backupText";
import { RestoreBackup } from "./RestoreBackup";

const unusableText: Record<Unusable, MessageKey> = {
  damaged: "backups.unusableDamaged",
  newer: "backups.unusableNewer",
  other: "backups.unusableOther",
};

type Props = { fileName: string; onRestored: (entry: BackupEntry) => void };

/** The chosen backup: what it holds, and either the way back to it or why there is none. */
export function BackupPreviewPanel({ fileName, onRestored }: Props) {
  const t = useT();
  const headingId = useId();
  const preview = useBackupPreview(fileName);

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId} data-testid="backup-preview">
      {preview.isError ? (
        <ErrorNotice text={ipcErrorOf(preview.error)?.kind === "notFound" ? t("backups.missing") : errorText(t, preview.error)} />
      ) : preview.data === undefined ? (
        <Loader aria-label={t("app.loading")} />
      ) : (
        <Stack gap="md">
          <Title order={2} size="h3" id={headingId}>
            {t("backups.previewTitle", entryWords(t, preview.data.entry))}
          </Title>
          <Text size="sm" c="dimmed">
            {t("backups.previewHint")}
          </Text>
          <BackupFacts preview={preview.data} />
          <Restorable preview={preview.data} onRestored={onRestored} />
        </Stack>
      )}
    </Card>
  );
}

function Restorable({ preview, onRestored }: { preview: BackupPreview; onRestored: (entry: BackupEntry) => void }) {
  const t = useT();
  const appSchema = useAppInfo().data?.schemaVersion;
  const unusable = unusableKind(preview, appSchema);
  if (unusable === null) return <RestoreBackup entry={preview.entry} onRestored={onRestored} />;
  return (
    <Alert color="red" variant="light" title={`⚠ ${t("backups.unusableTitle")}`} data-testid="backup-unusable" data-kind={unusable}>
      <Stack gap={4}>
        <Text>{t(unusableText[unusable])}</Text>
        <Text size="sm" style={{ wordBreak: "break-word" }}>
          {t("backups.unusableDetail", { reason: preview.unusable ?? "" })}
        </Text>
      </Stack>
    </Alert>
  );
}
