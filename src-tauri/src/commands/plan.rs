use crate::error::IpcError;
use crate::state::AppState;
use bcp_core::api;
use bcp_core::api::plan::{AnswerSaved, PlanView};
use bcp_core::guide::Guide;
use bcp_core::plan::PlanScope;
use tauri::State;

/// The guide definition the wizard renders (steps, fields, help, examples).
#[tauri::command]
#[specta::specta]
pub fn get_guide() -> Result<Guide, IpcError> {
    Ok(api::plan::guide()?.clone())
}

/// The current plan with answers and completeness; null before it is started.
#[tauri::command]
#[specta::specta]
pub fn get_plan(state: State<'_, AppState>) -> Result<Option<PlanView>, IpcError> {
    Ok(api::plan::current(&*state.store()?)?)
}

/// Starts the plan with its scope (自然災害 / 感染症 / 一体型); returns the existing one if started.
#[tauri::command]
#[specta::specta]
pub fn start_plan(state: State<'_, AppState>, scope: PlanScope) -> Result<PlanView, IpcError> {
    Ok(api::plan::start(&mut *state.store()?, scope, chrono::Utc::now())?)
}

#[tauri::command]
#[specta::specta]
pub fn set_plan_scope(state: State<'_, AppState>, scope: PlanScope) -> Result<PlanView, IpcError> {
    Ok(api::plan::set_scope(&mut *state.store()?, scope, chrono::Utc::now())?)
}

/// Saves one field as typed (`null` clears it); returns the new completeness.
#[tauri::command]
#[specta::specta]
pub fn save_plan_answer(
    state: State<'_, AppState>,
    step_id: String,
    field_id: String,
    value: serde_json::Value,
) -> Result<AnswerSaved, IpcError> {
    Ok(api::plan::save_answer(&mut *state.store()?, &step_id, &field_id, value, chrono::Utc::now())?)
}

/// Remembers the step the user opened, so the wizard resumes there.
#[tauri::command]
#[specta::specta]
pub fn visit_plan_step(state: State<'_, AppState>, step_id: String) -> Result<(), IpcError> {
    Ok(api::plan::visit_step(&mut *state.store()?, &step_id)?)
}
