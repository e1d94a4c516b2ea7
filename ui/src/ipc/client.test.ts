import { describe, expect, it } from "vitest";
import { IpcFailure, unwrap } from "./client";

describe("unwrap", () => {
  it("returns the data of an ok result", async () => {
    await expect(unwrap({ status: "ok", data: 42 })).resolves.toBe(42);
  });

  it("throws an IpcFailure carrying the IpcError", async () => {
    const error = { kind: "storage" as const, message: "disk full", field: null };
    const thrown = await unwrap(Promise.resolve({ status: "error" as const, error })).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(IpcFailure);
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as IpcFailure).error).toEqual(error);
  });
});
