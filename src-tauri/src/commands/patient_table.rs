use super::files::{choose_file, read_limited};
use super::report::choose_destination_for;
use crate::error::{IpcError, IpcErrorKind};
use crate::paths::write_atomically;
use crate::state::AppState;
use bcp_core::api;
use bcp_core::api::patient_table::{ImportOutcome, ImportPreview};
use bcp_core::patient::table::TableColumn;
use bcp_core::patient::table::export::TableFileFormat;
use bcp_core::patient::table::read::MAX_BYTES;
use tauri::{AppHandle, Manager, State};

/// Asks which CSV or Excel file to import (native dialog). `null` when the user cancels.
#[tauri::command]
#[specta::specta]
pub async fn choose_patient_file(app: AppHandle) -> Result<Option<String>, IpcError> {
    // `.age`: the register exports of this app, encrypted.
    choose_file(&app, "取り込む台帳ファイル", ("CSV・Excel・暗号化した台帳", &["csv", "xlsx", "age"])).await
}

/// The file's bytes; an encrypted export of ours is opened with `passphrase`.
fn read(path: &str, passphrase: Option<&str>) -> Result<Vec<u8>, IpcError> {
    let bytes = read_limited(path, MAX_BYTES)?;
    match passphrase.filter(|p| !p.is_empty()) {
        Some(p) if bcp_core::passphrase::is_sealed(&bytes) => Ok(api::patient_table::unseal(&bytes, p)?),
        _ => Ok(bytes),
    }
}

/// What importing the file would do, row by row; changes nothing. `mapping` null = guess from headers.
#[tauri::command]
#[specta::specta]
pub fn preview_patient_import(
    state: State<'_, AppState>,
    path: String,
    mapping: Option<Vec<Option<TableColumn>>>,
    passphrase: Option<String>,
) -> Result<ImportPreview, IpcError> {
    let bytes = read(&path, passphrase.as_deref())?;
    Ok(api::patient_table::preview_import(&*state.store()?, &bytes, mapping)?)
}

/// Adds every new row or nothing.
#[tauri::command]
#[specta::specta]
pub fn import_patients(
    state: State<'_, AppState>,
    path: String,
    mapping: Option<Vec<Option<TableColumn>>>,
    passphrase: Option<String>,
) -> Result<ImportOutcome, IpcError> {
    let bytes = read(&path, passphrase.as_deref())?;
    Ok(api::patient_table::import(&mut *state.store()?, &bytes, mapping, chrono::Utc::now())?)
}

/// Asks where to save, then writes the register as CSV or Excel encrypted to `passphrase` (names
/// never leave in the clear; audited). `null` when cancelled.
#[tauri::command]
#[specta::specta]
pub async fn export_patients(
    app: AppHandle,
    format: TableFileFormat,
    passphrase: String,
) -> Result<Option<String>, IpcError> {
    // Checked before the dialog, so a short passphrase is said at once.
    bcp_core::passphrase::check(&passphrase)
        .map_err(|e| IpcError::from(api::ApiError::from(api::lock::LockError::from(e))))?;
    let today = chrono::Local::now().date_naive();
    let file_name = {
        let state = app.state::<AppState>();
        api::patient_table::export_file_name(&*state.store()?, format, today)?
    };
    let filter = match format {
        TableFileFormat::Csv => ("暗号化CSV (age)", "age"),
        TableFileFormat::Xlsx => ("暗号化Excel (age)", "age"),
    };
    let Some(path) = choose_destination_for(&app, &file_name, "台帳の書き出し先", filter).await?
    else {
        return Ok(None);
    };
    let bytes = {
        let state = app.state::<AppState>();
        api::patient_table::export(&mut *state.store()?, format, &passphrase, chrono::Utc::now())?
    };
    write_atomically(&path, &bytes)
        .map_err(|e| IpcError::new(IpcErrorKind::FileWrite, format!("{}: {e}", path.display())))?;
    Ok(Some(path.display().to_string()))
}
