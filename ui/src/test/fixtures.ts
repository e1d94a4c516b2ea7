import type { FakeHandlers } from "../ipc/fakeBackend";
import type { OrganizationDraft, OrganizationView, Place, PlanView, RegionTree, Settings } from "../ipc/bindings.gen";
import { licenses } from "./aboutFixtures";
import { drillBackend } from "./drillFixtures";
import { linkBackend } from "./linkFixtures";
import { patientBackend } from "./patientFixtures";
import { planBackend, type RevisionOptions } from "./planFixtures";
import { coordinationBaseDraft, regionalBackend } from "./regionalFixtures";
import { safetyBackend } from "./safetyFixtures";

export const regionTree: RegionTree = {
  prefecture: "北海道",
  source: "北海道医療計画（テスト用の抜粋）",
  tertiaryRegions: [
    {
      name: "道北",
      secondaryRegions: [
        {
          name: "上川中部",
          homeCareRegions: [
            { name: "旭川市", healthCenter: "旭川市保健所", population: 321_000, municipalities: ["旭川市"] },
            {
              name: "上川中部（旭川市以外）",
              healthCenter: "上川保健所",
              population: 48_500,
              municipalities: ["鷹栖町", "東神楽町", "当麻町"],
            },
          ],
        },
      ],
    },
    {
      name: "道央",
      secondaryRegions: [
        {
          name: "札幌",
          homeCareRegions: [
            { name: "札幌", healthCenter: "札幌市保健所", population: 1_960_000, municipalities: ["札幌市", "江別市"] },
          ],
        },
      ],
    },
  ],
  totals: { homeCareRegions: 3, municipalities: 6, population: 2_329_500 },
};

export function placeOf(municipality: string | null): Place | null {
  for (const tertiary of regionTree.tertiaryRegions)
    for (const secondary of tertiary.secondaryRegions)
      for (const region of secondary.homeCareRegions)
        if (municipality !== null && region.municipalities.includes(municipality))
          return {
            prefecture: regionTree.prefecture,
            municipality,
            homeCareRegion: region.name,
            secondaryRegion: secondary.name,
            tertiaryRegion: tertiary.name,
            healthCenter: region.healthCenter,
          };
  return null;
}

export const savedDraft: OrganizationDraft = {
  kind: "NursingStation",
  name: "あさひ訪問看護ステーション",
  corporationName: "医療法人あさひ会",
  address: "旭川市1条通1丁目",
  municipality: "旭川市",
  phone: "0166-00-0000",
  managerName: "山田 花子",
};

export function viewOf(draft: OrganizationDraft, updatedAt = "2025-04-01T06:42:07Z"): OrganizationView {
  return { organization: { ...draft, updatedAt }, place: placeOf(draft.municipality) };
}

/** Settings that remember changes like the Rust side. */
export function settingsBackend(initial: Partial<Settings> = {}): FakeHandlers {
  let settings: Settings = {
    language: "ja",
    printLanguage: "ja",
    contrast: "standard",
    textScale: "100",
    ...initial,
  };
  // Documents print in the UI's language until chosen otherwise, as on the Rust side.
  if (initial.printLanguage === undefined) settings.printLanguage = settings.language;
  const change = (patch: Partial<Settings>) => (settings = { ...settings, ...patch });
  return {
    getSettings: () => settings,
    setLanguage: (language) => change({ language }),
    setPrintLanguage: (printLanguage) => change({ printLanguage }),
    setContrast: (contrast) => change({ contrast }),
    setTextScale: (textScale) => change({ textScale }),
  };
}

/** A backend that behaves like the Rust side for the happy path; tests override single commands. */
export function happyBackend(
  initial: OrganizationView | null = viewOf(savedDraft),
  plan: PlanView | null = null,
  revisions: RevisionOptions = {},
): FakeHandlers {
  let current = initial;
  // An empty register with no outage; patient tests pass their own patientBackend as overrides.
  const { state: _patients, ...patients } = patientBackend();
  // No partners, agreements or partners' files; link tests pass their own linkBackend as overrides.
  const { state: _links, ...links } = linkBackend();
  // No region and no members' files; 地域BCP tests pass their own regionalBackend as overrides.
  const { state: _regional, ...regional } = regionalBackend();
  // No drills, briefings or reminders; drill tests pass their own drillBackend as overrides.
  const { state: _drills, ...drills } = drillBackend();
  // Not locked, no backups, an empty audit log; those tests pass their own safetyBackend as overrides.
  const { state: _safety, ...safety } = safetyBackend();
  return {
    ...planBackend(plan, initial?.organization.kind, undefined, revisions),
    ...patients,
    ...links,
    ...regional,
    ...drills,
    ...safety,
    ...settingsBackend(),
    markInteractive: () => undefined,
    appInfo: () => ({ version: "0.1.0", schemaVersion: 1, dataDir: "/home/nurse/.local/share/homecare-bcp" }),
    getLicenses: () => licenses,
    // The app was started normally, not by opening an exchange file.
    takeOpenedFile: () => null,
    getOrganization: () => current,
    getIdentity: () => ({
      fingerprint: "3342-971C-BD6B-7171-D0B5-237B-088E-8302",
      card: { signingKey: "AAAA", ageRecipient: "age1example" },
    }),
    saveOrganization: (draft) => {
      current = viewOf(draft, new Date().toISOString());
      return current;
    },
    listRegions: () => regionTree,
    printCover: () => ({ path: "/home/nurse/表紙.pdf", pages: 1, missingGlyphs: [] }),
    printConnected: () => ({ path: "/home/nurse/連携型BCP.pdf", pages: 2, missingGlyphs: [] }),
  };
}

/** The happy path for a coordination base (happyBackend's organisation is a nursing station). */
export function coordinationBaseBackend(plan: PlanView | null = null): FakeHandlers {
  return happyBackend(viewOf(coordinationBaseDraft), plan);
}
