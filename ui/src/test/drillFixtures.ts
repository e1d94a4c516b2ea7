// Drill fixtures and a stand-in for the Rust side's 訓練 commands. The tabletop and the reminders are
// given, not computed: the UI shows the Rust side's answers and their reasons and must never work
// them out itself.
import type { ActionItem, Briefing, Drill, Reminder, Scenario, Tabletop, Text } from "../ipc/bindings.gen";
import { ipcError, type FakeHandlers } from "../ipc/fakeBackend";

const text = (ja: string, en: string): Text => ({ ja, en });

export const earthquake: Scenario = {
  id: "earthquake",
  hazard: "disaster",
  title: text("震度6強の地震（平日の日中）", "Seismic intensity 6+ earthquake (weekday daytime)"),
  summary: text("平日10時、事業所の市町村で震度6強。全域で停電する。", "Weekday 10:00, intensity 6+; area-wide blackout."),
  assumptions: [text("停電は24時間続く（訓練の想定）。", "The blackout lasts 24 hours (drill assumption).")],
  blackoutHours: 24,
  officeDown: false,
  measures: [{ ja: "職員全員の安否確認が終わるまで", en: "Until every staff member is accounted for", targetMinutes: 60 }],
  injects: [
    {
      atMinutes: 0,
      event: text("強い揺れ。停電。", "Violent shaking; power fails."),
      prompt: text("最初の10分で誰が何をするか。", "Who does what in the first 10 minutes?"),
    },
  ],
};

export const winterBlackout: Scenario = {
  id: "winter-blackout",
  hazard: "disaster",
  title: text("冬の大規模停電（45時間）", "Winter blackout (45 hours)"),
  summary: text("1月の未明、暴風雪で送電線が切れ、広い範囲で45時間停電する。", "A January night: a blizzard cuts the lines; 45 hours without power."),
  assumptions: [
    text("気温は氷点下10度（訓練の想定）。", "Minus 10 °C outside (drill assumption)."),
    text("道路は除雪が追いつかない。", "The roads are not cleared."),
  ],
  blackoutHours: 45,
  officeDown: true,
  measures: [
    { ja: "人工呼吸器の患者全員に連絡がつくまで", en: "Until every ventilator patient is reached", targetMinutes: 60 },
    { ja: "電源の貸出か入院が決まるまで", en: "Until lending or admission is arranged", targetMinutes: 180 },
  ],
  injects: [
    {
      atMinutes: -360,
      event: text("暴風雪警報が出る。", "A blizzard warning is issued."),
      prompt: text("前日のうちに何を確かめるか。", "What do you check the day before?"),
    },
    {
      atMinutes: 90,
      event: text("人工呼吸器の家族から電話。", "A ventilator patient's family calls."),
      prompt: text("残り時間をどう見積もるか。", "How long is left?"),
    },
    {
      atMinutes: 2700,
      event: text("停電が復旧する。", "Power returns."),
      prompt: text("振り返りの日程を決める。", "Set the debrief date."),
    },
  ],
};

export const scenarios: Scenario[] = [earthquake, winterBlackout];

/** Planned on the winter scenario, みなみ assumed down. Its start is 03:00 in Japan. */
export const plannedDrill: Drill = {
  id: "D001",
  title: "冬の停電の机上訓練",
  scenarioId: "winter-blackout",
  kind: "tabletop",
  startsAt: "2027-01-20T03:00:00+09:00",
  participants: [
    { name: "山田 花子", role: "対策本部長" },
    { name: "佐藤", role: "安否確認係" },
  ],
  jointPartnerIds: ["R002"],
  blackoutHours: 45,
  partnersDown: ["R001"],
  officeDown: false,
  result: null,
};

/** Held on the earthquake scenario, with two findings: F1 still open, F2 taken in by 第1版. */
export const heldDrill: Drill = {
  id: "D002",
  title: "地震の安否確認訓練",
  scenarioId: "earthquake",
  kind: "safetyCheck",
  startsAt: "2026-09-01T10:00:00+09:00",
  participants: [{ name: "山田 花子", role: "" }],
  jointPartnerIds: [],
  blackoutHours: 24,
  partnersDown: [],
  officeDown: false,
  result: {
    heldOn: "2026-09-01",
    attendees: ["山田 花子", "佐藤"],
    measurements: [{ label: "職員全員の安否確認が終わるまで", minutes: 75, targetMinutes: 60 }],
    deviations: ["171の使い方を知らない職員がいた"],
    findings: [
      { id: "F1", text: "連絡網が古い", action: "連絡網を更新する", owner: "佐藤", dueOn: "2026-10-31" },
      { id: "F2", text: "171を知らない職員がいた", action: "171の練習を研修に入れる", owner: "山田", dueOn: "2026-12-31" },
    ],
    recordedBy: "山田 花子",
  },
};

export const actionItems: ActionItem[] = [
  {
    id: "D002-F1",
    drillId: "D002",
    finding: "連絡網が古い",
    action: "連絡網を更新する",
    owner: "佐藤",
    dueOn: "2026-10-31",
    closed: null,
  },
  {
    id: "D002-F2",
    drillId: "D002",
    finding: "171を知らない職員がいた",
    action: "171の練習を研修に入れる",
    owner: "山田",
    dueOn: "2026-12-31",
    closed: { revision: 1, closedOn: "2026-11-15", note: "研修計画に追記" },
  },
];

