import { describe, expect, it } from "vitest";

type Sources = Record<string, string>;

const importSpecifiers = (source: string) =>
  [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g)].map((m) => m[1]!);

/** Resolves "./x" and "../x" against the importing file ("/src/a/b.ts"); bare specifiers stay as they are. */
function resolve(file: string, specifier: string): string {
  if (!specifier.startsWith(".")) return specifier;
  const parts = file.split("/").slice(0, -1);
  for (const part of specifier.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== ".") parts.push(part);
  }
  return parts.join("/");
}

/** The project's layering: only src/ipc talks to Tauri, and generic components know nothing of features. */
export function layoutViolations(sources: Sources): string[] {
  const violations: string[] = [];
  for (const [file, source] of Object.entries(sources)) {
    for (const specifier of importSpecifiers(source)) {
      const target = resolve(file, specifier);
      if (target.startsWith("@tauri-apps/api") && !file.startsWith("/src/ipc/"))
        violations.push(`${file} imports ${specifier} (only src/ipc may)`);
      if (file.startsWith("/src/components/") && target.startsWith("/src/features"))
        violations.push(`${file} imports ${specifier} (components must not depend on features)`);
    }
  }
  return violations;
}

describe("layout rules", () => {
  it("catch a Tauri import outside src/ipc and a feature import in components", () => {
    const tauri = "@tauri-apps" + "/api";
    expect(
      layoutViolations({
        "/src/ipc/queries.ts": `import { invoke } from "${tauri}/core";`,
        "/src/features/home/X.tsx": `import { invoke } from '${tauri}/core';`,
        "/src/features/home/Y.tsx": `const m = await import("${tauri}/mocks");`,
        "/src/components/Z.tsx": `import { HomePage } from "../features/home/HomePage";`,
        "/src/components/ok.tsx": `import { useT } from "../i18n/LanguageProvider";`,
      }),
    ).toEqual([
      `/src/features/home/X.tsx imports ${tauri}/core (only src/ipc may)`,
      `/src/features/home/Y.tsx imports ${tauri}/mocks (only src/ipc may)`,
      "/src/components/Z.tsx imports ../features/home/HomePage (components must not depend on features)",
    ]);
  });

  it("hold for every source file", () => {
    const sources = import.meta.glob<string>("/src/**/*.{ts,tsx}", { query: "?raw", import: "default", eager: true });
    expect(Object.keys(sources).length).toBeGreaterThan(20);
    expect(Object.keys(sources)).toContain("/src/ipc/bindings.gen.ts");
    expect(layoutViolations(sources)).toEqual([]);
  });
});
