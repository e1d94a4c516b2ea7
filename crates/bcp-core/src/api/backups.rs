//! Backups (バックアップ): taken at start, daily, before an upgrade, before every import and before a
//! restore; listed, previewed (counts only) and restored. The folder is `backups/` beside the
//! database; an in-memory store has none and takes none.

use super::{ApiError, timestamp};
use crate::backup::{self, BackupEntry, BackupReason};
use crate::store::{self, SCHEMA_VERSION, Store};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("there is no backup {0:?}")]
    NoSuchBackup(String),
    #[error("backup {file} cannot be restored: {reason}")]
    Unusable { file: String, reason: String },
    #[error("backups need a database file (this one is in memory)")]
    InMemory,
    #[error("the backup could not be written: {0}")]
    Write(String),
}

/// What a backup holds, read without opening it for writing. Counts, never names.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct BackupPreview {
    pub entry: BackupEntry,
    pub schema_version: u32,
    /// `PRAGMA integrity_check` said ok.
    pub intact: bool,
    pub organization_name: Option<String>,
    pub plan_versions: u32,
    pub latest_revision_on: Option<String>,
    pub plan_answers: u32,
    pub patients: u32,
    pub partners: u32,
    pub drills: u32,
    pub last_event_at: Option<String>,
    /// Why it cannot be restored, if it cannot.
    pub unusable: Option<String>,
}

pub fn folder_of(database: &Path) -> PathBuf {
    database.parent().unwrap_or(Path::new(".")).join(backup::FOLDER)
}

fn folder(store: &Store) -> Option<PathBuf> {
    store.path().map(folder_of)
}

/// Every backup in the folder, newest first.
pub fn list(store: &Store) -> Result<Vec<BackupEntry>, ApiError> {
    match folder(store) {
        Some(dir) => list_folder(&dir),
        None => Ok(Vec::new()),
    }
}

fn list_folder(dir: &Path) -> Result<Vec<BackupEntry>, ApiError> {
    let Ok(read) = std::fs::read_dir(dir) else { return Ok(Vec::new()) };
    let mut entries: Vec<BackupEntry> = read
        .filter_map(Result::ok)
        .filter_map(|f| {
            let name = f.file_name().to_str()?.to_string();
            let (time, reason) = backup::parse_file_name(&name)?;
            let size = f.metadata().ok()?.len() as f64;
            Some(BackupEntry { file_name: name, taken_at: timestamp(time), reason, size })
        })
        .collect();
    entries.sort_by(|a, b| b.taken_at.cmp(&a.taken_at).then(b.file_name.cmp(&a.file_name)));
    Ok(entries)
}

/// Takes a backup now and applies the rotation. `None` for an in-memory store.
pub fn take(
    store: &mut Store,
    reason: BackupReason,
    now: DateTime<Utc>,
) -> Result<Option<BackupEntry>, ApiError> {
    let Some(dir) = folder(store) else { return Ok(None) };
    let path = new_backup_path(&dir, reason, now)?;
    store.backup_to(&path)?;
    rotate(&dir)?;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
    Ok(list_folder(&dir)?.into_iter().find(|e| e.file_name == name))
}

/// A coordinator imports a batch of member files one after another: imports within this many minutes
/// of a before-import backup share it (it holds the data as it was before the batch).
pub const IMPORT_BATCH_MINUTES: i64 = 10;

/// The backup taken before an import, unless one was taken for the same batch, or the import is
/// part of a larger unit (loading a sample into an empty folder) that is all-or-nothing anyway.
pub fn before_import(store: &mut Store, now: DateTime<Utc>) -> Result<Option<BackupEntry>, ApiError> {
    if store.in_transaction() {
        return Ok(None);
    }
    let recent = list(store)?.iter().any(|e| {
        e.reason == BackupReason::BeforeImport
            && backup::parse_file_name(&e.file_name)
                .is_some_and(|(t, _)| (now - t).num_minutes() < IMPORT_BATCH_MINUTES && t <= now)
    });
    if recent {
        return Ok(None);
    }
    take(store, BackupReason::BeforeImport, now)
}

/// The daily backup, if a day has passed since the newest one.
pub fn take_daily_if_due(store: &mut Store, now: DateTime<Utc>) -> Result<Option<BackupEntry>, ApiError> {
    if store.path().is_none() || !backup::daily_due(&list(store)?, now) {
        return Ok(None);
    }
    take(store, BackupReason::Daily, now)
}

