import { describe, expect, it } from "vitest";
import type { IpcErrorKind } from "../ipc/bindings.gen";
import { IpcFailure } from "../ipc/client";
import { organizationKinds } from "../features/organization/kinds";
import { en } from "./en";
import { errorText, fieldErrorText, ipcErrorKinds } from "./errors";
import { ja } from "./ja";
import { catalogues, translate, type Translate } from "./translate";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("catalogues", () => {
  it("have identical key sets", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ja).sort());
  });

  it("have no empty strings", () => {
    for (const [language, catalogue] of Object.entries(catalogues))
      for (const [key, text] of Object.entries(catalogue)) expect(text.trim(), `${language} ${key}`).not.toBe("");
  });

  it("use the same placeholders in both languages", () => {
    for (const key of Object.keys(ja) as (keyof typeof ja)[])
      expect(placeholders(en[key]), key).toEqual(placeholders(ja[key]));
  });

  it("label every organisation kind in both languages", () => {
    expect(organizationKinds).toHaveLength(6);
    for (const kind of organizationKinds) {
      expect(ja[`kind.${kind}`]).toBeTruthy();
      expect(en[`kind.${kind}`]).toBeTruthy();
    }
    expect(ja["kind.NursingStation"]).toBe("訪問看護ステーション");
    expect(en["kind.CoordinationBase"]).toBe("Home-care coordination base");
  });
});

describe("error sentences", () => {
  const kinds = Object.keys(ipcErrorKinds) as IpcErrorKind[];
  const failure = (kind: IpcErrorKind, field: string | null = null) =>
    new IpcFailure({ kind, field, message: "English text for logs only" });

  it("exist for every IpcErrorKind in both languages and differ per kind", () => {
    expect(kinds).toHaveLength(9);
    for (const language of ["ja", "en"] as const) {
      const t: Translate = (key, vars) => translate(language, key, vars);
      const texts = kinds.map((kind) => errorText(t, failure(kind)));
      for (const text of texts) {
        expect(text.length).toBeGreaterThan(10);
        expect(text).not.toContain("English text for logs only");
      }
      expect(new Set(texts).size).toBe(kinds.length);
    }
  });

  it("treat a non-IPC error as internal", () => {
    const t: Translate = (key, vars) => translate("ja", key, vars);
    expect(errorText(t, new TypeError("invoke is undefined"))).toBe(ja["error.internal"]);
  });

  it("give the field's own sentence for invalidInput, and none for unknown fields", () => {
    const t: Translate = (key, vars) => translate("en", key, vars);
    expect(fieldErrorText(t, failure("invalidInput", "name"))).toEqual({ field: "name", text: en["fieldError.name"] });
    expect(fieldErrorText(t, failure("invalidInput", "noSuchField"))).toBeNull();
    expect(fieldErrorText(t, failure("storage", "name"))).toBeNull();
  });

  it("look revision fields up in their own group, for every field the contract names", () => {
    const t: Translate = (key, vars) => translate("ja", key, vars);
    for (const field of ["revisedOn", "nextReviewDue", "reason", "approver"])
      expect(fieldErrorText(t, failure("invalidInput", field), "revisionError")).toEqual({
        field,
        text: ja[`revisionError.${field}` as keyof typeof ja],
      });
    // An organisation form never shows a revision sentence, and the other way round.
    expect(fieldErrorText(t, failure("invalidInput", "approver"))).toBeNull();
    expect(fieldErrorText(t, failure("invalidInput", "name"), "revisionError")).toBeNull();
  });
});

describe("translate", () => {
  it("fills placeholders", () => {
    expect(translate("ja", "save.saved", { time: "15:42:07" })).toBe("保存しました 15:42:07");
  });
});
