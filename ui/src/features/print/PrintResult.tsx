import { Alert, Stack, Text } from "@mantine/core";
import { ErrorNotice } from "../../components/ErrorNotice";
import { errorText } from "../../i18n/errors";
import { useT } from "../../i18n/LanguageProvider";
import type { PrintOutcome } from "../../ipc/bindings.gen";

type Props = {
  /** The last print's outcome; null when nothing was printed or the user closed the save dialog (nothing is said then). */
  outcome: PrintOutcome | null;
  /** The last print's failure, if any. */
  error: unknown;
  /** Offers a close button: where the result sits in a busy bar, the user clears it away. */
  onClose?: () => void;
};

/** Where the PDF went and how many pages, a warning for characters the font lacks, or why it failed. */
export function PrintResult({ outcome, error, onClose }: Props) {
  const t = useT();
  if (!outcome && !error) return null;
  const close = onClose ? { withCloseButton: true, onClose, closeButtonLabel: t("print.close") } : {};

  return (
    <Stack gap="xs" w="100%">
      {outcome && (
        <Alert
          color="green"
          variant="light"
          role="status"
          title={`✓ ${t("print.printed", { pages: outcome.pages })}`}
          data-testid="print-result"
          {...close}
        >
          <Text style={{ wordBreak: "break-all" }}>{t("print.printedPath", { path: outcome.path })}</Text>
        </Alert>
      )}
      {outcome && outcome.missingGlyphs.length > 0 && (
        <Alert color="yellow" variant="light" role="alert" data-testid="print-missing-glyphs">
          ⚠ {t("print.missingGlyphs", { chars: outcome.missingGlyphs.join(" ") })}
        </Alert>
      )}
      {error != null && (
        <ErrorNotice text={errorText(t, error)} close={onClose && { label: t("print.close"), onClose }} />
      )}
    </Stack>
  );
}
