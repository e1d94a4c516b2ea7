import { Button, Group, Modal, Text } from "@mantine/core";
import { useT } from "../../i18n/LanguageProvider";

type Props = { opened: boolean; onConfirm: () => void; onCancel: () => void };

/** Asked only when the field already holds something: adopting an example must never silently discard it. */
export function ExampleConfirm({ opened, onConfirm, onCancel }: Props) {
  const t = useT();
  return (
    <Modal opened={opened} onClose={onCancel} title={t("plan.exampleTitle")} size="md">
      <Text mb="lg">{t("plan.exampleBody")}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel} data-testid="example-cancel">
          {t("plan.cancel")}
        </Button>
        <Button onClick={onConfirm} data-testid="example-confirm">
          {t("plan.exampleReplace")}
        </Button>
      </Group>
    </Modal>
  );
}
