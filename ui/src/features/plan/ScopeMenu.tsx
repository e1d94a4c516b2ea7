import { Button, Group, Menu, Modal, Text } from "@mantine/core";
import { useState } from "react";
import { ErrorNotice } from "../../components/ErrorNotice";
import { errorText } from "../../i18n/errors";
import { useT } from "../../i18n/LanguageProvider";
import type { PlanScope } from "../../ipc/bindings.gen";
import { useSetPlanScope } from "../../ipc/queries";
import { planScopes } from "./guideModel";

/** The plan's scope with a way to change it, confirmed first: steps come and go, answers stay. */
export function ScopeMenu({ scope }: { scope: PlanScope }) {
  const t = useT();
  const setScope = useSetPlanScope();
  const [pending, setPending] = useState<PlanScope | null>(null);

  const close = () => {
    setPending(null);
    setScope.reset();
  };
  const confirm = async () => {
    if (pending === null) return;
    try {
      await setScope.mutateAsync(pending);
    } catch {
      return; // the sentence shows in the dialog
    }
    setPending(null);
  };

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" rightSection="▾" data-testid="plan-scope-menu">
            {t("plan.scope", { scope: t(`scope.${scope}`) })}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t("plan.scopeMenu")}</Menu.Label>
          {planScopes.map((option) => (
            <Menu.Item
              key={option}
              disabled={option === scope}
              onClick={() => setPending(option)}
              data-testid={`plan-scope-option-${option}`}
            >
              {t(`scope.${option}`)}
              {option === scope && ` ${t("plan.scopeCurrent")}`}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Modal opened={pending !== null} onClose={close} title={t("plan.scopeConfirmTitle")} size="md">
        <Text mb="lg" data-testid="plan-scope-confirm-body">
          {pending !== null && t("plan.scopeConfirmBody", { scope: t(`scope.${pending}`) })}
        </Text>
        {setScope.isError && <ErrorNotice text={errorText(t, setScope.error)} />}
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={close} data-testid="plan-scope-cancel">
            {t("plan.cancel")}
          </Button>
          <Button onClick={() => void confirm()} loading={setScope.isPending} data-testid="plan-scope-confirm">
            {t("plan.scopeConfirm")}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