/// Before opening `database` with a binary whose schema is newer, copies it as it is (the old app
/// version can still open the copy). Nothing happens for a new or current database.
pub fn before_upgrade(database: &Path, now: DateTime<Utc>) -> Result<(), ApiError> {
    if !database.exists() {
        return Ok(());
    }
    let version = store::backup::summarize(database).map(|s| s.schema_version).unwrap_or(SCHEMA_VERSION);
    if version == 0 || version >= SCHEMA_VERSION {
        return Ok(());
    }
    let dir = folder_of(database);
    let path = new_backup_path(&dir, BackupReason::BeforeUpgrade, now)?;
    store::backup::backup_file(database, &path)?;
    rotate(&dir)
}

fn new_backup_path(dir: &Path, reason: BackupReason, now: DateTime<Utc>) -> Result<PathBuf, ApiError> {
    std::fs::create_dir_all(dir).map_err(|e| BackupError::Write(format!("{}: {e}", dir.display())))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700));
    }
    // Two backups in the same millisecond (an import right after start) get the next millisecond.
    let mut at = now;
    loop {
        let path = dir.join(backup::file_name(at, reason));
        if !path.exists() {
            return Ok(path);
        }
        at += chrono::Duration::milliseconds(1);
    }
}

fn rotate(dir: &Path) -> Result<(), ApiError> {
    for name in backup::to_remove(&list_folder(dir)?) {
        let _ = std::fs::remove_file(dir.join(name));
    }
    Ok(())
}

/// The backup named `file_name` (only names the listing shows are accepted: no paths).
fn find(store: &Store, file_name: &str) -> Result<(BackupEntry, PathBuf), ApiError> {
    let dir = folder(store).ok_or(BackupError::InMemory)?;
    let entry = list_folder(&dir)?
        .into_iter()
        .find(|e| e.file_name == file_name)
        .ok_or_else(|| BackupError::NoSuchBackup(file_name.to_string()))?;
    let path = dir.join(&entry.file_name);
    Ok((entry, path))
}

pub fn preview(store: &Store, file_name: &str) -> Result<BackupPreview, ApiError> {
    let (entry, path) = find(store, file_name)?;
    Ok(preview_of(entry, &path))
}

fn preview_of(entry: BackupEntry, path: &Path) -> BackupPreview {
    let n = |v: i64| u32::try_from(v).unwrap_or(u32::MAX);
    match store::backup::summarize(path) {
        Ok(s) => {
            let unusable = if s.integrity != "ok" {
                Some(format!("integrity check failed: {}", s.integrity))
            } else if s.schema_version > SCHEMA_VERSION {
                Some(format!("written by a newer app (schema {} > {SCHEMA_VERSION})", s.schema_version))
            } else {
                None
            };
            BackupPreview {
                entry,
                schema_version: n(s.schema_version),
                intact: s.integrity == "ok",
                organization_name: s.organization_name,
                plan_versions: n(s.plan_versions),
                latest_revision_on: s.latest_revision_on,
                plan_answers: n(s.plan_answers),
                patients: n(s.patients),
                partners: n(s.partners),
                drills: n(s.drills),
                last_event_at: s.last_event_at,
                unusable,
            }
        }
        Err(e) => BackupPreview {
            entry,
            schema_version: 0,
            intact: false,
            organization_name: None,
            plan_versions: 0,
            latest_revision_on: None,
            plan_answers: 0,
            patients: 0,
            partners: 0,
            drills: 0,
            last_event_at: None,
            unusable: Some(e.to_string()),
        },
    }
}

/// Replaces the data with the backup's, after taking a backup of the data as it is now (so a restore
/// can itself be undone). Refused, changing nothing, when the backup is damaged or too new.
pub fn restore(store: &mut Store, file_name: &str, now: DateTime<Utc>) -> Result<BackupPreview, ApiError> {
    let (entry, path) = find(store, file_name)?;
    let preview = preview_of(entry, &path);
    if let Some(reason) = &preview.unusable {
        return Err(BackupError::Unusable { file: file_name.to_string(), reason: reason.clone() }.into());
    }
    take(store, BackupReason::BeforeRestore, now)?;
    let log = store.audit_events()?;
    store.restore_from(&path)?;
    // The audit trail is not rewound with the data: events logged after the backup was taken are
    // carried over (the restored log ends where the backup did; ids continued from there).
    let restored_last = store.audit_events()?.last().map_or(0, |e| e.id);
    let later: Vec<_> = log.into_iter().filter(|e| e.id > restored_last).collect();
    let at = timestamp(now);
    store.atomically(|store| {
        store.append_audit_events(&later)?;
        store.audit(&at, "backup.restore", file_name, &format!("taken {}", preview.entry.taken_at))?;
        Ok::<(), ApiError>(())
    })?;
    Ok(preview)
}
