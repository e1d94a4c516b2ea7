// Link fixtures and a stand-in for the Rust side's 連携 commands. Findings are given, not computed:
// the UI shows the Rust side's findings and their Japanese text and must never check plans itself.
import type {
  Agreement,
  FindingView,
  ImportedFile,
  LinkView,
  OutageDeclaration,
  Partner,
  RemotePlan,
} from "../ipc/bindings.gen";
import { ipcError, type FakeHandlers } from "../ipc/fakeBackend";

export const partnerFingerprint = "9A1C-44F0-0B7E-2D31-8C55-E6A0-1F92-7B3D";
export const strangerFingerprint = "51D2-0C8E-A7F3-9B64-2E10-D85C-46AF-3071";

/** A station we already confirmed by phone, and a hospital whose file we never had. */
export const partners: Partner[] = [
  {
    id: "R001",
    name: "みなみ訪問看護ステーション",
    kind: "sameKind",
    phone24h: "0166-11-1111",
    contactPerson: "佐藤 一郎",
    fingerprint: partnerFingerprint,
    note: "",
  },
  { id: "R002", name: "旭川中央病院", kind: "hospital", phone24h: "0166-22-2222", contactPerson: "", fingerprint: null, note: "" },
];

export const agreements: Agreement[] = [
  {
    id: "A001",
    partnerId: "R001",
    kind: "backupVisits",
    direction: "mutual",
    trigger: "震度6弱以上",
    areas: ["旭川市"],
    deviceClasses: [],
    capacityPatients: 3,
    consentRequired: true,
    billingNote: "",
    validFrom: "2025-04-01",
    validUntil: "2026-03-31",
    reviewOn: "2026-01-31",
  },
];

/** みなみ's current file: 第2版, 5 patients counted, none named. */
export const remotePlan: RemotePlan = {
  fingerprint: partnerFingerprint,
  senderName: "みなみ訪問看護ステーション",
  // Noon UTC: the same calendar day on a test machine in any usual time zone.
  createdAt: "2026-01-10T12:00:00Z",
  importedAt: "2026-01-12T12:00:00Z",
  versions: 2,
  knownPartner: "みなみ訪問看護ステーション",
  content: {
    contentVersion: 1,
    organization: {
      kind: "NursingStation",
      name: "みなみ訪問看護ステーション",
      address: "旭川市南1条",
      municipality: "旭川市",
      phone: "0166-11-1111",
      managerName: "佐藤 一郎",
    },
    plan: { revision: 2, revisedOn: "2026-01-05", snapshot: { guideVersion: "2025.1", scope: "disaster", answers: {} } },
    partners: [],
    agreements: [],
    patientCounts: [
      { municipality: "旭川市", deviceClass: "InvasiveVentilator", tier: "P0", count: 2 },
      { municipality: "旭川市", deviceClass: null, tier: "P2", count: 3 },
    ],
    patients: [],
  },
};

/** A clinic's first file: not in our directory, its plan never fixed as a version. */
export const strangerPlan: RemotePlan = {
  fingerprint: strangerFingerprint,
  senderName: "きた在宅クリニック",
  createdAt: "2026-01-14T00:00:00Z",
  importedAt: "2026-01-15T03:00:00Z",
  versions: 1,
  knownPartner: null,
  content: {
    contentVersion: 1,
    organization: {
      kind: "ZaitakuClinic",
      name: "きた在宅クリニック",
      address: "旭川市北5条",
      municipality: "旭川市",
      phone: "0166-33-3333",
      managerName: "北 二郎",
    },
    plan: null,
    patientCounts: [],
  },
};

export const strangerFile: ImportedFile = {
  kind: "new",
  senderName: "きた在宅クリニック",
  fingerprint: strangerFingerprint,
  knownPartner: null,
  revision: null,
  names: 0,
};

