// The About screen's licences: a few real-looking packages from each source, and a way to make many.
import type { Licenses, ThirdParty } from "../ipc/bindings.gen";

export const thirdParty: ThirdParty[] = [
  { name: "printpdf", version: "0.7.0", license: "MIT", source: "crates.io", repository: "https://github.com/fschutt/printpdf" },
  { name: "rusqlite", version: "0.32.1", license: "MIT", source: "crates.io", repository: "https://github.com/rusqlite/rusqlite" },
  {
    name: "serde",
    version: "1.0.219",
    license: "MIT OR Apache-2.0",
    source: "crates.io",
    repository: "https://github.com/serde-rs/serde",
  },
  { name: "ring", version: "0.17.14", license: "Apache-2.0 AND ISC", source: "crates.io", repository: "https://github.com/briansmith/ring" },
  { name: "react", version: "19.2.0", license: "MIT", source: "npm", repository: "https://github.com/facebook/react" },
  { name: "@mantine/core", version: "9.8.1", license: "MIT", source: "npm", repository: "https://github.com/mantinedev/mantine" },
];

export const licenses: Licenses = {
  app: "MIT OR Apache-2.0",
  fontNotice: "BIZ UDGothic: Copyright 2022 The BIZ UDGothic Project Authors (https://github.com/googlefonts/morisawa-biz-ud-gothic)",
  fontLicense: "SIL OPEN FONT LICENSE Version 1.1 - 26 February 2007\n\nPREAMBLE\nThe goals of the Open Font License (OFL) are to stimulate worldwide development of collaborative font projects…",
  thirdParty,
};

/** n crates named crate-001 … (all MIT), for the row limit. */
export function manyCrates(n: number): ThirdParty[] {
  return Array.from({ length: n }, (_, i) => ({
    name: `crate-${String(i + 1).padStart(3, "0")}`,
    version: "1.0.0",
    license: "MIT",
    source: "crates.io",
    repository: "",
  }));
}
