import { AppShell, Group, NavLink, Text, Title } from "@mantine/core";
import { Link, Outlet, useRouterState } from "@tanstack/react-router";
import { OpenedFileDialog } from "../features/openedFile/OpenedFileDialog";
import { SidebarTour } from "./SidebarTour";
import type { MessageKey } from "../i18n/ja";
import type { OrganizationKind } from "../ipc/bindings.gen";
import { useT } from "../i18n/LanguageProvider";
import { usePatients } from "../ipc/patientQueries";
import { useOrganization } from "../ipc/queries";

type NavTarget =
  | "/"
  | "/plan"
  | "/patients"
  | "/drills"
  | "/organization"
  | "/links"
  | "/region"
  | "/regions"
  | "/glossary"
  | "/backups"
  | "/audit"
  | "/settings"
  | "/about";

type NavItem = {
  to: NavTarget;
  label: MessageKey;
  testId: string;
  /** Shown only to these kinds of organisation; absent = to all. */
  kinds?: OrganizationKind[];
};

const navItems: NavItem[] = [
  { to: "/", label: "nav.home", testId: "nav-home" },
  { to: "/plan", label: "nav.plan", testId: "nav-plan" },
  { to: "/patients", label: "nav.patients", testId: "nav-patients" },
  { to: "/drills", label: "nav.drills", testId: "nav-drills" },
  { to: "/organization", label: "nav.organization", testId: "nav-organization" },
  { to: "/links", label: "nav.links", testId: "nav-links" },
  // 地域BCP is assembled by the coordination base only; to anyone else it would be an empty screen.
  { to: "/region", label: "nav.regional", testId: "nav-region", kinds: ["CoordinationBase"] },
  { to: "/regions", label: "nav.regions", testId: "nav-regions" },
  { to: "/glossary", label: "nav.glossary", testId: "nav-glossary" },
  { to: "/backups", label: "nav.backups", testId: "nav-backups" },
  { to: "/audit", label: "nav.audit", testId: "nav-audit" },
  { to: "/settings", label: "nav.settings", testId: "nav-settings" },
  { to: "/about", label: "nav.about", testId: "nav-about" },
];

export function AppLayout() {
  const t = useT();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const organization = useOrganization();
  const outageOpen = usePatients().data?.outage != null;
  const kind = organization.data?.organization.kind;
  const shown = navItems.filter((item) => item.kinds === undefined || (kind !== undefined && item.kinds.includes(kind)));

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 220, breakpoint: 0 }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Title order={2} size="h3" style={{ whiteSpace: "nowrap" }}>
            {t("app.name")}
          </Title>
          <Text fw={700} truncate="end" data-testid="header-org-name">
            {organization.data?.organization.name}
          </Text>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" component="nav" aria-label={t("nav.label")}>
        {/* Only while an outage is open, first and always red: the way back to the calls. */}
        {outageOpen && (
          <NavLink
            label={`⚠ ${t("nav.response")}`}
            active
            color="red.9"
            variant="filled"
            fw={700}
            aria-current={pathname === "/response" ? "page" : undefined}
            renderRoot={(props) => <Link to="/response" {...props} />}
            mb="xs"
            data-testid="nav-response"
          />
        )}
        {shown.map(({ to, label, testId }) => {
          // Whole segments only: /region must not light up on /regions.
          const active = to === "/" ? pathname === "/" : pathname === to || pathname.startsWith(`${to}/`);
          return (
            <NavLink
              key={to}
              label={t(label)}
              active={active}
              aria-current={active ? "page" : undefined}
              // The selected item is bold as well as coloured.
              fw={active ? 700 : 400}
              variant="filled"
              renderRoot={(props) => <Link to={to} {...props} />}
              data-testid={testId}
            />
          );
        })}
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
      {/* Over whichever screen is open: an exchange file double-clicked in the file manager. */}
      <OpenedFileDialog />
      {/* Offered once after registration (and again from Settings). */}
      <SidebarTour />
    </AppShell>
  );
}
