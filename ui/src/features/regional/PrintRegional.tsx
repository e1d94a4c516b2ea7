import { Button, Stack } from "@mantine/core";
import { useT } from "../../i18n/LanguageProvider";
import { usePrintRegional } from "../../ipc/regionalQueries";
import { LinkSection } from "../links/LinkSection";
import { PrintResult } from "../print/PrintResult";

/** The 地域BCP on paper, from the members' files: what the base brings to the regional meeting. */
export function PrintRegional() {
  const t = useT();
  const print = usePrintRegional();
  return (
    <LinkSection title={t("regional.printTitle")} lead={t("regional.printLead")} testId="region-print">
      <Stack gap="xs" align="flex-start">
        <Button loading={print.isPending} onClick={() => print.mutate()} data-testid="print-regional">
          {t("regional.print")}
        </Button>
        <PrintResult outcome={print.data ?? null} error={print.error} onClose={() => print.reset()} />
      </Stack>
    </LinkSection>
  );
}
