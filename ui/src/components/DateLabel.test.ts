import { describe, expect, it } from "vitest";
import { dateText } from "./DateLabel";

describe("dateText", () => {
  it("shows 和暦 with 西暦 in Japanese and the ISO date in English", () => {
    // Noon local time, so the calendar day is the same in every time zone the test may run in.
    const iso = new Date(2025, 3, 1, 12).toISOString();
    expect(dateText(iso, "ja")).toBe("令和7年4月1日 (2025-04-01)");
    expect(dateText(iso, "en")).toBe("2025-04-01");
  });

  it("reads a calendar date as that day, whatever the time zone", () => {
    expect(dateText("2025-04-01", "ja")).toBe("令和7年4月1日 (2025-04-01)");
    expect(dateText("2019-05-01", "ja")).toBe("令和元年5月1日 (2019-05-01)");
    expect(dateText("2025-04-01", "en")).toBe("2025-04-01");
  });

  it("shows nothing for an unreadable time", () => {
    expect(dateText("not a date", "ja")).toBe("");
  });
});
