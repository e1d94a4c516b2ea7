use super::files::{choose_file, read_limited};
use super::report::choose_destination_for;
use crate::error::{IpcError, IpcErrorKind};
use crate::paths::write_atomically;
use crate::state::AppState;
use bcp_core::api;
use bcp_core::api::exchange::{ImportedFile, LinkView};
use bcp_core::exchange::envelope::MAX_FILE_BYTES;
use bcp_core::exchange::keys::Fingerprint;
use bcp_core::link::{Agreement, Partner};
use tauri::{AppHandle, Manager, State};

/// 連携型BCP: partners, agreements, partners' plans and the checks between them.
#[tauri::command]
#[specta::specta]
pub fn get_link_view(state: State<'_, AppState>) -> Result<LinkView, IpcError> {
    let (now, today) = (chrono::Utc::now(), chrono::Local::now().date_naive());
    Ok(api::exchange::link_view(&mut *state.store()?, now, today)?)
}

#[tauri::command]
#[specta::specta]
pub fn save_partner(state: State<'_, AppState>, partner: Partner) -> Result<String, IpcError> {
    Ok(api::exchange::save_partner(&mut *state.store()?, partner, chrono::Utc::now())?)
}

#[tauri::command]
#[specta::specta]
pub fn save_agreement(state: State<'_, AppState>, agreement: Agreement) -> Result<String, IpcError> {
    Ok(api::exchange::save_agreement(&mut *state.store()?, agreement, chrono::Utc::now())?)
}

/// Asks where to save, then writes our exchange file (`to`: encrypted to that partner). `null` = cancelled.
#[tauri::command]
#[specta::specta]
pub async fn export_exchange(app: AppHandle, to: Option<Fingerprint>) -> Result<Option<String>, IpcError> {
    let (now, today) = (chrono::Utc::now(), chrono::Local::now().date_naive());
    // Built before the dialog so a refusal (unknown partner) is said at once.
    let exported = {
        let state = app.state::<AppState>();
        api::exchange::export(&mut *state.store()?, to.as_ref(), now, today)?
    };
    let title = "連携BCPファイルの保存先";
    let Some(path) = choose_destination_for(&app, &exported.file_name, title, ("連携BCP", "hcbcp")).await?
    else {
        return Ok(None);
    };
    write_atomically(&path, &exported.bytes)
        .map_err(|e| IpcError::new(IpcErrorKind::FileWrite, format!("{}: {e}", path.display())))?;
    Ok(Some(path.display().to_string()))
}

/// 緊急時の開示: during an open outage, an encrypted file to `to` that also names the P0/P1 patients
/// without consent; `reason` is required and audited. `null` = cancelled.
#[tauri::command]
#[specta::specta]
pub async fn export_exchange_break_glass(
    app: AppHandle,
    to: Fingerprint,
    reason: String,
) -> Result<Option<String>, IpcError> {
    let (now, today) = (chrono::Utc::now(), chrono::Local::now().date_naive());
    let exported = {
        let state = app.state::<AppState>();
        api::exchange::export_break_glass(&mut *state.store()?, &to, &reason, now, today)?
    };
    let title = "緊急時の開示ファイルの保存先";
    let Some(path) = choose_destination_for(&app, &exported.file_name, title, ("連携BCP", "hcbcp")).await?
    else {
        return Ok(None);
    };
    write_atomically(&path, &exported.bytes)
        .map_err(|e| IpcError::new(IpcErrorKind::FileWrite, format!("{}: {e}", path.display())))?;
    Ok(Some(path.display().to_string()))
}

/// Asks which exchange file to import. `null` when cancelled.
#[tauri::command]
#[specta::specta]
pub async fn choose_exchange_file(app: AppHandle) -> Result<Option<String>, IpcError> {
    choose_file(&app, "取り込む連携BCPファイル", ("連携BCP", &["hcbcp"])).await
}

/// Checks the file whole, then stores it; a rejected file changes nothing.
#[tauri::command]
#[specta::specta]
pub fn import_exchange(state: State<'_, AppState>, path: String) -> Result<ImportedFile, IpcError> {
    let bytes = read_limited(&path, MAX_FILE_BYTES)?;
    Ok(api::exchange::import(&mut *state.store()?, &bytes, chrono::Utc::now())?)
}
