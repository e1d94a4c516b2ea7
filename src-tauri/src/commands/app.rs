use crate::error::IpcError;
use crate::state::AppState;
use serde::Serialize;
use tauri::State;

#[derive(Debug, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct AppInfo {
    pub version: String,
    pub schema_version: u32,
    pub data_dir: String,
}

/// Version, schema and data folder, for the About line and bug reports.
#[tauri::command]
#[specta::specta]
pub fn app_info(state: State<'_, AppState>) -> Result<AppInfo, IpcError> {
    let schema_version = state.store()?.schema_version().map_err(|e| IpcError::storage(e.to_string()))?;
    Ok(AppInfo {
        version: env!("CARGO_PKG_VERSION").into(),
        schema_version: u32::try_from(schema_version).unwrap_or(0),
        data_dir: state.data_dir.display().to_string(),
    })
}
