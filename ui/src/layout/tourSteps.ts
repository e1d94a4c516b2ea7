import type { MessageKey } from "../i18n/ja";

/** One stop of the sidebar tour: the menu item it points at (by test id) and what it says there. */
export type TourStep = { navTestId: string | null; title: MessageKey; body: MessageKey };

// In the sidebar's order. A step whose menu item is not shown to this organisation (地域BCP for
// anyone but a coordination base) is skipped, so every stop points at something real.
export const tourSteps: TourStep[] = [
  { navTestId: null, title: "tour.welcome.title", body: "tour.welcome.body" },
  { navTestId: "nav-home", title: "nav.home", body: "tour.home.body" },
  { navTestId: "nav-plan", title: "nav.plan", body: "tour.plan.body" },
  { navTestId: "nav-patients", title: "nav.patients", body: "tour.patients.body" },
  { navTestId: "nav-drills", title: "nav.drills", body: "tour.drills.body" },
  { navTestId: "nav-links", title: "nav.links", body: "tour.links.body" },
  { navTestId: "nav-region", title: "nav.regional", body: "tour.region.body" },
  { navTestId: "nav-glossary", title: "nav.glossary", body: "tour.glossary.body" },
  { navTestId: "nav-settings", title: "nav.settings", body: "tour.settings.body" },
];

/** The steps whose menu item is on screen (`present` answers for a test id). */
export function stepsShown(present: (testId: string) => boolean): TourStep[] {
  return tourSteps.filter((step) => step.navTestId === null || present(step.navTestId));
}
