import { Alert, Button, Group, List, Loader, Paper, Stack, Text } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { ErrorNotice } from "../../../components/ErrorNotice";
import { PageHeader } from "../../../components/PageHeader";
import { isPassphraseRefusal } from "../../../i18n/errors";
import type { MessageKey } from "../../../i18n/ja";
import { useT } from "../../../i18n/LanguageProvider";
import type { TableColumn } from "../../../ipc/bindings.gen";
import { ImportCommit } from "./ImportCommit";
import { commitErrorText, fileErrorText, mappingProblemText } from "./importErrors";
import { ImportPassphrase } from "./ImportPassphrase";
import { ImportRows } from "./ImportRows";
import { MappingTable } from "./MappingTable";
import { useImportSession } from "./useImportSession";

// The value a column takes when the file has none (decisions.md 28): the preview names it.
const defaults: Partial<Record<TableColumn, MessageKey>> = { living: "living.withFamily", floodDepth: "flood.none" };

/** /patients/import: a spreadsheet into the register, previewed row by row before anything changes. */
export function ImportPage() {
  const t = useT();
  const session = useImportSession();
  const { choose, reading, commit, file, sealed } = session;
  const preview = file?.preview ?? null;
  // Told by the Rust side with the preview; the rows come once the mapping is fixed on screen.
  const problem = preview?.mappingProblem ?? null;
  // A passphrase refusal is answered by the passphrase form, not by an error sentence.
  const fileError = reading.isError && !isPassphraseRefusal(reading.error) ? fileErrorText(t, reading.error) : null;
  const done = commit.isSuccess ? commit.data : null;

  return (
    <Stack gap="lg">
      <PageHeader
        title={t("import.title")}
        lead={t("import.lead")}
        aside={
          <Button component={Link} to="/patients" variant="default">
            {t("import.back")}
          </Button>
        }
      />
      <Paper withBorder p="lg" radius="md">
        <Stack gap="sm" align="flex-start">
          <Group gap="sm">
            <Button
              size="lg"
              onClick={session.chooseFile}
              loading={choose.isPending}
              disabled={reading.isPending || commit.isPending}
              data-testid="import-choose"
            >
              {t("import.choose")}
            </Button>
            {file !== null && done === null && (
              <Button variant="default" onClick={session.reload} disabled={reading.isPending || commit.isPending} data-testid="import-reload">
                {t("import.reload")}
              </Button>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {file !== null && done === null ? t("import.reloadHint") : t("import.chooseHint")}
          </Text>
          {file !== null && (
            <Stack gap={2} data-testid="import-file">
              <Text style={{ wordBreak: "break-all" }}>{t("import.file", { path: file.path })}</Text>
              <Text data-testid="import-format">{t("import.format", { format: t(`tableFormat.${file.format}`) })}</Text>
            </Stack>
          )}
          {sealed !== null && (
            <>
              <Text style={{ wordBreak: "break-all" }} data-testid="import-sealed-file">
                {t("import.file", { path: sealed.path })}
              </Text>
              <ImportPassphrase sealed={sealed} onOpen={session.open} pending={reading.isPending} />
            </>
          )}
          {reading.isPending && (
            <Group gap="xs" role="status">
              <Loader size="sm" />
              <Text>{t("import.reading")}</Text>
            </Group>
          )}
          {choose.isError && <ErrorNotice text={fileErrorText(t, choose.error)} />}
          {fileError !== null && <ErrorNotice text={fileError} />}
        </Stack>
      </Paper>

      {done !== null && (
        <Alert color="green" variant="light" role="status" data-testid="import-done">
          <Stack gap="sm" align="flex-start">
            <Text fw={700}>✓ {t("import.done", { n: done.added.length, m: done.alreadyRegistered })}</Text>
            <Button component={Link} to="/patients" data-testid="import-to-list">
              {t("import.toList")}
            </Button>
          </Stack>
        </Alert>
      )}

      {file !== null && done === null && (
        <>
          {file.mappingSource === "guessedAgain" && (
            <Alert color="yellow" variant="light" role="status" data-testid="import-columns-changed">
              {t("import.columnsChanged")}
            </Alert>
          )}
          {/* What will happen comes first: the counts, the button and the rows with their reasons; the
              column mapping, usually right as guessed, follows (with no rows while it cannot be used). */}
          {preview !== null && (
            <ImportCommit
              preview={preview}
              onCommit={session.importAll}
              pending={commit.isPending}
              reading={reading.isPending}
              error={commit.isError ? commitErrorText(t, commit.error) : null}
            />
          )}
          {preview !== null && problem === null && <ImportRows rows={preview.rows} />}
          <MappingTable
            headers={file.headers}
            columns={file.columns}
            mapping={file.mapping}
            onChange={session.remap}
            problem={problem === null ? null : { error: problem, text: mappingProblemText(t, problem, file.mappingSource) }}
            disabled={commit.isPending}
          />
          {preview !== null && problem === null && preview.defaultsApplied.length > 0 && (
            <List size="sm" spacing={2} data-testid="import-defaults">
              {preview.defaultsApplied.map((column) => {
                const value = defaults[column];
                const name = t(`tableColumn.${column}`);
                return (
                  <List.Item key={column}>
                    {value === undefined
                      ? t("import.defaultGeneric", { column: name })
                      : t("import.default", { column: name, value: t(value) })}
                  </List.Item>
                );
              })}
            </List>
          )}
        </>
      )}
    </Stack>
  );
}
