import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ipcError } from "../../ipc/fakeBackend";
import { ja } from "../../i18n/ja";
import type { OrganizationDraft } from "../../ipc/bindings.gen";
import { happyBackend, savedDraft, viewOf } from "../../test/fixtures";
import { renderApp } from "../../test/renderApp";

describe("organisation page", () => {
  it("shows the saved organisation and its derived place", async () => {
    renderApp("/organization");
    expect(await screen.findByTestId("org-name")).toHaveValue(savedDraft.name);
    expect(screen.getByTestId("org-kind")).toHaveValue("NursingStation");
    expect(screen.getByTestId("org-municipality")).toHaveValue("旭川市");
    expect(screen.getByTestId("org-place-home-care-region")).toHaveTextContent("旭川市");
    expect(screen.getByTestId("org-place-secondary-region")).toHaveTextContent("上川中部");
    expect(screen.getByTestId("org-place-health-center")).toHaveTextContent("旭川市保健所");
    expect(screen.getByTestId("save-status")).toHaveAttribute("data-state", "idle");
  });

  it("shows the key fingerprint partners read out by phone", async () => {
    renderApp("/organization");
    expect(await screen.findByTestId("identity-fingerprint")).toHaveTextContent("3342-971C-BD6B-7171-D0B5-237B-088E-8302");
    expect(screen.getByTestId("identity-card")).toHaveTextContent(ja["identity.title"]);
  });

  it("groups municipalities by home-care region and saves a choice at once", async () => {
    const { user, backend } = renderApp("/organization");
    const select = await screen.findByTestId("org-municipality");
    await waitFor(() => expect(select.querySelectorAll("optgroup")).toHaveLength(3));
    expect(select.querySelector('optgroup[label="上川中部 / 旭川市"]')).not.toBeNull();
    expect(within(select).getByRole("option", { name: "未選択" })).toHaveValue("");

    await user.selectOptions(select, "江別市");
    await waitFor(() => expect(screen.getByTestId("org-place-secondary-region")).toHaveTextContent("札幌"));
    const saves = backend.calls.filter((c) => c.command === "saveOrganization");
    expect(saves).toHaveLength(1);
    expect((saves[0]!.args[0] as OrganizationDraft).municipality).toBe("江別市");
    expect(screen.getByTestId("save-status")).toHaveAttribute("data-state", "saved");
  });

  it("coalesces typing into one save of the whole draft after a pause", async () => {
    const { user, backend } = renderApp("/organization");
    const phone = await screen.findByTestId("org-phone");
    await user.clear(phone);
    await user.type(phone, "0166-22-3333");
    await waitFor(() => expect(screen.getByTestId("save-status")).toHaveAttribute("data-state", "saved"));
    const saves = backend.calls.filter((c) => c.command === "saveOrganization");
    expect(saves).toHaveLength(1);
    expect(saves[0]!.args[0]).toEqual({ ...savedDraft, phone: "0166-22-3333" });
    expect(screen.getByTestId("save-status")).toHaveTextContent(/^保存しました \d\d:\d\d:\d\d$/);
  });

  it("shows the field error for a rejected blank name and keeps the typed text", async () => {
    let stored = viewOf(savedDraft);
    const { user } = renderApp("/organization", {
      getOrganization: () => stored,
      saveOrganization: (draft) => {
        if (draft.name.trim() === "") throw ipcError("invalidInput", "name");
        stored = viewOf(draft);
        return stored;
      },
    });
    const name = await screen.findByTestId("org-name");
    await user.clear(name);
    await user.type(name, " ");
    await user.tab();

    expect(await screen.findByText(ja["fieldError.name"])).toBeInTheDocument();
    expect(name).toHaveValue(" ");
    expect(name).toHaveAttribute("aria-invalid", "true");
    const status = screen.getByTestId("save-status");
    expect(status).toHaveAttribute("data-state", "error");
    expect(status).toHaveTextContent(ja["error.invalidInput"]);
    expect(stored.organization.name).toBe(savedDraft.name);

    await user.type(name, "新しい名前");
    await user.tab();
    await waitFor(() => expect(status).toHaveAttribute("data-state", "saved"));
    expect(screen.queryByText(ja["fieldError.name"])).not.toBeInTheDocument();
    expect(stored.organization.name).toBe(" 新しい名前");
  });

  it("says what happened when the disk cannot be written", async () => {
    const { user } = renderApp("/organization", {
      saveOrganization: () => {
        throw ipcError("storage");
      },
    });
    await user.type(await screen.findByTestId("org-address"), "2");
    await user.tab();
    await waitFor(() => expect(screen.getByTestId("save-status")).toHaveAttribute("data-state", "error"));
    expect(screen.getByTestId("save-status")).toHaveTextContent(ja["error.storage"]);
    expect(screen.getByTestId("org-address")).toHaveValue(`${savedDraft.address}2`);
  });

  it("redirects nowhere when an organisation exists", async () => {
    const { router } = renderApp("/welcome", {}, happyBackend());
    await screen.findByTestId("home-org-name");
    expect(router.state.location.pathname).toBe("/");
  });
});
