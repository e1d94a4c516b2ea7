// The start-up lock, backups and the audit log: fixtures and a stand-in for the Rust side's commands.
// By default nothing is locked, there are no backups and the log is empty; tests pass their own state.
import type { AuditEvent, AuditFilter, BackupEntry, BackupPreview, LockStatus } from "../ipc/bindings.gen";
import { ipcError, type FakeHandlers } from "../ipc/fakeBackend";

const MB = 1024 * 1024;

export const backupEntries: BackupEntry[] = [
  {
    fileName: "homecare-bcp-20260115T050000000Z-manual.sqlite",
    takenAt: "2026-01-15T05:00:00Z",
    reason: "manual",
    size: 3.4 * MB,
  },
  {
    fileName: "homecare-bcp-20260114T233000000Z-before-import.sqlite",
    takenAt: "2026-01-14T23:30:00Z",
    reason: "before-import",
    size: 512 * 1024,
  },
  {
    fileName: "homecare-bcp-20260110T000000000Z-start.sqlite",
    takenAt: "2026-01-10T00:00:00Z",
    reason: "start",
    size: null,
  },
];

/** What the first backup holds (counts only, as the Rust side reports them). */
export const backupPreview: BackupPreview = {
  entry: backupEntries[0]!,
  schemaVersion: 8,
  intact: true,
  organizationName: "あさひ訪問看護ステーション",
  planVersions: 2,
  latestRevisionOn: "2025-12-01",
  planAnswers: 57,
  patients: 12,
  partners: 3,
  drills: 4,
  lastEventAt: "2026-01-15T04:59:00Z",
  unusable: null,
};

export const hostile = "<img src=x onerror=alert(1)>";

/** Newest first, as list_audit_events answers. */
export const auditEvents: AuditEvent[] = [
  { id: 7, at: "2026-01-15T06:00:00Z", actor: "nurse", action: "print.roster", subject: "*", detail: "12 names", basis: "" },
  {
    id: 6,
    at: "2026-01-15T05:30:00Z",
    actor: "nurse",
    action: "exchange.break-glass",
    subject: "3342-971C-BD6B-7171",
    detail: "2 patients",
    basis: "break-glass: 停電で連絡がつかない",
  },
  { id: 5, at: "2026-01-15T05:00:00Z", actor: "nurse", action: "patient.view", subject: "P0001", detail: hostile, basis: "consent" },
  {
    id: 4,
    at: "2026-01-14T09:00:00Z",
    actor: "admin",
    action: "patient.export",
    subject: "*",
    detail: "Csv: 4 records, encrypted",
    basis: "",
  },
  { id: 3, at: "2026-01-13T09:00:00Z", actor: "admin", action: "print.new-paper", subject: "*", detail: "", basis: "" },
  { id: 2, at: "2026-01-12T09:00:00Z", actor: "admin", action: "custom.thing", subject: "P0002", detail: "x".repeat(300), basis: "" },
  { id: 1, at: "2026-01-10T09:00:00Z", actor: "", action: "lock.unlock-failed", subject: "*", detail: "", basis: "" },
];

/** AuditFilter::matches: action prefix, exact subject, inclusive UTC dates. */
export function matchesFilter(event: AuditEvent, filter: AuditFilter): boolean {
  const day = event.at.slice(0, 10);
  return (
    (!filter.action || event.action.startsWith(filter.action)) &&
    (!filter.subject || event.subject === filter.subject) &&
    (!filter.from || day >= filter.from) &&
    (!filter.to || day <= filter.to)
  );
}

export type SafetyState = {
  lock: LockStatus;
  /** The start-up passphrase, when one is set. */
  passphrase: string | null;
  backups: BackupEntry[];
  /** Per file name; a file without one previews as backupPreview with its own entry. */
  previews: Record<string, Partial<BackupPreview>>;
  events: AuditEvent[];
  exportPath: string | null;
};

export function safetyBackend(initial: Partial<SafetyState> = {}): FakeHandlers & { state: SafetyState } {
  const state: SafetyState = {
    lock: { enabled: initial.passphrase != null, locked: false },
    passphrase: null,
    backups: [],
    previews: {},
    events: [],
    exportPath: "/home/nurse/監査ログ_20260115.csv",
    ...initial,
  };
  const previewOf = (fileName: string): BackupPreview => {
    const entry = state.backups.find((b) => b.fileName === fileName);
    if (!entry) throw ipcError("notFound");
    return { ...backupPreview, entry, ...state.previews[fileName] };
  };
  const refuseWrong = (current: string | null) => {
    if (state.passphrase !== null && current !== state.passphrase) throw ipcError("invalidInput", "passphrase");
  };
  return {
    state,
    getLockStatus: () => ({ ...state.lock }),
    unlock: (passphrase) => {
      if (state.passphrase === null || passphrase !== state.passphrase) return false;
      state.lock = { ...state.lock, locked: false };
      return true;
    },
    setLockPassphrase: (current, passphrase) => {
      refuseWrong(current);
      if ([...passphrase].length < 8) throw ipcError("invalidInput", "passphrase");
      state.passphrase = passphrase;
      state.lock = { ...state.lock, enabled: true };
      return null;
    },
    removeLock: (current) => {
      if (state.passphrase === null) throw ipcError("notFound");
      refuseWrong(current);
      state.passphrase = null;
      state.lock = { ...state.lock, enabled: false };
      return null;
    },
    listBackups: () => [...state.backups],
    takeBackup: () => {
      const entry: BackupEntry = {
        fileName: "homecare-bcp-20260115T060000000Z-manual.sqlite",
        takenAt: "2026-01-15T06:00:00Z",
        reason: "manual",
        size: 3.5 * MB,
      };
      state.backups = [entry, ...state.backups];
      return entry;
    },
    previewBackup: (fileName) => previewOf(fileName),
    restoreBackup: (fileName) => {
      const preview = previewOf(fileName);
      if (preview.unusable !== null) throw ipcError("fileRejected");
      state.backups = [
        {
          fileName: "homecare-bcp-20260115T070000000Z-before-restore.sqlite",
          takenAt: "2026-01-15T07:00:00Z",
          reason: "before-restore",
          size: 3.5 * MB,
        },
        ...state.backups,
      ];
      return preview;
    },
    listAuditEvents: (filter) => state.events.filter((e) => matchesFilter(e, filter)).slice(0, 500),
    exportAuditLog: () => state.exportPath,
  };
}
