import { Center, Loader } from "@mantine/core";
import type { QueryClient } from "@tanstack/react-query";
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  Outlet,
  redirect,
  RouterProvider,
  type RouterHistory,
} from "@tanstack/react-router";
import type { JSX } from "react";
import { HomePage } from "./features/home/HomePage";
import { OnboardingPage } from "./features/organization/OnboardingPage";
import { OrganizationPage } from "./features/organization/OrganizationPage";
import { resumeStepId } from "./features/plan/guideModel";
import { PlanStartPage } from "./features/plan/PlanStartPage";
import { PlanWizardPage } from "./features/plan/PlanWizardPage";
import { RevisionsPage } from "./features/plan/revisions/RevisionsPage";
import { RegionsPage } from "./features/regions/RegionsPage";
import { SettingsPage } from "./features/settings/SettingsPage";
import { guideQuery, organizationQuery, planQuery } from "./ipc/queries";
import { AppLayout } from "./layout/AppLayout";
import { RouteError } from "./layout/RouteError";

type RouterContext = { queryClient: QueryClient };

const rootRoute = createRootRouteWithContext<RouterContext>()({
  // Nothing works without an organisation, so until one is registered every path leads to /welcome.
  beforeLoad: async ({ context, location }) => {
    const view = await context.queryClient.ensureQueryData(organizationQuery);
    const onWelcome = location.pathname === "/welcome";
    if (view === null && !onWelcome) throw redirect({ to: "/welcome" });
    if (view !== null && onWelcome) throw redirect({ to: "/" });
  },
  component: Outlet,
  errorComponent: RouteError,
  pendingComponent: () => (
    <Center h="100vh">
      <Loader />
    </Center>
  ),
});

const welcomeRoute = createRoute({ getParentRoute: () => rootRoute, path: "/welcome", component: OnboardingPage });
const shellRoute = createRoute({ getParentRoute: () => rootRoute, id: "shell", component: AppLayout });
const homeRoute = createRoute({ getParentRoute: () => shellRoute, path: "/", component: HomePage });
const organizationRoute = createRoute({ getParentRoute: () => shellRoute, path: "/organization", component: OrganizationPage });

// /plan is the start card until a plan exists; afterwards it reopens the step the user was last on.
const planRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: "/plan",
  beforeLoad: async ({ context }) => {
    const plan = await context.queryClient.ensureQueryData(planQuery);
    if (plan === null) return;
    const stepId = resumeStepId(await context.queryClient.ensureQueryData(guideQuery), plan);
    if (stepId !== undefined) throw redirect({ to: "/plan/$stepId", params: { stepId }, replace: true });
  },
  component: PlanStartPage,
});

type PlanStepSearch = { focus?: string };

const planStepRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: "/plan/$stepId",
  validateSearch: (search: Record<string, unknown>): PlanStepSearch =>
    typeof search.focus === "string" ? { focus: search.focus } : {},
  beforeLoad: async ({ context, params }) => {
    const plan = await context.queryClient.ensureQueryData(planQuery);
    const guide = await context.queryClient.ensureQueryData(guideQuery);
    // No plan yet, or a step the guide no longer has (an old bookmark after a guide update): start over at /plan.
    if (plan === null || !guide.steps.some((s) => s.id === params.stepId)) throw redirect({ to: "/plan", replace: true });
  },
  component: PlanStepScreen,
});

function PlanStepScreen(): JSX.Element {
  const { stepId } = planStepRoute.useParams();
  const { focus } = planStepRoute.useSearch();
  return <PlanWizardPage stepId={stepId} focus={focus} />;
}

// A static path, so it wins over /plan/$stepId. Without a plan there is nothing to revise yet.
const planRevisionsRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: "/plan/revisions",
  beforeLoad: async ({ context }) => {
    if ((await context.queryClient.ensureQueryData(planQuery)) === null) throw redirect({ to: "/plan", replace: true });
  },
  component: RevisionsPage,
});

const regionsRoute = createRoute({ getParentRoute: () => shellRoute, path: "/regions", component: RegionsPage });
const settingsRoute = createRoute({ getParentRoute: () => shellRoute, path: "/settings", component: SettingsPage });

const routeTree = rootRoute.addChildren([
  welcomeRoute,
  shellRoute.addChildren([homeRoute, planRoute, planRevisionsRoute, planStepRoute, organizationRoute, regionsRoute, settingsRoute]),
]);

export function createAppRouter({ queryClient, history }: { queryClient: QueryClient; history: RouterHistory }) {
  return createRouter({ routeTree, history, context: { queryClient }, defaultPreload: false });
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module "@tanstack/react-router" {
  interface Register {
    router: AppRouter;
  }
}

export function AppRouter({ router }: { router: AppRouter }) {
  return <RouterProvider router={router} />;
}
