use crate::error::IpcError;
use crate::state::AppState;
use bcp_core::api;
use bcp_core::settings::{Contrast, Language, Settings, TextScale};
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

/// Chooses the language of printed documents (the plan an inspector reads is usually Japanese).
#[tauri::command]
#[specta::specta]
pub fn set_print_language(state: State<'_, AppState>, language: Language) -> Result<Settings, IpcError> {
    Ok(api::settings::set_print_language(&mut *state.store()?, language)?)
}

/// Standard or high-contrast colours.
#[tauri::command]
#[specta::specta]
pub fn set_contrast(state: State<'_, AppState>, contrast: Contrast) -> Result<Settings, IpcError> {
    Ok(api::settings::set_contrast(&mut *state.store()?, contrast)?)
}

/// Text size, 100 % to 150 %.
#[tauri::command]
#[specta::specta]
pub fn set_text_scale(state: State<'_, AppState>, scale: TextScale) -> Result<Settings, IpcError> {
    Ok(api::settings::set_text_scale(&mut *state.store()?, scale)?)
}
