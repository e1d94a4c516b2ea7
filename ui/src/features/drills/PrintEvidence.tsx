import { Button, Stack } from "@mantine/core";
import { useT } from "../../i18n/LanguageProvider";
import { usePrint } from "../../ipc/queries";
import { PrintResult } from "../print/PrintResult";

/** BCPの点検記録: the plan's versions, briefings, drills and action items on paper, for the inspector. */
export function PrintEvidence() {
  const t = useT();
  const print = usePrint();
  return (
    <Stack gap="xs" align="flex-start">
      <Button variant="light" loading={print.isPending} onClick={() => print.mutate("evidence")} data-testid="print-evidence">
        {t("drills.printEvidence")}
      </Button>
      <PrintResult outcome={print.data ?? null} error={print.error} onClose={() => print.reset()} />
    </Stack>
  );
}
