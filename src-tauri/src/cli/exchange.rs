//! Exchange files and the connected BCP from the terminal: `export`, `import`, `partners`, `connected`.

use super::{from_json_file, read_input, to_json};
use crate::error::{IpcError, IpcErrorKind};
use crate::paths::write_atomically;
use bcp_core::api;
use bcp_core::api::exchange::ImportKind;
use bcp_core::exchange::keys::Fingerprint;
use bcp_core::link::{Agreement, Partner};
use bcp_core::store::Store;
use clap::Subcommand;
use std::path::{Path, PathBuf};

#[derive(Subcommand, Debug)]
pub enum PartnersCommand {
    /// Add or replace a partner from JSON (the shape of Partner: name, kind, phone24h, fingerprint …).
    Add { file: PathBuf },
    /// Add or replace an agreement from JSON (partnerId, kind, direction, capacityPatients, validUntil …).
    Agree { file: PathBuf },
    /// The directory, the agreements and the partners' imported plans.
    List {
        #[arg(long)]
        json: bool,
    },
}

pub fn partners(store: &mut Store, command: PartnersCommand) -> Result<(), IpcError> {
    let now = chrono::Utc::now();
    match command {
        PartnersCommand::Add { file } => {
            let partner: Partner = from_json_file(&file)?;
            say!("保存しました: {}", api::exchange::save_partner(store, partner, now)?);
        }
        PartnersCommand::Agree { file } => {
            let agreement: Agreement = from_json_file(&file)?;
            say!("保存しました: {}", api::exchange::save_agreement(store, agreement, now)?);
        }
        PartnersCommand::List { json } => {
            let view = api::exchange::link_view(store, now, chrono::Local::now().date_naive())?;
            if json {
                say!("{}", to_json(&view)?);
                return Ok(());
            }
            for p in &view.partners {
                let fingerprint =
                    p.fingerprint.as_ref().map_or("（指紋未確認）".to_string(), |f| f.0.clone());
                say!("{}\t{}（{}）\t{}\t{fingerprint}", p.id, p.name, p.kind.label_ja(), p.phone_24h);
            }
            for a in &view.agreements {
                say!("{}\t{} … {}\t{:?}", a.id, a.partner_id, a.kind.label_ja(), a.direction);
            }
            for r in &view.remote_plans {
                say!("取込済み: {}\t{}\t{}版", r.sender_name, r.fingerprint, r.versions);
            }
        }
    }
    Ok(())
}

/// `homecare-bcp export [--to FINGERPRINT] --out FILE`
pub fn export(
    store: &mut Store,
    to: Option<String>,
    break_glass: Option<String>,
    out: &Path,
) -> Result<(), IpcError> {
    let to = to.map(Fingerprint);
    let (now, today) = (chrono::Utc::now(), chrono::Local::now().date_naive());
    let exported = match (&to, &break_glass) {
        (Some(to), Some(reason)) => api::exchange::export_break_glass(store, to, reason, now, today)?,
        _ => api::exchange::export(store, to.as_ref(), now, today)?,
    };
    write_atomically(out, &exported.bytes)
        .map_err(|e| IpcError::new(IpcErrorKind::FileWrite, format!("{}: {e}", out.display())))?;
    match to {
        Some(f) => say!("書き出しました: {}（{f} 宛に暗号化、氏名 {}名）", out.display(), exported.names),
        None => say!("書き出しました: {}（公開用、患者は人数のみ）", out.display()),
    }
    Ok(())
}

/// `homecare-bcp import FILE`: all checks first; a rejected file changes nothing (exit code 1).
pub fn import(store: &mut Store, file: &PathBuf) -> Result<(), IpcError> {
    let imported = api::exchange::import(store, &read_input(file)?, chrono::Utc::now())?;
    let what = match imported.kind {
        ImportKind::New => "新しい連携先の計画を取り込みました",
        ImportKind::Newer => "新しい版に更新しました（前の版は履歴に残ります）",
        ImportKind::Older => "手元より古い版です。履歴にだけ残しました",
        ImportKind::AlreadyImported => "取り込み済みのファイルです。何も変更していません",
    };
    say!("{what}: {}", imported.sender_name);
    say!(
        "送り主の鍵の指紋: {}（相手に電話で読み上げてもらい、一致を確かめてください）",
        imported.fingerprint
    );
    if imported.known_partner.is_none() {
        say!("注意: この指紋は連携先名簿にまだ登録されていません。");
    }
    Ok(())
}

/// `homecare-bcp connected`: the checks across partners' plans, each with its reason.
pub fn connected(store: &mut Store) -> Result<(), IpcError> {
    let view = api::exchange::link_view(store, chrono::Utc::now(), chrono::Local::now().date_naive())?;
    if view.findings.is_empty() {
        say!("連携先の計画との食い違いは見つかりませんでした（取込済み {}件）。", view.remote_plans.len());
    }
    for f in &view.findings {
        say!("- {}", f.text_ja);
    }
    Ok(())
}
