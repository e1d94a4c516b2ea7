use crate::error::{IpcError, IpcErrorKind};
use crate::state::AppState;
use bcp_core::api;
use bcp_core::region::RegionTree;
use tauri::State;

/// The region master for browsing and for choosing a municipality.
#[tauri::command]
#[specta::specta]
pub fn list_regions(state: State<'_, AppState>) -> Result<RegionTree, IpcError> {
    api::regions::tree(&*state.store()?)?
        .ok_or_else(|| IpcError::new(IpcErrorKind::NotFound, "no region master is loaded"))
}
