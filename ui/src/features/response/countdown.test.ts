import { describe, expect, it } from "vitest";
import { translate, type Translate } from "../../i18n/translate";
import { durationText, hoursLeftNow, minutesSince } from "./countdown";

const ja: Translate = (key, vars) => translate("ja", key, vars);
const en: Translate = (key, vars) => translate("en", key, vars);
const at = (iso: string) => Date.parse(iso);

describe("countdown", () => {
  it("counts on from the time the Rust side computed the hours", () => {
    expect(hoursLeftNow(2.8, "2026-01-15T05:00:00Z", at("2026-01-15T05:30:00Z"))).toBeCloseTo(2.3);
    expect(hoursLeftNow(0.5, "2026-01-15T05:00:00Z", at("2026-01-15T06:00:00Z"))).toBe(0);
    // A clock behind the Rust side's does not add time.
    expect(hoursLeftNow(2.8, "2026-01-15T05:00:00Z", at("2026-01-15T04:59:00Z"))).toBe(2.8);
  });

  it("measures minutes since a stored time", () => {
    expect(minutesSince("2026-01-15T04:00:00Z", at("2026-01-15T06:05:30Z"))).toBe(125.5);
    expect(minutesSince("not a time", at("2026-01-15T06:05:30Z"))).toBe(0);
  });

  it("writes hours and two-digit minutes, rounded down", () => {
    expect(durationText(ja, 2.8 * 60)).toBe("2時間48分");
    expect(durationText(ja, 125.9)).toBe("2時間05分");
    expect(durationText(ja, 0)).toBe("0時間00分");
    expect(durationText(en, 125)).toBe("2 h 05 min");
  });
});
