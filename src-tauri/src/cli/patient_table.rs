//! `patients import FILE` and `patients export --out FILE`: the same checks and the same
//! all-or-nothing commit as the import screen.

use super::{read_input, to_json};
use crate::error::{IpcError, IpcErrorKind};
use crate::paths::write_atomically;
use bcp_core::api;
use bcp_core::patient::table::export::TableFileFormat;
use bcp_core::patient::table::import::RowOutcome;
use bcp_core::store::Store;
use std::path::{Path, PathBuf};

/// Without `--dry-run`, imports every row or, when any row is wrong, none (and lists why).
pub fn import(
    store: &mut Store,
    file: &PathBuf,
    dry_run: bool,
    json: bool,
    passphrase: Option<&str>,
) -> Result<(), IpcError> {
    let mut bytes = read_input(file)?;
    if let Some(p) = passphrase.filter(|_| bcp_core::passphrase::is_sealed(&bytes)) {
        bytes = api::patient_table::unseal(&bytes, p)?;
    }
    let preview = api::patient_table::preview_import(store, &bytes, None)?;
    if json && dry_run {
        say!("{}", to_json(&preview)?);
        return Ok(());
    }
    let mapped: Vec<String> = preview
        .headers
        .iter()
        .zip(&preview.mapping)
        .map(|(h, c)| match c {
            Some(c) if c.header_ja() == h => h.clone(),
            Some(c) => format!("{h}→{}", c.header_ja()),
            None => format!("{h}（取り込まない）"),
        })
        .collect();
    say!("列: {}", mapped.join("、"));
    for column in &preview.defaults_applied {
        say!("注意: 「{}」の列がないため、既定値で登録します。", column.header_ja());
    }
    for row in &preview.rows {
        match &row.outcome {
            RowOutcome::New => say!("{}行目\t新規\t{}", row.line, row.name),
            RowOutcome::AlreadyRegistered { id } => {
                say!("{}行目\t登録済み（変更しません）\t{} = {id}", row.line, row.name)
            }
            RowOutcome::Rejected { errors } => {
                say!("{}行目\tエラー\t{}", row.line, row.name);
                for e in errors {
                    say!("    - {}", e.describe_ja());
                }
            }
        }
    }
    if dry_run {
        say!(
            "確認のみ: 新規 {}件、登録済み {}件、エラー {}件。何も変更していません。",
            preview.new_count,
            preview.registered_count,
            preview.rejected_count
        );
        return Ok(());
    }
    let outcome = api::patient_table::import(store, &bytes, None, chrono::Utc::now())?;
    if json {
        say!("{}", to_json(&outcome)?);
    } else {
        say!("取り込みました: 新規 {}件、登録済み {}件。", outcome.added.len(), outcome.already_registered);
    }
    Ok(())
}

/// Writes the register, encrypted, to `out` (+ `.age`); the format follows the extension (.csv or
/// .xlsx). Audited.
pub fn export(store: &mut Store, out: &Path, passphrase: &str) -> Result<(), IpcError> {
    let lower = out.to_string_lossy().to_lowercase();
    let plain = Path::new(lower.strip_suffix(".age").unwrap_or(&lower));
    let out = if lower.ends_with(".age") {
        out.to_path_buf()
    } else {
        PathBuf::from(format!("{}.age", out.display()))
    };
    let out = out.as_path();
    let format = match plain.extension().and_then(|e| e.to_str()) {
        Some("csv") => TableFileFormat::Csv,
        Some("xlsx") => TableFileFormat::Xlsx,
        _ => {
            return Err(IpcError {
                kind: IpcErrorKind::InvalidInput,
                message: format!("{}: the file name must end in .csv or .xlsx", out.display()),
                field: Some("out".into()),
            });
        }
    };
    let bytes = api::patient_table::export(store, format, passphrase, chrono::Utc::now())?;
    write_atomically(out, &bytes)
        .map_err(|e| IpcError::new(IpcErrorKind::FileWrite, format!("{}: {e}", out.display())))?;
    say!("書き出しました: {}（患者の氏名を含むため暗号化しました。監査ログに記録しました）", out.display());
    Ok(())
}
