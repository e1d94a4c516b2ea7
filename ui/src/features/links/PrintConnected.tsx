import { Button, Stack } from "@mantine/core";
import { useT } from "../../i18n/LanguageProvider";
import { usePrint } from "../../ipc/queries";
import { PrintResult } from "../print/PrintResult";

/** The connected BCP on paper: what a coordinator brings to the partners' meeting and the drill. */
export function PrintConnected() {
  const t = useT();
  const print = usePrint();
  return (
    <Stack gap="xs" align="flex-start">
      <Button variant="light" loading={print.isPending} onClick={() => print.mutate("connected")} data-testid="print-connected">
        {t("links.printConnected")}
      </Button>
      <PrintResult outcome={print.data ?? null} error={print.error} onClose={() => print.reset()} />
    </Stack>
  );
}
