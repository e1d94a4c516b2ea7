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
import { HomePage } from "./features/home/HomePage";
import { OnboardingPage } from "./features/organization/OnboardingPage";
import { OrganizationPage } from "./features/organization/OrganizationPage";
import { RegionsPage } from "./features/regions/RegionsPage";
import { SettingsPage } from "./features/settings/SettingsPage";
import { organizationQuery } from "./ipc/queries";
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
const regionsRoute = createRoute({ getParentRoute: () => shellRoute, path: "/regions", component: RegionsPage });
const settingsRoute = createRoute({ getParentRoute: () => shellRoute, path: "/settings", component: SettingsPage });

const routeTree = rootRoute.addChildren([
  welcomeRoute,
  shellRoute.addChildren([homeRoute, organizationRoute, regionsRoute, settingsRoute]),
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
