import { Button, Group, Stack } from "@mantine/core";
import { useT } from "../../i18n/LanguageProvider";
import { usePrint } from "../../ipc/queries";
import { PrintResult } from "../print/PrintResult";

/**
 * Paper for when the screens go dark: the priority roster (with the battery-hours workings) and the
 * safety-check sheet, both as of now. Printing names is audited on the Rust side.
 */
export function PatientPaper() {
  const t = useT();
  const print = usePrint();
  return (
    <Stack gap="xs" align="flex-end">
      <Group gap="sm">
        <Button
          variant="light"
          onClick={() => print.mutate("roster")}
          loading={print.isPending && print.variables === "roster"}
          disabled={print.isPending}
          data-testid="print-roster"
        >
          {t("patients.printRoster")}
        </Button>
        <Button
          variant="light"
          onClick={() => print.mutate("checkSheet")}
          loading={print.isPending && print.variables === "checkSheet"}
          disabled={print.isPending}
          data-testid="print-check-sheet"
        >
          {t("patients.printCheckSheet")}
        </Button>
      </Group>
      <PrintResult outcome={print.isSuccess ? print.data : null} error={print.isError ? print.error : null} onClose={print.reset} />
    </Stack>
  );
}
