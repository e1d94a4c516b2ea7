import { describe, expect, it } from "vitest";
import { translate, type Translate } from "../../i18n/translate";
import { backupPreview } from "../../test/safetyFixtures";
import { sizeText, unusableKind } from "./backupText";

const t: Translate = (key, vars) => translate("ja", key, vars);

describe("backup sizes", () => {
  it("read in KB below a megabyte and in MB with one decimal above", () => {
    expect(sizeText(t, 100, "ja")).toBe("1 KB");
    expect(sizeText(t, 512 * 1024, "ja")).toBe("512 KB");
    expect(sizeText(t, 3.44 * 1024 * 1024, "ja")).toBe("3.4 MB");
    expect(sizeText(t, 1536 * 1024 * 1024, "en")).toBe("1,536 MB");
    expect(sizeText(t, null, "ja")).toBe("—");
  });
});

describe("unusable backups", () => {
  it("are told apart: damaged, from a newer app, or anything else", () => {
    expect(unusableKind(backupPreview, 8)).toBeNull();
    expect(unusableKind({ ...backupPreview, intact: false, unusable: "integrity check failed: x" }, 8)).toBe("damaged");
    expect(unusableKind({ ...backupPreview, schemaVersion: 9, unusable: "written by a newer app (schema 9 > 8)" }, 8)).toBe("newer");
    expect(unusableKind({ ...backupPreview, unusable: "something else" }, 8)).toBe("other");
  });
});