export const briefings: Briefing[] = [
  { id: "B001", heldOn: "2026-04-10", topic: "第1版の説明（職員会議）", revision: 1, attendees: ["山田 花子", "佐藤", "鈴木"] },
];

/**
 * D001's tabletop as the Rust side answers it: 南 runs out after 2.8 hours and みなみ (down) cannot
 * lend, so 旭川中央病院 admits her; 北 runs out with nothing to bridge; 東 lasts the blackout.
 */
export const tabletop: Tabletop = {
  blackoutHours: 45,
  startsAt: "2027-01-20T03:00:00+09:00",
  endsAt: "2027-01-22T00:00:00+09:00",
  patients: [
    {
      id: "P0001",
      name: "南 花子",
      municipality: "旭川市",
      tier: "P0",
      limitHours: 2.8,
      runsOutAt: "2027-01-20T05:48:00+09:00",
      runsOut: true,
      visit: { by: "us", partnerId: null, partnerName: null, agreementId: null, kind: null },
      bridge: { by: "partner", partnerId: "R002", partnerName: "旭川中央病院", agreementId: "A002", kind: "admission" },
      reasons: [
        text("人工呼吸器の電源：開始時点で2.8時間もつ（台帳の電源の記録から）。", "Ventilator power: 2.8 h from the start (from the register's power sources)."),
        text("停電45.0時間のうちに電源が切れる：開始から2.8時間後。", "Runs out within the 45.0 h blackout: 2.8 h after the start."),
      ],
    },
    {
      id: "P0002",
      name: "北 太郎",
      municipality: "江別市",
      tier: "P1",
      limitHours: null,
      runsOutAt: "2027-01-20T03:00:00+09:00",
      runsOut: true,
      visit: { by: "us", partnerId: null, partnerName: null, agreementId: null, kind: null },
      bridge: { by: "nobody", partnerId: null, partnerName: null, agreementId: null, kind: null },
      reasons: [
        text(
          "電源の貸出・入院受入の協定（稼働中・地域と機器が合うもの・受入枠あり）がなく、入院先の調整も台帳にありません。",
          "No working lending or admission agreement covers this patient with room left, and no admission is arranged.",
        ),
      ],
    },
    {
      id: "P0003",
      name: "東 次郎",
      municipality: null,
      tier: "P2",
      limitHours: 60,
      runsOutAt: null,
      runsOut: false,
      visit: { by: "us", partnerId: null, partnerName: null, agreementId: null, kind: null },
      bridge: null,
      reasons: [],
    },
  ],
  runningOut: 2,
  uncovered: 1,
  unvisited: 0,
  extraLoad: [
    {
      partnerId: "R001",
      partnerName: "みなみ訪問看護ステーション",
      patients: 2,
      capacity: 3,
      reason: text(
        "みなみ訪問看護ステーションは停止の想定。電源を要する患者2名（相手の計画ファイルから）の代行訪問を当事業所が引き受けます（受入枠3名）。",
        "みなみ訪問看護ステーション is down: we take on backup visits for its 2 electricity-dependent patients (from its plan file) (capacity 3).",
      ),
    },
  ],
  notes: [
    text(
      "旭川中央病院との入院受入の協定には受入人数の定めがないため、人数の上限なしとして計算しました。",
      "The 入院受入 agreement with 旭川中央病院 states no capacity; it was taken as unlimited.",
    ),
  ],
};

export const reminders: Reminder[] = [
  {
    kind: "review",
    urgency: "overdue",
    dueOn: "2026-04-01",
    text: text("計画の見直し期限（2026-04-01）を過ぎています。", "The plan's review date (2026-04-01) has passed."),
    subjects: [],
  },
  {
    kind: "actionItem",
    urgency: "dueSoon",
    dueOn: "2026-10-31",
    text: text("改善項目「連絡網を更新する」の期限が近づいています。", "Action item 'update the call tree' is due soon."),
    subjects: ["D002-F1"],
  },
  {
    kind: "actionItem",
    urgency: "overdue",
    dueOn: "2026-09-30",
    text: text("改善項目「備蓄の点検」の期限を過ぎています。", "Action item 'check the stockpile' is overdue."),
    subjects: ["D003-F1"],
  },
  {
    kind: "staffChange",
    urgency: "notice",
    dueOn: null,
    text: text("第1版のあとに職員名簿が変わりました（追加：鈴木）。", "The staff roster changed after version 1 (added: 鈴木)."),
    subjects: [],
  },
  {
    kind: "stock",
    urgency: "dueSoon",
    dueOn: "2026-11-30",
    text: text("備蓄品「飲料水」の消費期限が近づいています。", "Stock item 'drinking water' expires soon."),
    subjects: [],
  },
  {
    kind: "agreement",
    urgency: "dueSoon",
    dueOn: "2026-12-31",
    text: text("旭川中央病院との協定の期限が近づいています。", "The agreement with 旭川中央病院 ends soon."),
    subjects: ["A002"],
  },
  {
    kind: "patientData",
    urgency: "notice",
    dueOn: null,
    text: text("南 花子さんの機器・電源の情報が12か月以上更新されていません。", "南 花子's device and power data is over 12 months old."),
    subjects: ["P0001"],
  },
];

