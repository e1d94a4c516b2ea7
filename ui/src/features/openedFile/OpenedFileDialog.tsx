import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { ErrorNotice } from "../../components/ErrorNotice";
import { useT } from "../../i18n/LanguageProvider";
import { useImportExchangePath } from "../../ipc/linkQueries";
import { useOpenedFile } from "../../ipc/openedFile";
import { importErrorText } from "../links/exchangeErrors";

/** The file's own name, after the last / or \ (Windows paths reach the UI with backslashes). */
export function baseName(path: string): string {
  return path.split(/[\\/]/).filter((part) => part !== "").pop() ?? path;
}

/**
 * An exchange file double-clicked in the file manager: asks before importing it. Mounted once in the
 * app shell. A refused file changed nothing; the reason stays in the dialog until the user closes it.
 */
export function OpenedFileDialog() {
  const opened = useOpenedFile();
  // Keyed by path: a second file arriving meanwhile starts afresh, without the first one's refusal.
  return opened.path === null ? null : <ImportDialog key={opened.path} path={opened.path} onClose={opened.dismiss} />;
}

function ImportDialog({ path, onClose }: { path: string; onClose: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const importing = useImportExchangePath();

  const confirm = async () => {
    if (importing.isPending) return;
    try {
      await importing.mutateAsync(path);
    } catch {
      return; // the reason shows from importing.error
    }
    onClose();
    // The partner's plan (and, for a new sender, the fingerprint to confirm by phone) is on the 連携 screen.
    await navigate({ to: "/links" });
  };

  return (
    // Not closed halfway through an import: its outcome decides where the user goes next.
    <Modal
      opened
      onClose={importing.isPending ? () => undefined : onClose}
      title={t("openedFile.title")}
      closeButtonProps={{ "aria-label": t("print.close") }}
      size="lg"
      data-testid="opened-file-dialog"
    >
      <Stack gap="md">
        <Text>{t("openedFile.lead")}</Text>
        <Stack gap={2}>
          <Text fw={700} size="lg" style={{ wordBreak: "break-all" }} data-testid="opened-file-name">
            {baseName(path)}
          </Text>
          <Text size="sm" c="dimmed" style={{ wordBreak: "break-all" }} data-testid="opened-file-path">
            {t("openedFile.path", { path })}
          </Text>
        </Stack>
        <Text>{t("openedFile.checks")}</Text>
        <Text size="sm" c="dimmed">
          {t("openedFile.after")}
        </Text>
        {importing.isError && (
          <ErrorNotice
            title={t("exchangeImport.failed")}
            text={importErrorText(t, importing.error)}
            testId="opened-file-error"
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={importing.isPending} data-testid="opened-file-cancel">
            {t("openedFile.cancel")}
          </Button>
          <Button onClick={() => void confirm()} loading={importing.isPending} data-testid="opened-file-import">
            {t("openedFile.import")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
