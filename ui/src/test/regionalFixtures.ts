// 地域BCP fixtures and a stand-in for the Rust side's regional commands. The dashboard is given, not
// computed: the UI shows the Rust side's numbers (and its hiding of 1–4) and must never count itself.
import type { Dashboard, FileResult, ImportedFile, NamedPatient, OrganizationDraft, RegionScope } from "../ipc/bindings.gen";
import { ipcError, type FakeHandlers } from "../ipc/fakeBackend";
import { regionTree } from "./fixtures";

/** A 郡市医師会 acting as the coordination base: the only kind the 地域BCP screen is for. */
export const coordinationBaseDraft: OrganizationDraft = {
  kind: "CoordinationBase",
  name: "旭川市医師会 在宅医療連携拠点",
  corporationName: "一般社団法人旭川市医師会",
  address: "旭川市金星町1丁目",
  municipality: "旭川市",
  phone: "0166-00-1234",
  managerName: "医師会 太郎",
};

export const minamiFingerprint = "9A1C-44F0-0B7E-2D31-8C55-E6A0-1F92-7B3D";
export const kitaFingerprint = "51D2-0C8E-A7F3-9B64-2E10-D85C-46AF-3071";
export const higashiFingerprint = "C0FF-EE12-3456-789A-BCDE-F012-3456-7890";

/**
 * Three members in 上川中部: a station with a fixed plan, a clinic still drafting, a station whose review
 * is overdue. The ventilated patients in 旭川市 are 1–4, so that cell, 旭川市's total (which would give it
 * away from the visible cell) and the region's ventilator count are hidden.
 */
export const dashboard: Dashboard = {
  municipalities: ["旭川市", "鷹栖町", "東神楽町", "当麻町"],
  members: [
    {
      fingerprint: minamiFingerprint,
      name: "みなみ訪問看護ステーション",
      kind: "NursingStation",
      municipality: "旭川市",
      phone: "0166-00-0001",
      status: "fixed",
      completeness: 80,
      revision: 2,
      nextReviewDue: "2027-01-31",
    },
    {
      fingerprint: kitaFingerprint,
      name: "きた在宅クリニック",
      kind: "ZaitakuClinic",
      municipality: "旭川市",
      phone: "0166-00-0002",
      status: "draft",
      completeness: 40,
      revision: null,
      nextReviewDue: null,
    },
    {
      fingerprint: higashiFingerprint,
      name: "ひがし訪問看護ステーション",
      kind: "NursingStation",
      municipality: "東神楽町",
      phone: "0166-00-0003",
      status: "reviewOverdue",
      completeness: 100,
      revision: 1,
      nextReviewDue: "2025-12-31",
    },
  ],
  byStatus: [
    { status: "none", count: { value: 0, members: [] } },
    { status: "draft", count: { value: 1, members: [kitaFingerprint] } },
    { status: "fixed", count: { value: 1, members: [minamiFingerprint] } },
    { status: "reviewOverdue", count: { value: 1, members: [higashiFingerprint] } },
  ],
  completenessBuckets: [
    { value: 0, members: [] },
    { value: 1, members: [kitaFingerprint] },
    { value: 0, members: [] },
    { value: 1, members: [minamiFingerprint] },
    { value: 1, members: [higashiFingerprint] },
  ],
  withoutProvider: ["鷹栖町", "当麻町"],
  patients: [
    {
      municipality: "旭川市",
      deviceClass: "InvasiveVentilator",
      tier: "P0",
      count: { value: null, members: [minamiFingerprint, kitaFingerprint] },
    },
    { municipality: "旭川市", deviceClass: null, tier: "P2", count: { value: 7, members: [minamiFingerprint] } },
    { municipality: "東神楽町", deviceClass: "OxygenConcentrator", tier: "P1", count: { value: 5, members: [higashiFingerprint] } },
  ],
  patientsByMunicipality: [
    ["旭川市", { value: null, members: [kitaFingerprint, minamiFingerprint] }],
    ["鷹栖町", { value: 0, members: [] }],
    ["東神楽町", { value: 5, members: [higashiFingerprint] }],
    ["当麻町", { value: 0, members: [] }],
  ],
  ventilatorPatients: { value: null, members: [kitaFingerprint, minamiFingerprint] },
  admissionCapacity: { value: 4, members: [kitaFingerprint] },
  agreements: [
    { provider: "旭川中央病院", receiver: "きた在宅クリニック", kind: "admission", capacity: 4 },
    { provider: "みなみ訪問看護ステーション", receiver: "ひがし訪問看護ステーション", kind: "backupVisits", capacity: 3 },
  ],
};

