use crate::error::IpcError;
use crate::state::AppState;
use bcp_core::api;
use bcp_core::plan::obligations::Obligation;
use bcp_core::plan::revision::{Change, Revision, RevisionInput};
use tauri::State;

/// Fixes the current content as the next version (改訂); returns the history.
#[tauri::command]
#[specta::specta]
pub fn revise_plan(state: State<'_, AppState>, input: RevisionInput) -> Result<Vec<Revision>, IpcError> {
    Ok(api::revision::revise(&mut *state.store()?, input, chrono::Utc::now())?)
}

/// 改訂履歴, oldest first.
#[tauri::command]
#[specta::specta]
pub fn list_revisions(state: State<'_, AppState>) -> Result<Vec<Revision>, IpcError> {
    Ok(api::revision::history(&*state.store()?)?)
}

/// Fields that differ from version `from` to version `to` (null = the working copy).
#[tauri::command]
#[specta::specta]
pub fn compare_revisions(
    state: State<'_, AppState>,
    from: Option<u32>,
    to: Option<u32>,
) -> Result<Vec<Change>, IpcError> {
    Ok(api::revision::compare(&*state.store()?, from, to)?)
}

/// The inspector's checklist (義務要件) with the evidence still missing.
#[tauri::command]
#[specta::specta]
pub fn get_obligations(state: State<'_, AppState>) -> Result<Vec<Obligation>, IpcError> {
    Ok(api::revision::obligations_for(&*state.store()?, chrono::Local::now().date_naive())?)
}
