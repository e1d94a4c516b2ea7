import type { Tier } from "../../ipc/bindings.gen";

/**
 * P0 red, P1 orange, P2 yellow, P3 grey (ux.md). The shades are chosen so that the chip's text
 * (black or white, picked by Mantine's autoContrast) stays above WCAG AA; the text itself carries
 * the tier, so nothing depends on telling the colours apart.
 */
export const tierColor: Record<Tier, string> = {
  P0: "red.9",
  P1: "orange.5",
  P2: "yellow.4",
  P3: "gray.3",
};

// A Record so that a tier added to the contract cannot be forgotten here; the order is the order shown.
const tierOrder: Record<Tier, number> = { P0: 0, P1: 1, P2: 2, P3: 3 };

export const tiers = (Object.keys(tierOrder) as Tier[]).sort((a, b) => tierOrder[a] - tierOrder[b]);

export function isTier(value: string): value is Tier {
  return Object.prototype.hasOwnProperty.call(tierOrder, value);
}
