use crate::error::IpcError;
use crate::state::AppState;
use bcp_core::api;
use bcp_core::settings::{Language, Settings};
use tauri::State;

#[tauri::command]
#[specta::specta]
pub fn get_settings(state: State<'_, AppState>) -> Result<Settings, IpcError> {
    // Read while locked too: the lock screen speaks the chosen language (a language is not a secret).
    Ok(api::settings::get(&*state.store_even_locked()?)?)
}

/// Switches the UI language; remembered across restarts.
#[tauri::command]
#[specta::specta]
pub fn set_language(state: State<'_, AppState>, language: Language) -> Result<Settings, IpcError> {
    Ok(api::settings::set_language(&mut *state.store()?, language)?)
}
