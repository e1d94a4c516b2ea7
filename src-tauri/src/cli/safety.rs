//! `backup`, `audit` and `lock`: the same functions as the Settings → データの保護 screen.

use super::{read_input, to_json};
use crate::error::{IpcError, IpcErrorKind};
use crate::paths::write_atomically;
use bcp_core::api;
use bcp_core::audit::AuditFilter;
use bcp_core::backup::BackupReason;
use bcp_core::store::Store;
use clap::{Args, Subcommand};
use std::path::PathBuf;

#[derive(Subcommand, Debug)]
pub enum BackupCommand {
    /// Every backup in the data folder's `backups/`, newest first.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Take a backup now.
    Take,
    /// What a backup holds (counts; no names), read without changing it.
    Preview {
        file_name: String,
        #[arg(long)]
        json: bool,
    },
    /// Replace the data with a backup's (the current data is backed up first).
    Restore { file_name: String },
}

#[derive(Args, Debug)]
pub struct AuditArgs {
    /// Only actions starting with this, e.g. `patient.` or `exchange.break-glass`.
    #[arg(long)]
    action: Option<String>,
    /// Only this subject (a patient id, a fingerprint).
    #[arg(long)]
    subject: Option<String>,
    /// From this day (YYYY-MM-DD, in this computer's time zone).
    #[arg(long)]
    from: Option<String>,
    /// To this day inclusive.
    #[arg(long)]
    to: Option<String>,
    /// Write the filtered log as CSV to this file (audited) instead of printing it.
    #[arg(long)]
    csv: Option<PathBuf>,
    #[arg(long)]
    json: bool,
}

#[derive(Subcommand, Debug)]
pub enum LockCommand {
    /// Whether a start-up passphrase is set.
    Status,
    /// Set or change the start-up passphrase (read from the first line of a file).
    Set {
        #[arg(long)]
        passphrase_file: PathBuf,
        /// The current passphrase, when one is set.
        #[arg(long)]
        current_file: Option<PathBuf>,
    },
    /// Remove the start-up passphrase.
    Clear {
        #[arg(long)]
        current_file: PathBuf,
    },
}

/// The first line of a file: passphrases are never command-line arguments (they would show in the
/// process list and the shell history).
pub fn read_passphrase(file: &PathBuf) -> Result<String, IpcError> {
    let bytes = read_input(file)?;
    let text = String::from_utf8(bytes).map_err(|_| {
        IpcError::new(
            IpcErrorKind::InvalidInput,
            format!("{}: the passphrase file is not UTF-8", file.display()),
        )
    })?;
    Ok(text.lines().next().unwrap_or("").to_string())
}

pub fn backup(store: &mut Store, command: BackupCommand) -> Result<(), IpcError> {
    let now = chrono::Utc::now();
    match command {
        BackupCommand::List { json } => {
            let list = api::backups::list(store)?;
            if json {
                say!("{}", to_json(&list)?);
            } else {
                for e in list {
                    say!("{}\t{}\t{}\t{:.0} KB", e.file_name, e.taken_at, e.reason.code(), e.size / 1024.0);
                }
            }
        }
        BackupCommand::Take => match api::backups::take(store, BackupReason::Manual, now)? {
            Some(e) => say!("バックアップしました: {}", e.file_name),
            None => say!("このデータはメモリ上にあり、バックアップできません。"),
        },
        BackupCommand::Preview { file_name, json } => {
            let p = api::backups::preview(store, &file_name)?;
            if json {
                say!("{}", to_json(&p)?);
            } else {
                say!("{}（{}、スキーマ {}）", p.entry.file_name, p.entry.taken_at, p.schema_version);
                say!("事業所: {}", p.organization_name.as_deref().unwrap_or("（未登録）"));
                say!(
                    "計画の版: {}（最新の改訂日 {}）",
                    p.plan_versions,
                    p.latest_revision_on.as_deref().unwrap_or("—")
                );
                say!(
                    "回答: {} 項目、患者: {} 人、連携先: {}、訓練: {}",
                    p.plan_answers,
                    p.patients,
                    p.partners,
                    p.drills
                );
                match &p.unusable {
                    Some(reason) => say!("復元できません: {reason}"),
                    None => say!("整合性: ok"),
                }
            }
        }
        BackupCommand::Restore { file_name } => {
            let p = api::backups::restore(store, &file_name, now)?;
            say!("復元しました: {}（復元前のデータもバックアップしました）", p.entry.file_name);
        }
    }
    Ok(())
}

pub fn audit(store: &mut Store, args: AuditArgs) -> Result<(), IpcError> {
    let filter = AuditFilter { action: args.action, subject: args.subject, from: args.from, to: args.to };
    if let Some(out) = args.csv {
        let bytes = api::audit::export_csv(store, &filter, super::local_offset(), chrono::Utc::now())?;
        write_atomically(&out, &bytes)
            .map_err(|e| IpcError::new(IpcErrorKind::FileWrite, format!("{}: {e}", out.display())))?;
        say!("書き出しました: {}", out.display());
        return Ok(());
    }
    // Oldest first in the terminal, like a log file.
    let mut events = api::audit::events(store, &filter, super::local_offset(), usize::MAX)?;
    events.reverse();
    if args.json {
        say!("{}", to_json(&events)?);
        return Ok(());
    }
    for e in events {
        say!("{}\t{}\t{}\t{}\t{}\t{}", e.at, e.actor, e.action, e.subject, e.detail, e.basis);
    }
    Ok(())
}

pub fn lock(store: &mut Store, command: LockCommand) -> Result<(), IpcError> {
    let now = chrono::Utc::now();
    match command {
        LockCommand::Status => {
            say!(
                "{}",
                if api::lock::is_set(store)? {
                    "起動時のパスフレーズ: 設定あり"
                } else {
                    "起動時のパスフレーズ: なし"
                }
            )
        }
        LockCommand::Set { passphrase_file, current_file } => {
            let current = current_file.as_ref().map(read_passphrase).transpose()?;
            api::lock::set(store, current.as_deref(), &read_passphrase(&passphrase_file)?, now)?;
            say!("起動時のパスフレーズを設定しました。");
        }
        LockCommand::Clear { current_file } => {
            api::lock::clear(store, &read_passphrase(&current_file)?, now)?;
            say!("起動時のパスフレーズを解除しました。");
        }
    }
    Ok(())
}
