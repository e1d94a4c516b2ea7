import { Alert, Button, Paper, Stack, Text } from "@mantine/core";
import { ErrorNotice } from "../../components/ErrorNotice";
import { errorText } from "../../i18n/errors";
import { useT } from "../../i18n/LanguageProvider";
import { usePrintCover } from "../../ipc/queries";

export function PrintCoverPanel() {
  const t = useT();
  const print = usePrintCover();
  // null means the user closed the save dialog: nothing happened, so nothing is said.
  const outcome = print.isSuccess ? print.data : null;

  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="sm" align="flex-start">
        <Text>{t("home.printHint")}</Text>
        <Button
          onClick={() => print.mutate()}
          loading={print.isPending}
          aria-busy={print.isPending}
          size="lg"
          data-testid="print-cover"
        >
          {t("home.print")}
        </Button>
        {outcome && (
          <Alert color="green" variant="light" role="status" title={`✓ ${t("home.printed", { pages: outcome.pages })}`} w="100%" data-testid="print-result">
            <Text style={{ wordBreak: "break-all" }}>{t("home.printedPath", { path: outcome.path })}</Text>
          </Alert>
        )}
        {outcome && outcome.missingGlyphs.length > 0 && (
          <Alert color="yellow" variant="light" role="alert" w="100%" data-testid="print-missing-glyphs">
            ⚠ {t("home.missingGlyphs", { chars: outcome.missingGlyphs.join(" ") })}
          </Alert>
        )}
        {print.isError && <ErrorNotice text={errorText(t, print.error)} />}
      </Stack>
    </Paper>
  );
}
