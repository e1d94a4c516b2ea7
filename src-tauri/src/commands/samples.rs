use crate::error::IpcError;
use crate::state::AppState;
use bcp_core::api;
use bcp_core::api::samples::SampleInfo;
use tauri::State;

/// The bundled samples the first-run screen offers.
#[tauri::command]
#[specta::specta]
pub fn list_samples() -> Result<Vec<SampleInfo>, IpcError> {
    Ok(api::samples::list()?)
}

/// Loads a sample organisation with its plan; only into an empty data folder.
#[tauri::command]
#[specta::specta]
pub fn load_sample(state: State<'_, AppState>, id: String) -> Result<(), IpcError> {
    Ok(api::samples::load(&mut *state.store()?, &id, chrono::Utc::now())?)
}
