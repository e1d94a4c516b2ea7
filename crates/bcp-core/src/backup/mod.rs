//! Automatic backups (バックアップ): when they are taken, what they are called, which are kept.
//!
//! A backup is a whole copy of the database in the `backups` folder beside it, named
//! `homecare-bcp-<UTC time>-<reason>.sqlite` so the folder sorts by time and a person can tell them
//! apart. Pure rules here; `api::backups` takes and restores them, `store` does the copying.
//!
//! The rotation is ours (the MHLW security guideline asks for backups, not for a schedule): the 10
//! newest, the newest of each of the last 14 days, the newest of each of the last 12 months, and the
//! 3 newest taken before a schema upgrade (the way back to the previous app version). At a dozen
//! megabytes per copy for a large register that stays well under a gigabyte.

#[cfg(test)]
mod tests;

use chrono::{DateTime, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};

pub const FOLDER: &str = "backups";
const PREFIX: &str = "homecare-bcp-";
const SUFFIX: &str = ".sqlite";
const TIME_FORMAT: &str = "%Y%m%dT%H%M%S%3fZ";

/// A daily backup is due when the newest one is this old.
pub const DAILY_HOURS: i64 = 24;
const KEEP_NEWEST: usize = 10;
const KEEP_DAYS: i64 = 14;
const KEEP_MONTHS: i64 = 12;
const KEEP_BEFORE_UPGRADE: usize = 3;

/// Why a backup was taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "kebab-case")]
pub enum BackupReason {
    /// The app started.
    Start,
    /// A day passed since the newest backup while the app was open.
    Daily,
    /// Before the database was upgraded to a new schema version (keeps the old version's file).
    BeforeUpgrade,
    /// Before a file was imported (patients, a partner's plan, a region, a member's plan).
    BeforeImport,
    /// Before another backup was restored over the data.
    BeforeRestore,
    /// The user asked for one.
    Manual,
}

impl BackupReason {
    pub const ALL: [BackupReason; 6] = [
        BackupReason::Start,
        BackupReason::Daily,
        BackupReason::BeforeUpgrade,
        BackupReason::BeforeImport,
        BackupReason::BeforeRestore,
        BackupReason::Manual,
    ];

    pub fn code(self) -> &'static str {
        match self {
            BackupReason::Start => "start",
            BackupReason::Daily => "daily",
            BackupReason::BeforeUpgrade => "before-upgrade",
            BackupReason::BeforeImport => "before-import",
            BackupReason::BeforeRestore => "before-restore",
            BackupReason::Manual => "manual",
        }
    }

    fn from_code(code: &str) -> Option<BackupReason> {
        BackupReason::ALL.into_iter().find(|r| r.code() == code)
    }
}

/// One backup file as the folder listing shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct BackupEntry {
    pub file_name: String,
    /// RFC 3339, UTC.
    pub taken_at: String,
    pub reason: BackupReason,
    /// Bytes (as f64 for the UI: sizes never reach 2^53).
    pub size: f64,
}

pub fn file_name(taken_at: DateTime<Utc>, reason: BackupReason) -> String {
    format!("{PREFIX}{}-{}{SUFFIX}", taken_at.format(TIME_FORMAT), reason.code())
}

/// The time and reason in a backup's file name; `None` for any other file (never touched).
pub fn parse_file_name(name: &str) -> Option<(DateTime<Utc>, BackupReason)> {
    let rest = name.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)?;
    let (time, reason) = rest.split_once('-')?;
    let time = NaiveDateTime::parse_from_str(time, TIME_FORMAT).ok()?.and_utc();
    Some((time, BackupReason::from_code(reason)?))
}

/// Whether the newest backup is old enough for the daily one.
pub fn daily_due(entries: &[BackupEntry], now: DateTime<Utc>) -> bool {
    newest_time(entries).is_none_or(|t| now.signed_duration_since(t).num_hours() >= DAILY_HOURS)
}

fn newest_time(entries: &[BackupEntry]) -> Option<DateTime<Utc>> {
    entries.iter().filter_map(|e| parse_file_name(&e.file_name)).map(|(t, _)| t).max()
}

/// The backups the rotation no longer keeps (see the module comment), newest rules first.
pub fn to_remove(entries: &[BackupEntry]) -> Vec<String> {
    let mut dated: Vec<(DateTime<Utc>, BackupReason, &str)> = entries
        .iter()
        .filter_map(|e| parse_file_name(&e.file_name).map(|(t, r)| (t, r, e.file_name.as_str())))
        .collect();
    dated.sort_by(|a, b| b.0.cmp(&a.0).then(b.2.cmp(a.2)));
    let mut keep = std::collections::HashSet::new();
    for (_, _, name) in dated.iter().take(KEEP_NEWEST) {
        keep.insert(*name);
    }
    // Days and months count back from the newest backup, not from the clock: a PC left off for a
    // month keeps its last fortnight of copies.
    let Some(newest) = dated.first().map(|(t, _, _)| *t) else { return Vec::new() };
    let mut newest_per = |key: &dyn Fn(&DateTime<Utc>) -> String, since: DateTime<Utc>| {
        let mut seen = Vec::new();
        for (time, _, name) in dated.iter().filter(|(t, _, _)| *t > since) {
            let k = key(time);
            if !seen.contains(&k) {
                seen.push(k);
                keep.insert(*name);
            }
        }
    };
    newest_per(&|t| t.format("%Y-%m-%d").to_string(), newest - chrono::Duration::days(KEEP_DAYS));
    newest_per(&|t| t.format("%Y-%m").to_string(), newest - chrono::Duration::days(KEEP_MONTHS * 31 - 10));
    for (_, _, name) in
        dated.iter().filter(|(_, r, _)| *r == BackupReason::BeforeUpgrade).take(KEEP_BEFORE_UPGRADE)
    {
        keep.insert(*name);
    }
    dated.iter().filter(|(_, _, name)| !keep.contains(name)).map(|(_, _, name)| name.to_string()).collect()
}
