import { Button, Group, Stack, Text } from "@mantine/core";
import { ErrorNotice } from "../../../components/ErrorNotice";
import { useT } from "../../../i18n/LanguageProvider";
import type { ImportPreview } from "../../../ipc/bindings.gen";

type Props = {
  preview: ImportPreview;
  onCommit: () => void;
  pending: boolean;
  /** A reading is on its way; the rows shown may be about to change. */
  reading: boolean;
  /** Why the last import failed, if it did. */
  error: string | null;
};

/**
 * The counts and the one button. The Rust side adds every new row or none, so a single bad row blocks
 * the whole file: the button stays off and says why, rather than importing the good rows. While the
 * mapping cannot be used there are no rows yet, so no counts either (three zeros would read as an empty file).
 */
export function ImportCommit({ preview, onCommit, pending, reading, error }: Props) {
  const t = useT();
  const unmapped = preview.mappingProblem !== null;
  const blocked = preview.rejectedCount > 0;
  const nothingNew = preview.newCount === 0;
  const why = unmapped
    ? t("import.mappingFirst")
    : blocked
      ? t("import.blocked")
      : nothingNew
        ? t("import.nothingNew")
        : t("import.commitHint");

  return (
    <Stack gap="xs" align="flex-start">
      {!unmapped && (
        <Text fw={700} size="lg" role="status" data-testid="import-counts">
          {t("import.counts", { new: preview.newCount, registered: preview.registeredCount, rejected: preview.rejectedCount })}
        </Text>
      )}
      <Group gap="sm" align="center">
        <Button
          size="lg"
          onClick={onCommit}
          loading={pending}
          disabled={unmapped || blocked || nothingNew || reading}
          aria-describedby="import-commit-why"
          data-testid="import-commit"
        >
          {unmapped ? t("import.commitUnmapped") : t("import.commit", { n: preview.newCount })}
        </Button>
      </Group>
      <Text id="import-commit-why" c={blocked ? "red.9" : "dimmed"} fw={blocked ? 700 : undefined} maw="48rem" data-testid="import-commit-why">
        {blocked ? `⚠ ${why}` : why}
      </Text>
      {error !== null && <ErrorNotice text={error} />}
    </Stack>
  );
}
