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
import { useCallback, type JSX } from "react";
import { AboutPage } from "./features/about/AboutPage";
import { AuditPage } from "./features/audit/AuditPage";
import { BackupsPage } from "./features/backups/BackupsPage";
import { DrillPage } from "./features/drills/DrillPage";
import { DrillsPage } from "./features/drills/DrillsPage";
import { GlossaryPage } from "./features/glossary/GlossaryPage";
import { HomePage } from "./features/home/HomePage";
import { LinksPage } from "./features/links/LinksPage";
import { LockGate } from "./features/lock/LockGate";
import { OnboardingPage } from "./features/organization/OnboardingPage";
import { OrganizationPage } from "./features/organization/OrganizationPage";
import { PatientEditorPage } from "./features/patients/editor/PatientEditorPage";
import { ImportPage } from "./features/patients/import/ImportPage";
import { PatientsPage } from "./features/patients/PatientsPage";
import { resumeStepId } from "./features/plan/guideModel";
import { PlanStartPage } from "./features/plan/PlanStartPage";
import { PlanWizardPage } from "./features/plan/PlanWizardPage";
import { RevisionsPage } from "./features/plan/revisions/RevisionsPage";
import { RegionalPage } from "./features/regional/RegionalPage";
import { RegionsPage } from "./features/regions/RegionsPage";
import { ResponsePage } from "./features/response/ResponsePage";
import { SettingsPage } from "./features/settings/SettingsPage";
import { patientsQuery } from "./ipc/patientQueries";
import { guideQuery, organizationQuery, planQuery } from "./ipc/queries";
import { AppLayout } from "./layout/AppLayout";
import { RouteError } from "./layout/RouteError";

type RouterContext = {
  queryClient: QueryClient;
  /** Set once the app's first screen has been decided (see the root's beforeLoad). */
  startup: { decided: boolean };
};

/** True when an outage is open; a list that cannot be read counts as none, so Home still opens. */
async function outageOpen(queryClient: QueryClient): Promise<boolean> {
  try {
    return (await queryClient.fetchQuery(patientsQuery)).outage !== null;
  } catch {
    return false;
  }
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  // Nothing works without an organisation, so until one is registered every path leads to /welcome.
  beforeLoad: async ({ context, location }) => {
    const view = await context.queryClient.ensureQueryData(organizationQuery);
    const onWelcome = location.pathname === "/welcome";
    if (view === null && !onWelcome) throw redirect({ to: "/welcome" });
    if (view !== null && onWelcome) throw redirect({ to: "/" });
    // Reopened during an outage, the app returns to response mode (ux.md); its clocks follow from the
    // stored start and checks. Only the first screen is decided this way: Home stays reachable after.
    if (view !== null && !context.startup.decided) {
      context.startup.decided = true;
      if (location.pathname === "/" && (await outageOpen(context.queryClient))) throw redirect({ to: "/response" });
    }
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

const patientsRoute = createRoute({ getParentRoute: () => shellRoute, path: "/patients", component: PatientsPage });

// A static path, so it wins over /patients/$id (no patient is called "import").
const patientsImportRoute = createRoute({ getParentRoute: () => shellRoute, path: "/patients/import", component: ImportPage });

// "new" opens an empty record; a static segment would do too, but one editor route keeps one component.
const patientRoute = createRoute({ getParentRoute: () => shellRoute, path: "/patients/$id", component: PatientScreen });

function PatientScreen(): JSX.Element {
  const { id } = patientRoute.useParams();
  return <PatientEditorPage id={id} />;
}

// Response mode exists only while an outage is open; otherwise the register is the nearest useful screen.
const responseRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: "/response",
  beforeLoad: async ({ context }) => {
    if (!(await outageOpen(context.queryClient))) throw redirect({ to: "/patients", replace: true });
  },
  component: ResponsePage,
});

// 訓練: the list of drills, action items and briefings; one drill's page by its id (D001 …).
const drillsRoute = createRoute({ getParentRoute: () => shellRoute, path: "/drills", component: DrillsPage });
const drillRoute = createRoute({ getParentRoute: () => shellRoute, path: "/drills/$drillId", component: DrillScreen });

function DrillScreen(): JSX.Element {
  const { drillId } = drillRoute.useParams();
  return <DrillPage drillId={drillId} />;
}

const linksRoute = createRoute({ getParentRoute: () => shellRoute, path: "/links", component: LinksPage });
// Open to every organisation: the page itself says it is for coordination bases (only they see it in the sidebar).
const regionalRoute = createRoute({ getParentRoute: () => shellRoute, path: "/region", component: RegionalPage });
const regionsRoute = createRoute({ getParentRoute: () => shellRoute, path: "/regions", component: RegionsPage });
// 用語集: plain explanations of the BCP words; each term has an anchor (/glossary#term-backupVisits).
const glossaryRoute = createRoute({ getParentRoute: () => shellRoute, path: "/glossary", component: GlossaryPage });
const backupsRoute = createRoute({ getParentRoute: () => shellRoute, path: "/backups", component: BackupsPage });
const auditRoute = createRoute({ getParentRoute: () => shellRoute, path: "/audit", component: AuditPage });
const settingsRoute = createRoute({ getParentRoute: () => shellRoute, path: "/settings", component: SettingsPage });
const aboutRoute = createRoute({ getParentRoute: () => shellRoute, path: "/about", component: AboutPage });

const routeTree = rootRoute.addChildren([
  welcomeRoute,
  shellRoute.addChildren([
    homeRoute,
    planRoute,
    planRevisionsRoute,
    planStepRoute,
    patientsRoute,
    patientsImportRoute,
    patientRoute,
    responseRoute,
    drillsRoute,
    drillRoute,
    linksRoute,
    regionalRoute,
    organizationRoute,
    regionsRoute,
    glossaryRoute,
    backupsRoute,
    auditRoute,
    settingsRoute,
    aboutRoute,
  ]),
]);

export function createAppRouter({ queryClient, history }: { queryClient: QueryClient; history: RouterHistory }) {
  return createRouter({ routeTree, history, context: { queryClient, startup: { decided: false } }, defaultPreload: false });
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module "@tanstack/react-router" {
  interface Register {
    router: AppRouter;
  }
}

/** The routes, behind the start-up lock (the root's guards already ask the Rust side for data). */
export function AppRouter({ router }: { router: AppRouter }) {
  const reload = useCallback(() => void router.invalidate(), [router]);
  return (
    <LockGate onReopened={reload}>
      <RouterProvider router={router} />
    </LockGate>
  );
}
