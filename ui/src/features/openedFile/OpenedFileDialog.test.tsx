import { act, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ja } from "../../i18n/ja";
import { emitFakeEvent, ipcError, type FakeHandlers } from "../../ipc/fakeBackend";
import { FILE_OPENED_EVENT } from "../../ipc/openedFile";
import { linkBackend, strangerFile, strangerFingerprint, strangerPlan } from "../../test/linkFixtures";
import { callsOf } from "../../test/planTestKit";
import { renderApp } from "../../test/renderApp";
import { baseName } from "./OpenedFileDialog";

const path = "/home/nurse/ダウンロード/kita-clinic.hcbcp";

/** Like the shell: the path once, then null. */
function openedWith(file: string | null): FakeHandlers {
  let pending = file;
  return {
    takeOpenedFile: () => {
      const taken = pending;
      pending = null;
      return taken;
    },
  };
}

describe("opened-file dialog", () => {
  it("shows nothing when the app was not opened with a file", async () => {
    const { backend } = renderApp("/");
    await waitFor(() => expect(callsOf(backend.calls, "takeOpenedFile")).toHaveLength(1));
    expect(await screen.findByTestId("home-org-name")).toBeInTheDocument();
    expect(screen.queryByTestId("opened-file-dialog")).not.toBeInTheDocument();
  });

  it("names the file and says it is checked whole before anything is stored", async () => {
    renderApp("/", openedWith(path));
    const dialog = await screen.findByRole("dialog", { name: ja["openedFile.title"] });
    expect(screen.getByTestId("opened-file-dialog")).toContainElement(dialog);
    expect(within(dialog).getByTestId("opened-file-name")).toHaveTextContent(/^kita-clinic\.hcbcp$/);
    expect(within(dialog).getByTestId("opened-file-path")).toHaveTextContent(path);
    expect(dialog).toHaveTextContent(ja["openedFile.checks"]);
    expect(within(dialog).getByTestId("opened-file-import")).toHaveTextContent("取り込む");
    expect(within(dialog).getByTestId("opened-file-cancel")).toHaveTextContent("取り込まない");
  });

  it("imports that file and goes to the partners' plans", async () => {
    const { user, backend, router } = renderApp("/", {
      ...linkBackend({ nextImport: { file: strangerFile, plan: strangerPlan } }),
      ...openedWith(path),
    });
    await user.click(await screen.findByTestId("opened-file-import"));

    await waitFor(() => expect(router.state.location.pathname).toBe("/links"));
    expect(callsOf(backend.calls, "importExchange")).toEqual([[path]]);
    expect(screen.queryByTestId("opened-file-dialog")).not.toBeInTheDocument();
    // The new sender's plan, with the note that it is not in the directory yet.
    const plan = await screen.findByTestId(`remote-plan-${strangerFingerprint}`);
    expect(within(plan).getByTestId("remote-plan-partner")).toHaveTextContent("名簿に未登録");
  });

  it("shows why a file was refused and stays open until the user closes it", async () => {
    const { user, backend, router } = renderApp("/", {
      ...openedWith(path),
      importExchange: () => {
        throw ipcError("fileRejected", "exchange.badSignature");
      },
    });
    await user.click(await screen.findByTestId("opened-file-import"));

    const error = await screen.findByTestId("opened-file-error");
    expect(error).toHaveTextContent(ja["exchangeImport.failed"]);
    expect(error).toHaveTextContent(ja["exchangeError.badSignature"]);
    expect(screen.getByTestId("opened-file-dialog")).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/");

    await user.click(screen.getByTestId("opened-file-cancel"));
    await waitFor(() => expect(screen.queryByTestId("opened-file-dialog")).not.toBeInTheDocument());
    expect(callsOf(backend.calls, "importExchange")).toHaveLength(1);
    expect(router.state.location.pathname).toBe("/");
  });

  it("says the file could not be read when it has gone (moved, or the USB stick removed)", async () => {
    const { user } = renderApp("/", {
      ...openedWith(path),
      importExchange: () => {
        throw ipcError("notFound");
      },
    });
    await user.click(await screen.findByTestId("opened-file-import"));
    expect(await screen.findByTestId("opened-file-error")).toHaveTextContent(ja["exchangeError.unreadable"]);
  });

  it("closes without importing on 取り込まない", async () => {
    const { user, backend, router } = renderApp("/", openedWith(path));
    await user.click(await screen.findByTestId("opened-file-cancel"));
    await waitFor(() => expect(screen.queryByTestId("opened-file-dialog")).not.toBeInTheDocument());
    expect(callsOf(backend.calls, "importExchange")).toEqual([]);
    expect(router.state.location.pathname).toBe("/");
  });

  it("asks again when the shell says a file arrived while the app runs", async () => {
    let pending: string | null = null;
    const { backend } = renderApp("/", {
      takeOpenedFile: () => {
        const taken = pending;
        pending = null;
        return taken;
      },
    });
    await waitFor(() => expect(callsOf(backend.calls, "takeOpenedFile")).toHaveLength(1));
    expect(screen.queryByTestId("opened-file-dialog")).not.toBeInTheDocument();

    pending = "/Users/nurse/Downloads/minami.hcbcp";
    await act(() => emitFakeEvent(FILE_OPENED_EVENT));
    expect(await screen.findByTestId("opened-file-name")).toHaveTextContent("minami.hcbcp");
    expect(callsOf(backend.calls, "takeOpenedFile")).toHaveLength(2);
  });

  it("names Windows files by their last segment too", () => {
    expect(baseName("C:\\Users\\nurse\\Downloads\\kita.hcbcp")).toBe("kita.hcbcp");
    expect(baseName("/home/nurse/kita.hcbcp")).toBe("kita.hcbcp");
  });
});
