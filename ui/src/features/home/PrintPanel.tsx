import { Button, Group, Paper, Stack, Text } from "@mantine/core";
import type { MessageKey } from "../../i18n/ja";
import { useT } from "../../i18n/LanguageProvider";
import { type PrintDocument, usePlan, usePrint } from "../../ipc/queries";
import { PrintResult } from "../print/PrintResult";

const documents: { document: PrintDocument; label: MessageKey; testId: string; needsPlan: boolean }[] = [
  { document: "plan", label: "home.printPlan", testId: "print-plan", needsPlan: true },
  { document: "summary", label: "home.printSummary", testId: "print-summary", needsPlan: true },
  { document: "actionCards", label: "home.printActionCards", testId: "print-action-cards", needsPlan: true },
  { document: "cover", label: "home.print", testId: "print-cover", needsPlan: false },
];

/** Every printable document, one button each; the last result (or error) is shown below them. */
export function PrintPanel() {
  const t = useT();
  const print = usePrint();
  const hasPlan = usePlan().data != null;
  const outcome = print.isSuccess ? print.data : null;

  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="sm" align="flex-start">
        <Text>{t("home.printHint")}</Text>
        <Group gap="sm">
          {documents.map(({ document, label, testId, needsPlan }) => (
            <Button
              key={document}
              onClick={() => print.mutate(document)}
              loading={print.isPending && print.variables === document}
              disabled={(needsPlan && !hasPlan) || (print.isPending && print.variables !== document)}
              size="lg"
              variant={document === "plan" ? "filled" : "light"}
              data-testid={testId}
            >
              {t(label)}
            </Button>
          ))}
        </Group>
        {!hasPlan && <Text c="dimmed">{t("home.printNeedsPlan")}</Text>}
        <PrintResult outcome={outcome} error={print.error} />
      </Stack>
    </Paper>
  );
}
