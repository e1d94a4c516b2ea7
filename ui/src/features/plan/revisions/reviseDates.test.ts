import { describe, expect, it } from "vitest";
import { isOverdue, oneYearAfter, todayIso } from "./reviseDates";

describe("revision dates", () => {
  it("put the next review one year after the revision", () => {
    expect(oneYearAfter("2025-04-01")).toBe("2026-04-01");
    expect(oneYearAfter("2025-12-31")).toBe("2026-12-31");
    expect(oneYearAfter("2024-02-29")).toBe("2025-02-28");
    expect(oneYearAfter("")).toBe("");
  });

  it("read today on the local calendar", () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
  });

  it("count a due date as overdue only once it has passed", () => {
    expect(isOverdue("2026-04-01", "2026-04-02")).toBe(true);
    expect(isOverdue("2026-04-01", "2026-04-01")).toBe(false);
    expect(isOverdue("2026-04-01", "2026-03-31")).toBe(false);
  });
});
