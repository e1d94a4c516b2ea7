import { Badge } from "@mantine/core";
import { useT } from "../../i18n/LanguageProvider";
import type { Requirement } from "../../ipc/bindings.gen";

/** The word carries the meaning; the fill only helps the eye find required items. */
export function RequirementBadge({ requirement }: { requirement: Requirement }) {
  const t = useT();
  return (
    <Badge
      component="span"
      size="lg"
      tt="none"
      radius="sm"
      ml="xs"
      variant={requirement === "required" ? "filled" : "outline"}
      color={requirement === "required" ? "blue.8" : "var(--mantine-color-text)"}
      style={{ verticalAlign: "middle" }}
    >
      {t(`plan.requirement.${requirement}`)}
    </Badge>
  );
}
