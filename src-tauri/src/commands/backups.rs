use crate::error::IpcError;
use crate::state::AppState;
use bcp_core::api;
use bcp_core::api::backups::BackupPreview;
use bcp_core::backup::{BackupEntry, BackupReason};
use tauri::State;

/// Every backup, newest first.
#[tauri::command]
#[specta::specta]
pub fn list_backups(state: State<'_, AppState>) -> Result<Vec<BackupEntry>, IpcError> {
    Ok(api::backups::list(&*state.store()?)?)
}

/// A backup now (the user asked).
#[tauri::command]
#[specta::specta]
pub fn take_backup(state: State<'_, AppState>) -> Result<Option<BackupEntry>, IpcError> {
    Ok(api::backups::take(&mut *state.store()?, BackupReason::Manual, chrono::Utc::now())?)
}

/// What a backup holds (counts), read without changing anything.
#[tauri::command]
#[specta::specta]
pub fn preview_backup(state: State<'_, AppState>, file_name: String) -> Result<BackupPreview, IpcError> {
    Ok(api::backups::preview(&*state.store()?, &file_name)?)
}

/// Replaces the data with the backup's, after backing up the data as it is.
#[tauri::command]
#[specta::specta]
pub fn restore_backup(state: State<'_, AppState>, file_name: String) -> Result<BackupPreview, IpcError> {
    Ok(api::backups::restore(&mut *state.store()?, &file_name, chrono::Utc::now())?)
}