export const findings: FindingView[] = [
  {
    finding: {
      kind: "oneSided",
      declared_by: "みなみ訪問看護ステーション",
      other: "当事業所",
      agreement: "backupVisits",
      direction: "mutual",
      other_lists_declarer: true,
    },
    textJa: "みなみ訪問看護ステーションの計画には代行訪問の協定がありますが、当事業所の名簿にはありません。",
  },
  {
    finding: { kind: "expired", partner: "旭川中央病院", agreement: "admission", until: "2025-12-31" },
    textJa: "旭川中央病院との入院受入の協定は2025-12-31で期限が切れています。",
  },
];

export type LinkState = LinkView & {
  /** What the next importExchange answers; the file's plan joins remotePlans when given. */
  nextImport: { file: ImportedFile; plan?: RemotePlan } | null;
  /** What the open and save dialogs answer; null = the user cancelled. */
  chosenPath: string | null;
  savePath: string | null;
  /**
   * The open outage as the register holds it, for 緊急時の開示 only (the screen learns of it from
   * listPatients, so a test passes the same declaration to patientBackend).
   */
  outage: OutageDeclaration | null;
};

/**
 * Stateful like the Rust side: new entries get the next id (R…, A…), an import adds the sender's plan,
 * an export to a fingerprint no partner carries (or whose file was never imported) is notFound; a
 * break-glass export also needs an open outage (notFound) and a reason (invalidInput on "reason").
 */
export function linkBackend(initial: Partial<LinkState> = {}): FakeHandlers & { state: LinkState } {
  const state: LinkState = {
    partners: [],
    agreements: [],
    remotePlans: [],
    findings: [],
    nextImport: null,
    chosenPath: "/home/nurse/受信/kita.hcbcp",
    savePath: "/home/nurse/送信/asahi.hcbcp",
    outage: null,
    ...initial,
  };
  const upsert = <T extends { id?: string }>(list: T[], item: T, prefix: string): [T[], string] => {
    const id = item.id ? item.id : `${prefix}${String(list.length + 1).padStart(3, "0")}`;
    const saved = { ...item, id };
    return [list.some((x) => x.id === id) ? list.map((x) => (x.id === id ? saved : x)) : [...list, saved], id];
  };
  // A partner's key comes from their imported file; the directory entry says it is theirs.
  const canEncryptTo = (to: string) =>
    state.partners.some((p) => p.fingerprint === to) && state.remotePlans.some((r) => r.fingerprint === to);
  return {
    state,
    getLinkView: () => ({
      partners: state.partners,
      agreements: state.agreements,
      remotePlans: state.remotePlans.map((plan) => ({
        ...plan,
        knownPartner: state.partners.find((p) => p.fingerprint === plan.fingerprint)?.name ?? null,
      })),
      findings: state.findings,
    }),
    savePartner: (partner) => {
      if (partner.name.trim() === "" || partner.phone24h.trim() === "") throw ipcError("invalidInput");
      const [list, id] = upsert(state.partners, partner, "R");
      state.partners = list;
      return id;
    },
    saveAgreement: (agreement) => {
      if (!state.partners.some((p) => p.id === agreement.partnerId)) throw ipcError("invalidInput");
      const [list, id] = upsert(state.agreements, agreement, "A");
      state.agreements = list;
      return id;
    },
    chooseExchangeFile: () => state.chosenPath,
    importExchange: () => {
      if (state.nextImport === null) throw ipcError("notFound");
      const { file, plan } = state.nextImport;
      if (plan) state.remotePlans = [...state.remotePlans.filter((r) => r.fingerprint !== plan.fingerprint), plan];
      return file;
    },
    exportExchange: (to) => {
      if (to !== null && !canEncryptTo(to)) throw ipcError("notFound");
      return state.savePath;
    },
    exportExchangeBreakGlass: (to, reason) => {
      if (reason.trim() === "") throw ipcError("invalidInput", "reason");
      if (state.outage === null || !canEncryptTo(to)) throw ipcError("notFound");
      return state.savePath;
    },
  };
}
