import { Button, Group, Modal, Text } from "@mantine/core";
import { useEffect, useState } from "react";
import { useT } from "../i18n/LanguageProvider";
import { endTour, useTourOpen } from "./tourRequest";
import { stepsShown } from "./tourSteps";

/**
 * A short guided tour of the sidebar, offered after the first registration and again from Settings.
 * A dialog (focus stays inside, Escape ends it) beside the menu, with the item it talks about outlined.
 */
export function SidebarTour() {
  const t = useT();
  const open = useTourOpen();
  const [index, setIndex] = useState(0);
  const steps = open ? stepsShown((id) => document.querySelector(`[data-testid="${id}"]`) !== null) : [];
  const step = steps[Math.min(index, steps.length - 1)];

  useEffect(() => {
    if (!open) setIndex(0);
  }, [open]);

  // The menu item being explained gets an outline (a data attribute the stylesheet draws).
  useEffect(() => {
    const target = step?.navTestId ? document.querySelector(`[data-testid="${step.navTestId}"]`) : null;
    target?.setAttribute("data-tour-current", "true");
    return () => target?.removeAttribute("data-tour-current");
  }, [step]);

  if (!open || step === undefined) return null;
  const last = index >= steps.length - 1;
  const finish = endTour;

  return (
    <Modal
      opened
      onClose={finish}
      title={t("tour.counter", { title: t(step.title), n: index + 1, total: steps.length })}
      size="md"
      // Beside the sidebar, so the outlined menu item stays visible.
      xOffset="16rem"
      styles={{ inner: { justifyContent: "flex-start", paddingLeft: "16rem" }, title: { fontWeight: 700 } }}
      closeButtonProps={{ "aria-label": t("tour.skip") }}
      data-testid="tour"
    >
      <Text mb="lg" data-testid="tour-body">
        {t(step.body)}
      </Text>
      <Group justify="space-between">
        <Button variant="subtle" onClick={finish} data-testid="tour-skip">
          {t("tour.skip")}
        </Button>
        <Group gap="sm">
          {index > 0 && (
            <Button variant="default" onClick={() => setIndex(index - 1)} data-testid="tour-back">
              {t("tour.back")}
            </Button>
          )}
          {last ? (
            <Button onClick={finish} data-autofocus data-testid="tour-finish">
              {t("tour.finish")}
            </Button>
          ) : (
            <Button onClick={() => setIndex(index + 1)} data-autofocus data-testid="tour-next">
              {t("tour.next")}
            </Button>
          )}
        </Group>
      </Group>
    </Modal>
  );
}
