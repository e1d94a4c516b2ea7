// Register fixtures and a stand-in for the Rust side's patient and outage commands. The ranking is
// given, not computed: the UI shows the Rust side's order and reasons and must never re-rank them.
import type {
  DeviceHours,
  OutageDeclaration,
  PatientRecord,
  RankedPatient,
  Reason,
  SafetyCheck,
} from "../ipc/bindings.gen";
import { ipcError, type FakeHandlers } from "../ipc/fakeBackend";

export const configVersion = "2026.1-default";
export const computedAt = "2026-01-15T05:00:00Z";

const tierRule = (rule: string, text: string): Reason => ({ rule, text, points: null });
const points = (rule: string, n: number, text: string): Reason => ({ rule, text, points: n });

const ventilatorHours: DeviceHours = {
  deviceId: "d1",
  class: "InvasiveVentilator",
  hours: 2.8,
  workings: [
    "内部バッテリー 8時間 × 充電60% × 劣化0.8 × (24W ÷ 24W) = 3.8時間",
    "合計3.8時間から、電池で動いた1.0時間を引いて残り2.8時間",
  ],
  assumptions: ["内部バッテリーの劣化係数を0.8と仮定"],
};

/** In the order the Rust side ranks them: P0, P1 (set by hand), P2, P3. */
export const rankedPatients: RankedPatient[] = [
  {
    id: "P0001",
    name: "南 花子",
    municipality: "旭川市",
    tier: "P0",
    ranking: {
      tier: "P0",
      score: 78,
      reasons: [
        tierRule("P0-power", "人工呼吸器に依存し停電中、電源の残りが2.8時間（3.0時間未満）"),
        points("invasive-full", 30, "気管切開下の人工呼吸 1日24時間"),
        points("power-3", 20, "電源の残り2.8時間"),
        points("household", 8, "独居、または介護者が75歳以上・夜間不在"),
      ],
      configVersion,
    },
    overridden: false,
    tierOverride: null,
    powerHoursLeft: 2.8,
    oxygenHoursLeft: null,
    unreachedMinutes: 60,
    power: [ventilatorHours],
  },
  {
    id: "P0002",
    name: "北 太郎",
    municipality: "江別市",
    tier: "P1",
    ranking: {
      tier: "P2",
      score: 40,
      reasons: [tierRule("P2-power", "電源の残りが20.0時間（24.0時間未満）"), points("nppv-dependent", 22, "NPPV 1日18時間")],
      configVersion,
    },
    overridden: true,
    tierOverride: { tier: "P1", reason: "夜間は吸引できる人がいない", by: "訪問看護 佐藤" },
    powerHoursLeft: 20,
    oxygenHoursLeft: null,
    unreachedMinutes: null,
    power: [{ deviceId: "d1", class: "Nppv", hours: 20, workings: ["外部バッテリー 20時間 × 充電100% × 劣化1 × (30W ÷ 30W) = 20.0時間"], assumptions: [] }],
  },
  {
    id: "P0003",
    name: "東 次郎",
    municipality: "旭川市",
    tier: "P2",
    ranking: {
      tier: "P2",
      score: 16,
      reasons: [tierRule("P2-oxygen", "酸素の残りが5.0時間（6.0時間未満）"), points("oxygen-low", 6, "在宅酸素 毎分2L")],
      configVersion,
    },
    overridden: false,
    tierOverride: null,
    powerHoursLeft: null,
    oxygenHoursLeft: 5,
    unreachedMinutes: null,
    power: [
      {
        deviceId: "d1",
        class: "OxygenConcentrator",
        hours: 0,
        workings: [],
        assumptions: ["酸素濃縮器の消費電力は実測値がないため一般的な値 120W と仮定"],
      },
    ],
  },
  {
    id: "P0004",
    name: "西 三郎",
    municipality: null,
    tier: "P3",
    ranking: {
      tier: "P3",
      score: 2,
      reasons: [tierRule("P3", "上の条件のいずれにも当たらない登録患者"), points("plan-overdue", 2, "個別支援計画の見直しが12か月以上ない")],
      configVersion,
    },
    overridden: false,
    tierOverride: null,
    powerHoursLeft: null,
    oxygenHoursLeft: null,
    unreachedMinutes: null,
    power: [],
  },
];

/** The stored record behind P0001, as getPatient answers it (fields with serde defaults left out). */
export const storedRecord: PatientRecord = {
  id: "P0001",
  name: "南 花子",
  birthDate: "1948-07-15",
  municipality: "旭川市",
  living: "alone",
  residence: { floor: 4, liftNeedsPower: true, floodDepth: "none" },
  devices: [{ id: "d1", class: "InvasiveVentilator", measuredDrawW: 24, nameplateW: 120, hoursPerDay: 24, substitutes: ["hme"] }],
  powerSources: [
    {
      id: "s1",
      kind: "internal",
      feeds: ["d1"],
      nominalWh: null,
      ratedHours: 8,
      ratedDrawW: 24,
      path: "deviceNative",
      health: null,
      stateOfCharge: 0.6,
    },
  ],
  oxygen: null,
  offVentToleranceMin: 3,
  supportPlanReviewedOn: null,
  tierOverride: null,
};

export type PatientState = {
  patients: RankedPatient[];
  records: Map<string, PatientRecord>;
  outage: OutageDeclaration | null;
  checks: SafetyCheck[];
};

/** Stateful like the Rust side: one outage at a time, checks only while it is open, new records get the next id. */
export function patientBackend(
  initial: Partial<Omit<PatientState, "records">> & { records?: PatientRecord[] } = {},
): FakeHandlers & { state: PatientState } {
  const state: PatientState = {
    patients: initial.patients ?? [],
    records: new Map((initial.records ?? []).map((r) => [r.id ?? "", r])),
    outage: initial.outage ?? null,
    checks: initial.checks ?? [],
  };
  return {
    state,
    listPatients: () => ({ outage: state.outage, computedAt, patients: state.patients, configVersion }),
    getPatient: (id) => {
      const record = state.records.get(id);
      if (!record) throw ipcError("notFound");
      return record;
    },
    savePatient: (record) => {
      const id = record.id ? record.id : `P${String(state.records.size + 1).padStart(4, "0")}`;
      state.records.set(id, { ...record, id });
      return id;
    },
    startOutage: (declaration) => {
      if (state.outage !== null) throw ipcError("invalidInput");
      state.outage = declaration;
      state.checks = [];
      return null;
    },
    // The region master check (invalidInput on "municipality") is left to tests that override this.
    setEvacuationOrders: (municipalities) => {
      if (state.outage === null) throw ipcError("notFound");
      state.outage = { ...state.outage, evacuationOrders: municipalities };
      return null;
    },
    recordSafetyCheck: (check) => {
      if (state.outage === null) throw ipcError("notFound");
      state.checks.push(check);
      return null;
    },
    listSafetyChecks: () => (state.outage === null ? [] : state.checks),
    endOutage: () => {
      if (state.outage === null) throw ipcError("notFound");
      state.outage = null;
      return null;
    },
  };
}

export const openOutage: OutageDeclaration = { startedAt: "2026-01-15T04:00:00Z", municipalities: ["旭川市"], note: "台風で停電" };
