import { Badge, Group } from "@mantine/core";
import { useT } from "../../i18n/LanguageProvider";
import type { Tier } from "../../ipc/bindings.gen";
import { tierColor } from "./tiers";

type Props = {
  tier: Tier;
  /** A clinician's tier replaced the computed one: said with a 手動 badge, not only in the popover. */
  overridden?: boolean;
  size?: "md" | "lg" | "xl";
};

/** The tier as a coloured chip that always carries its words (「P0 直ちに」), never colour alone. */
export function TierChip({ tier, overridden = false, size = "lg" }: Props) {
  const t = useT();
  return (
    // Wraps rather than spill out of a narrow table column at a large text size.
    <Group gap={4} wrap="wrap">
      <Badge color={tierColor[tier]} autoContrast variant="filled" size={size} radius="sm" miw={110} data-testid="tier-chip">
        {t(`tier.${tier}`)}
      </Badge>
      {overridden && (
        <Badge color="dark" variant="outline" size={size} radius="sm" title={t("tier.manualHint")} data-testid="tier-manual">
          {t("tier.manual")}
        </Badge>
      )}
    </Group>
  );
}
