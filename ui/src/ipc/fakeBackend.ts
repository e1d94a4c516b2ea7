// Test-only stand-in for the Rust side. It answers through Tauri's own IPC mock, so tests exercise
// the real bindings (command names and argument shapes) rather than a hand-mocked module.
import { emit } from "@tauri-apps/api/event";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import type { commands, IpcError, IpcErrorKind } from "./bindings.gen";

type Commands = typeof commands;
/** What a handler returns: the data of a Result, or the plain value of a command that cannot fail (takeOpenedFile). */
type DataOf<K extends keyof Commands> =
  Awaited<ReturnType<Commands[K]>> extends infer R
    ? R extends { status: "ok"; data: infer D }
      ? D
      : R extends { status: "error" }
        ? never
        : R
    : never;

export type FakeHandlers = {
  [K in keyof Commands]?: (...args: Parameters<Commands[K]>) => DataOf<K> | Promise<DataOf<K>>;
};

export type FakeCall = { command: keyof Commands; args: unknown[] };

/** Throw this from a handler to make the command answer with an IpcError. */
export function ipcError(kind: IpcErrorKind, field: string | null = null): IpcError {
  return { kind, field, message: `fake ${kind}` };
}

const toCamel = (snake: string) => snake.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

export function installFakeBackend(handlers: FakeHandlers): { calls: FakeCall[] } {
  const calls: FakeCall[] = [];
  // Events (listen/emit) are answered by Tauri's mock itself, so they never reach the handlers or the calls.
  mockIPC(async (cmd, payload) => {
    const command = toCamel(cmd) as keyof Commands;
    const args = payload && typeof payload === "object" ? Object.values(payload) : [];
    calls.push({ command, args });
    const handler = handlers[command] as ((...a: unknown[]) => unknown) | undefined;
    if (!handler) throw ipcError("internal");
    return handler(...args);
  }, { shouldMockEvents: true });
  return { calls };
}

/** Stands in for the shell emitting an event (e.g. "file-opened") to the UI's listeners. */
export function emitFakeEvent(event: string): Promise<void> {
  return emit(event);
}

export function uninstallFakeBackend() {
  clearMocks();
}
