import { describe, expect, it } from "vitest";
import { partnerKindOf } from "./choices";
import { isFingerprint, normalizeFingerprint } from "./fingerprint";
import { isDate, normalizeDate } from "./typed";

describe("typed fingerprints", () => {
  it("take the stored shape whatever the case, spacing or width", () => {
    const stored = "3342-971C-BD6B-7171-D0B5-237B-088E-8302";
    const typings = [
      stored,
      "3342971cbd6b7171d0b5237b088e8302",
      " 3342 971c bd6b 7171 d0b5 237b 088e 8302 ",
      "３３４２ー９７１Ｃ-BD6B-7171-D0B5-237B-088E-8302",
    ];
    for (const typed of typings) expect(normalizeFingerprint(typed)).toBe(stored);
    expect(isFingerprint(stored)).toBe(true);
  });

  it("leave anything else for the form to refuse", () => {
    expect(normalizeFingerprint(" 3342-971C ")).toBe("3342-971C");
    expect(isFingerprint("3342-971C")).toBe(false);
    expect(isFingerprint(normalizeFingerprint("G342971CBD6B7171D0B5237B088E8302"))).toBe(false);
  });
});

describe("typed dates", () => {
  it("accept slashes, one-digit months and full-width digits", () => {
    expect(normalizeDate("2026/4/1")).toBe("2026-04-01");
    expect(normalizeDate("２０２６-０３-３１")).toBe("2026-03-31");
    expect(normalizeDate("  ")).toBe("");
  });

  it("refuse days that do not exist", () => {
    expect(isDate("2026-02-29")).toBe(false);
    expect(isDate("2028-02-29")).toBe(true);
    expect(isDate("2026-13-01")).toBe(false);
    expect(isDate("令和8年")).toBe(false);
  });
});

describe("partner kind from a file", () => {
  it("calls an organisation of our own kind 同種, clinics with or without 在宅療養支援 alike", () => {
    expect(partnerKindOf("NursingStation", "NursingStation")).toBe("sameKind");
    expect(partnerKindOf("Clinic", "ZaitakuClinic")).toBe("sameKind");
    expect(partnerKindOf("ZaitakuClinic", "NursingStation")).toBe("clinic");
    expect(partnerKindOf("ZaitakuHospital", "NursingStation")).toBe("hospital");
    expect(partnerKindOf("Other", "Other")).toBe("other");
  });
});
