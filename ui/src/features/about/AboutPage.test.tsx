import { render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { AppProviders } from "../../AppProviders";
import { ja } from "../../i18n/ja";
import { installFakeBackend } from "../../ipc/fakeBackend";
import { createQueryClient } from "../../ipc/queries";
import { licenses, manyCrates, thirdParty } from "../../test/aboutFixtures";
import { happyBackend, settingsBackend } from "../../test/fixtures";
import { renderApp } from "../../test/renderApp";
import { AboutPage } from "./AboutPage";

/** The package rows of the table, by name (plain DOM: role queries over 200 rows are slow in jsdom). */
const rowNames = () =>
  [...screen.getByTestId("about-third-party-table").querySelectorAll("tbody tr")].map(
    (row) => row.querySelector("th")?.firstChild?.textContent,
  );

describe("about page", () => {
  it("is the last item of the sidebar and is linked from the settings", async () => {
    const { user, router } = renderApp("/settings");
    const nav = await screen.findByRole("navigation", { name: ja["nav.label"] });
    const links = within(nav).getAllByRole("link");
    expect(links.at(-1)).toBe(screen.getByTestId("nav-about"));
    expect(links.at(-1)).toHaveTextContent("このアプリについて");
    expect(links.at(-2)).toBe(screen.getByTestId("nav-settings"));

    await user.click(screen.getByTestId("settings-about"));
    await waitFor(() => expect(router.state.location.pathname).toBe("/about"));
    expect(await screen.findByRole("heading", { level: 1 })).toHaveTextContent("このアプリについて");
    expect(screen.getByTestId("nav-about")).toHaveAttribute("aria-current", "page");
  });

  it("shows the version, database version, data folder, key fingerprint and that it uses no network", async () => {
    renderApp("/about");
    expect(await screen.findByTestId("about-version")).toHaveTextContent("0.1.0");
    expect(screen.getByText("在宅医療BCP（HomeCare BCP）")).toBeInTheDocument();
    expect(screen.getByTestId("about-schema")).toHaveTextContent("1");
    expect(screen.getByTestId("about-data-dir")).toHaveTextContent("/home/nurse/.local/share/homecare-bcp");
    expect(screen.getByText(ja["about.dataDirHint"])).toBeInTheDocument();
    expect(await screen.findByTestId("about-fingerprint")).toHaveTextContent("3342-971C-BD6B-7171-D0B5-237B-088E-8302");
    expect(screen.getByTestId("about-network")).toHaveTextContent(ja["about.network"]);
  });

  it("says when no organisation (so no key to show) is registered yet", async () => {
    installFakeBackend({ ...happyBackend(), getOrganization: () => null });
    render(
      <AppProviders queryClient={createQueryClient()} env="test">
        <AboutPage />
      </AppProviders>,
    );
    expect(await screen.findByTestId("about-fingerprint")).toHaveTextContent(ja["about.noOrganization"]);
  });

  it("shows the app's licence, the font's notice and, when asked, the OFL text", async () => {
    const { user } = renderApp("/about");
    expect(await screen.findByTestId("about-app-license")).toHaveTextContent("MIT OR Apache-2.0");
    expect(screen.getByTestId("about-font-notice")).toHaveTextContent(licenses.fontNotice);
    await user.click(screen.getByRole("button", { name: ja["about.fontLicense"] }));
    expect(await screen.findByTestId("about-font-license")).toHaveTextContent("SIL OPEN FONT LICENSE Version 1.1");
    // Found once the panel has finished opening (until then it is hidden from the accessibility tree).
    expect(await screen.findByRole("region", { name: ja["about.fontLicense"] })).toContainElement(screen.getByTestId("about-font-license"));
  });

  it("counts the packages by source and lists each with version, licence and source", async () => {
    renderApp("/about");
    expect(await screen.findByTestId("about-licenses-count")).toHaveTextContent("6件のパッケージ（crates.io 4、npm 2）");
    const serde = screen.getByTestId("about-package-crates.io-serde");
    expect(within(serde).getAllByRole("cell").map((c) => c.textContent)).toEqual(["1.0.219", "MIT OR Apache-2.0", "crates.io"]);
    expect(screen.getByTestId("about-package-npm-@mantine/core")).toHaveTextContent("9.8.1");
    expect(rowNames()).toEqual(thirdParty.map((p) => p.name));
    expect(screen.queryByTestId("about-licenses-more")).not.toBeInTheDocument();
  });

  it("filters by name or licence, ignoring case", async () => {
    const { user } = renderApp("/about");
    const filter = await screen.findByTestId("about-license-filter");
    expect(filter).toHaveAccessibleName(ja["about.filter"]);

    await user.type(filter, "apache");
    await waitFor(() => expect(rowNames()).toEqual(["serde", "ring"]));

    await user.clear(filter);
    await user.type(filter, "REACT");
    await waitFor(() => expect(rowNames()).toEqual(["react"]));

    await user.clear(filter);
    await user.type(filter, "gpl");
    expect(await screen.findByTestId("about-licenses-none")).toHaveTextContent(ja["about.noMatch"]);
    expect(screen.queryByTestId("about-third-party-table")).not.toBeInTheDocument();
    // The count is of every package, whatever the filter.
    expect(screen.getByTestId("about-licenses-count")).toHaveTextContent("6件のパッケージ");
  });

  it("shows at most 200 rows and says how many more match", async () => {
    const { user } = renderApp("/about", { getLicenses: () => ({ ...licenses, thirdParty: manyCrates(250) }) });
    expect(await screen.findByTestId("about-licenses-count")).toHaveTextContent("250件のパッケージ（crates.io 250）");
    expect(rowNames()).toHaveLength(200);
    expect(rowNames().at(-1)).toBe("crate-200");
    expect(screen.getByTestId("about-licenses-more")).toHaveTextContent("ほかに50件が一致します。");

    // crate-100 … crate-199.
    await user.type(screen.getByTestId("about-license-filter"), "crate-1");
    await waitFor(() => expect(rowNames()).toHaveLength(100));
    expect(screen.queryByTestId("about-licenses-more")).not.toBeInTheDocument();
  });

  it("reads in English", async () => {
    renderApp("/about", { ...settingsBackend({ language: "en" }) });
    expect(await screen.findByTestId("about-licenses-count")).toHaveTextContent("6 packages (crates.io 4, npm 2)");
    expect(screen.getByTestId("nav-about")).toHaveTextContent("About");
  });
});
