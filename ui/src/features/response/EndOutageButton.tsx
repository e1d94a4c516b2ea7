import { Button, Group, Modal, Text } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { ErrorNotice } from "../../components/ErrorNotice";
import { errorText } from "../../i18n/errors";
import { useT } from "../../i18n/LanguageProvider";
import { useEndOutage } from "../../ipc/patientQueries";

/** 対応を終了, asked first: the mode ends, the record of it stays. */
export function EndOutageButton() {
  const t = useT();
  const navigate = useNavigate();
  const end = useEndOutage();
  const [opened, setOpened] = useState(false);

  const close = () => {
    setOpened(false);
    end.reset();
  };
  const confirm = async () => {
    try {
      await end.mutateAsync();
    } catch {
      return; // the sentence shows in the dialog
    }
    setOpened(false);
    await navigate({ to: "/patients" });
  };

  return (
    <>
      <Button variant="default" size="lg" onClick={() => setOpened(true)} data-testid="response-end">
        {t("response.end")}
      </Button>
      <Modal opened={opened} onClose={close} title={t("response.endTitle")} size="md">
        <Text fz="lg" mb="lg" data-testid="response-end-body">
          {t("response.endBody")}
        </Text>
        {end.isError && <ErrorNotice text={errorText(t, end.error)} />}
        <Group justify="flex-end" mt="md">
          <Button variant="default" size="lg" onClick={close} data-testid="response-end-cancel">
            {t("response.endCancel")}
          </Button>
          <Button color="red.9" size="lg" onClick={() => void confirm()} loading={end.isPending} data-testid="response-end-confirm">
            {t("response.endConfirm")}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
