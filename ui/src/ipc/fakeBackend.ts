// Test-only stand-in for the Rust side. It answers through Tauri's own IPC mock, so tests exercise
// the real bindings (command names and argument shapes) rather than a hand-mocked module.
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import type { commands, IpcError, IpcErrorKind } from "./bindings.gen";

type Commands = typeof commands;
type DataOf<K extends keyof Commands> =
  Awaited<ReturnType<Commands[K]>> extends infer R ? (R extends { status: "ok"; data: infer D } ? D : never) : never;

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
  mockIPC(async (cmd, payload) => {
    const command = toCamel(cmd) as keyof Commands;
    const args = payload && typeof payload === "object" ? Object.values(payload) : [];
    calls.push({ command, args });
    const handler = handlers[command] as ((...a: unknown[]) => unknown) | undefined;
    if (!handler) throw ipcError("internal");
    return handler(...args);
  });
  return { calls };
}

export function uninstallFakeBackend() {
  clearMocks();
}
