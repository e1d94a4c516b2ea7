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
    choose_file(&app, "取り込む台帳ファイル", ("CSV・Excel", &["csv", "xlsx"])).await
}

fn read(path: &str) -> Result<Vec<u8>, IpcError> {
    read_limited(path, MAX_BYTES)
}

/// What importing the file would do, row by row; changes nothing. `mapping` null = guess from headers.
#[tauri::command]
#[specta::specta]
pub fn preview_patient_import(
    state: State<'_, AppState>,
    path: String,
    mapping: Option<Vec<Option<TableColumn>>>,
) -> Result<ImportPreview, IpcError> {
    Ok(api::patient_table::preview_import(&*state.store()?, &read(&path)?, mapping)?)
}

/// Adds every new row or nothing.
#[tauri::command]
#[specta::specta]
pub fn import_patients(
    state: State<'_, AppState>,
    path: String,
    mapping: Option<Vec<Option<TableColumn>>>,
) -> Result<ImportOutcome, IpcError> {
    Ok(api::patient_table::import(&mut *state.store()?, &read(&path)?, mapping, chrono::Utc::now())?)
}

/// Asks where to save, then writes the register as CSV or Excel (audited). `null` when cancelled.
#[tauri::command]
#[specta::specta]
pub async fn export_patients(app: AppHandle, format: TableFileFormat) -> Result<Option<String>, IpcError> {
    let today = chrono::Local::now().date_naive();
    let file_name = {
        let state = app.state::<AppState>();
        api::patient_table::export_file_name(&*state.store()?, format, today)?
    };
    let filter = match format {
        TableFileFormat::Csv => ("CSV", "csv"),
        TableFileFormat::Xlsx => ("Excel", "xlsx"),
    };
    let Some(path) = choose_destination_for(&app, &file_name, "台帳の書き出し先", filter).await?
    else {
        return Ok(None);
    };
    let bytes = {
        let state = app.state::<AppState>();
        api::patient_table::export(&mut *state.store()?, format, chrono::Utc::now())?
    };
    write_atomically(&path, &bytes)
        .map_err(|e| IpcError::new(IpcErrorKind::FileWrite, format!("{}: {e}", path.display())))?;
    Ok(Some(path.display().to_string()))
}
