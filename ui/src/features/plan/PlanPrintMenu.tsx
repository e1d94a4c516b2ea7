import { Button, Menu } from "@mantine/core";
import type { MessageKey } from "../../i18n/ja";
import { useT } from "../../i18n/LanguageProvider";
import type { PrintDocument } from "../../ipc/queries";

const documents: { document: PrintDocument; label: MessageKey; testId: string }[] = [
  { document: "plan", label: "print.plan", testId: "plan-print-plan" },
  { document: "summary", label: "print.summary", testId: "plan-print-summary" },
  { document: "actionCards", label: "print.actionCards", testId: "plan-print-action-cards" },
];

type Props = {
  onPrint: (document: PrintDocument) => void;
  /** A print is under way: its save dialog is open or the PDF is being made. */
  pending: boolean;
};

/** 印刷 ▾ in the wizard's bar: the plan's documents without leaving the step. The result shows below the bar. */
export function PlanPrintMenu({ onPrint, pending }: Props) {
  const t = useT();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" rightSection="▾" loading={pending} data-testid="plan-print-menu">
          {t("print.menu")}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t("print.menuLabel")}</Menu.Label>
        {documents.map(({ document, label, testId }) => (
          <Menu.Item key={document} onClick={() => onPrint(document)} mih={40} data-testid={testId}>
            {t(label)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
