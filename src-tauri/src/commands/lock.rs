use crate::error::IpcError;
use crate::state::AppState;
use bcp_core::api;
use serde::Serialize;
use tauri::State;

#[derive(Debug, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct LockStatus {
    /// A start-up passphrase is set.
    pub enabled: bool,
    /// It has not been entered in this session yet.
    pub locked: bool,
}

#[tauri::command]
#[specta::specta]
pub fn get_lock_status(state: State<'_, AppState>) -> Result<LockStatus, IpcError> {
    let enabled = api::lock::is_set(&*state.store_even_locked()?)?;
    Ok(LockStatus { enabled, locked: state.is_locked() })
}

/// `true` and the app opens when the passphrase is right; a wrong one is audited.
#[tauri::command]
#[specta::specta]
pub fn unlock(state: State<'_, AppState>, passphrase: String) -> Result<bool, IpcError> {
    let ok = api::lock::verify(&mut *state.store_even_locked()?, &passphrase, chrono::Utc::now())?;
    if ok {
        state.set_locked(false);
    }
    Ok(ok)
}

/// Sets or changes the start-up passphrase (`current` when one is set).
#[tauri::command]
#[specta::specta]
pub fn set_lock_passphrase(
    state: State<'_, AppState>,
    current: Option<String>,
    passphrase: String,
) -> Result<(), IpcError> {
    Ok(api::lock::set(&mut *state.store()?, current.as_deref(), &passphrase, chrono::Utc::now())?)
}

#[tauri::command]
#[specta::specta]
pub fn remove_lock(state: State<'_, AppState>, current: String) -> Result<(), IpcError> {
    Ok(api::lock::clear(&mut *state.store()?, &current, chrono::Utc::now())?)
}
