import type { IpcError } from "./bindings.gen";

/** What every generated command resolves to (tauri-specta's typedError shape). */
export type Result<T, E> = { status: "ok"; data: T } | { status: "error"; error: E };

/** A command answered with an error. Carries the IpcError so the UI can pick its own sentence by kind. */
export class IpcFailure extends Error {
  readonly error: IpcError;

  constructor(error: IpcError) {
    // message is English for logs; the UI never shows it.
    super(`${error.kind}: ${error.message}`);
    this.name = "IpcFailure";
    this.error = error;
  }
}

/** Turns a command's Result into its data, throwing IpcFailure so TanStack Query sees a failed call. */
export async function unwrap<T>(result: Promise<Result<T, IpcError>> | Result<T, IpcError>): Promise<T> {
  const settled = await result;
  if (settled.status === "error") throw new IpcFailure(settled.error);
  return settled.data;
}
