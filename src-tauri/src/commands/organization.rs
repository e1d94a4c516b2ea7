use crate::error::IpcError;
use crate::state::AppState;
use bcp_core::api;
use bcp_core::api::organization::OrganizationView;
use bcp_core::organization::OrganizationDraft;
use tauri::State;

/// The organisation, or null before the first-run registration.
#[tauri::command]
#[specta::specta]
pub fn get_organization(state: State<'_, AppState>) -> Result<Option<OrganizationView>, IpcError> {
    Ok(api::organization::get(&*state.store()?)?)
}

/// Saves the whole draft as typed (no Save button). Returns what is now stored.
#[tauri::command]
#[specta::specta]
pub fn save_organization(
    state: State<'_, AppState>,
    draft: OrganizationDraft,
) -> Result<OrganizationView, IpcError> {
    Ok(api::organization::save(&mut *state.store()?, draft, chrono::Utc::now())?)
}

/// The organisation's key fingerprint, for partners to confirm by phone (made on first run).
#[tauri::command]
#[specta::specta]
pub fn get_identity(state: State<'_, AppState>) -> Result<api::exchange::IdentityView, IpcError> {
    Ok(api::exchange::identity(&mut *state.store()?, chrono::Utc::now())?)
}