/** Before the region is chosen and any file imported. */
export const emptyDashboard: Dashboard = {
  municipalities: [],
  members: [],
  byStatus: (["none", "draft", "fixed", "reviewOverdue"] as const).map((status) => ({ status, count: { value: 0, members: [] } })),
  completenessBuckets: [0, 1, 2, 3, 4].map(() => ({ value: 0, members: [] })),
  withoutProvider: [],
  patients: [],
  patientsByMunicipality: [],
  ventilatorPatients: { value: 0, members: [] },
  admissionCapacity: { value: 0, members: [] },
  agreements: [],
};

export const importedMinami: ImportedFile = {
  kind: "newer",
  senderName: "みなみ訪問看護ステーション",
  fingerprint: minamiFingerprint,
  knownPartner: null,
  revision: 2,
  names: 0,
};

export const importedKita: ImportedFile = {
  kind: "new",
  senderName: "きた在宅クリニック",
  fingerprint: kitaFingerprint,
  knownPartner: null,
  revision: null,
  names: 0,
};

export const breakGlassReason = "停電が3日目に入り、人工呼吸器の患者の受け入れ先を拠点で調整するため";

/** One patient who consented to the base, one released under 緊急時の開示 (municipality not recorded). */
export const namedPatients: NamedPatient[] = [
  { member: "みなみ訪問看護ステーション", name: "南 花子", municipality: "旭川市", phone: "0166-90-0001", releasedUnder: null },
  {
    member: "ひがし訪問看護ステーション",
    name: "東 一郎",
    municipality: null,
    phone: "0166-90-0002",
    releasedUnder: breakGlassReason,
  },
];

export const refusedReason = "署名が一致しません。作成後に書き換えられたか、送り主が署名したものではありません。";

export type RegionalState = {
  scope: RegionScope;
  dashboard: Dashboard;
  /** What the open dialog answers; [] = the user cancelled. */
  chosenFiles: string[];
  /** Per path: the Rust side's answer, or "unreadable" for a file it could not read (notFound). */
  files: Record<string, FileResult | "unreadable">;
  /** Per path, a promise the import waits for: lets a test look at the screen halfway through a run. */
  gates: Record<string, Promise<void>>;
  /** What the save dialog answers; null = cancelled. */
  printPath: string | null;
  /** What listNamedPatients answers (each call is audited on the Rust side). */
  named: NamedPatient[];
};

// A function, not a constant: fixtures.ts composes this backend, so regionTree is read only once both have loaded.
const homeCareRegions = () => regionTree.tertiaryRegions.flatMap((t) => t.secondaryRegions.flatMap((s) => s.homeCareRegions));

/** The region's municipalities in master order, then single ones (as the Rust side orders them). */
export function municipalitiesOf(scope: RegionScope): string[] {
  const all = homeCareRegions().filter((r) => scope.homeCareRegions?.includes(r.name)).flatMap((r) => r.municipalities);
  for (const m of scope.municipalities ?? []) if (!all.includes(m)) all.push(m);
  return all;
}

/**
 * Stateful like the Rust side: a saved region changes the dashboard's municipalities; an unknown
 * 在宅医療圏 is invalidInput. (Whether the organisation is a coordination base is not checked here.)
 */
export function regionalBackend(initial: Partial<RegionalState> = {}): FakeHandlers & { state: RegionalState } {
  const state: RegionalState = {
    scope: { homeCareRegions: [], municipalities: [] },
    dashboard: emptyDashboard,
    chosenFiles: [],
    files: {},
    gates: {},
    printPath: "/home/base/地域BCP.pdf",
    named: [],
    ...initial,
  };
  return {
    state,
    getRegionScope: () => state.scope,
    setRegionScope: (scope) => {
      if ((scope.homeCareRegions ?? []).some((name) => !homeCareRegions().some((r) => r.name === name)))
        throw ipcError("invalidInput");
      state.scope = scope;
      state.dashboard = { ...state.dashboard, municipalities: municipalitiesOf(scope) };
      return state.dashboard.municipalities;
    },
    chooseMemberFiles: () => state.chosenFiles,
    importMemberFile: async (path) => {
      await state.gates[path];
      const answer = state.files[path];
      if (answer === undefined || answer === "unreadable") throw ipcError("notFound");
      return answer;
    },
    getRegionalDashboard: () => state.dashboard,
    listNamedPatients: () => state.named,
    printRegional: () => (state.printPath === null ? null : { path: state.printPath, pages: 3, missingGlyphs: [] }),
  };
}