export type DrillState = {
  scenarios: Scenario[];
  drills: Drill[];
  actionItems: ActionItem[];
  briefings: Briefing[];
  /** Per drill id; a drill without one is notFound. */
  tabletops: Record<string, Tabletop>;
  reminders: Reminder[];
  /** The plan versions an action item or a briefing may name; null = any. */
  revisions: number[] | null;
  /** What the save dialog answers; null = cancelled. */
  printPath: string | null;
};

const nextId = (prefix: string, ids: string[]) => `${prefix}${String(ids.length + 1).padStart(3, "0")}`;

/**
 * Stateful like the Rust side: new drills and briefings get the next id (D…, B…); a recorded result's
 * new findings get F1, F2 … and those with an action become action items (closed ones stay as they
 * were); a blank title, topic or attendee list is invalidInput naming the field, as is an unknown version.
 */
export function drillBackend(initial: Partial<DrillState> = {}): FakeHandlers & { state: DrillState } {
  const state: DrillState = {
    scenarios,
    drills: [],
    actionItems: [],
    briefings: [],
    tabletops: {},
    reminders: [],
    revisions: null,
    printPath: "/home/nurse/訓練パック.pdf",
    ...initial,
  };
  const knownRevision = (n: number) => state.revisions === null || state.revisions.includes(n);
  const printed = () => (state.printPath === null ? null : { path: state.printPath, pages: 4, missingGlyphs: [] });
  return {
    state,
    getDrills: () => ({
      scenarios: state.scenarios,
      drills: state.drills,
      actionItems: state.actionItems,
      briefings: state.briefings,
    }),
    saveDrill: (drill) => {
      if (drill.title.trim() === "") throw ipcError("invalidInput", "title");
      if (!state.scenarios.some((s) => s.id === drill.scenarioId)) throw ipcError("invalidInput", "scenarioId");
      const id = drill.id ? drill.id : nextId("D", state.drills.map((d) => d.id ?? ""));
      const stored = state.drills.find((d) => d.id === id);
      const saved: Drill = { ...drill, id, result: stored?.result ?? null };
      state.drills = stored ? state.drills.map((d) => (d.id === id ? saved : d)) : [...state.drills, saved];
      return id;
    },
    recordDrillResult: (drillId, result) => {
      const drill = state.drills.find((d) => d.id === drillId);
      if (!drill) throw ipcError("notFound");
      let next = Math.max(0, ...(result.findings ?? []).map((f) => Number((f.id ?? "").slice(1)) || 0));
      const findings = (result.findings ?? []).map((f) => (f.id ? f : { ...f, id: `F${(next += 1)}` }));
      const saved: Drill = { ...drill, result: { ...result, findings } };
      state.drills = state.drills.map((d) => (d.id === drillId ? saved : d));
      const wanted: ActionItem[] = findings
        .filter((f) => (f.action ?? "").trim() !== "")
        .map((f) => ({
          id: `${drillId}-${f.id}`,
          drillId,
          finding: f.text,
          action: f.action ?? "",
          owner: f.owner ?? "",
          dueOn: f.dueOn ?? null,
          closed: null,
        }));
      const others = state.actionItems.filter((i) => i.drillId !== drillId);
      const kept = state.actionItems.filter((i) => i.drillId === drillId && i.closed);
      state.actionItems = [...others, ...kept, ...wanted.filter((w) => !kept.some((k) => k.id === w.id))];
      return saved;
    },
    closeActionItem: (id, revision, note) => {
      const item = state.actionItems.find((i) => i.id === id);
      if (!item) throw ipcError("notFound");
      if (!knownRevision(revision)) throw ipcError("invalidInput", "revision");
      const closed: ActionItem = { ...item, closed: { revision, closedOn: "2026-11-20", note } };
      state.actionItems = state.actionItems.map((i) => (i.id === id ? closed : i));
      return closed;
    },
    saveBriefing: (briefing) => {
      if (briefing.topic.trim() === "") throw ipcError("invalidInput", "topic");
      if (briefing.attendees.length === 0) throw ipcError("invalidInput", "attendees");
      if (briefing.revision != null && !knownRevision(briefing.revision)) throw ipcError("invalidInput", "revision");
      const id = briefing.id ? briefing.id : nextId("B", state.briefings.map((b) => b.id ?? ""));
      state.briefings = [...state.briefings.filter((b) => b.id !== id), { ...briefing, id }];
      return id;
    },
    getTabletop: (drillId) => {
      const found = state.tabletops[drillId];
      if (!found) throw ipcError("notFound");
      return found;
    },
    getReminders: () => state.reminders,
    printDrillPack: (drillId) => {
      if (!state.drills.some((d) => d.id === drillId)) throw ipcError("notFound");
      return printed();
    },
    printEvidence: () => printed(),
  };
}
