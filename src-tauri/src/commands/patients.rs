use crate::error::IpcError;
use crate::state::AppState;
use bcp_core::api;
use bcp_core::api::patients::PatientList;
use bcp_core::patient::outage::{OutageDeclaration, SafetyCheck};
use bcp_core::patient::record::PatientRecord;
use tauri::State;

/// The register in priority order, with countdowns computed now and the reasons for each tier.
#[tauri::command]
#[specta::specta]
pub fn list_patients(state: State<'_, AppState>) -> Result<PatientList, IpcError> {
    Ok(api::patients::list(&mut *state.store()?, chrono::Utc::now())?)
}

#[tauri::command]
#[specta::specta]
pub fn get_patient(state: State<'_, AppState>, id: String) -> Result<PatientRecord, IpcError> {
    Ok(api::patients::get(&mut *state.store()?, &id, chrono::Utc::now())?)
}

/// Adds (empty id) or replaces a record; returns its id. A malformed record changes nothing.
#[tauri::command]
#[specta::specta]
pub fn save_patient(state: State<'_, AppState>, record: PatientRecord) -> Result<String, IpcError> {
    Ok(api::patients::save(&mut *state.store()?, record, chrono::Utc::now())?)
}

/// 停電・災害対応を開始.
#[tauri::command]
#[specta::specta]
pub fn start_outage(state: State<'_, AppState>, declaration: OutageDeclaration) -> Result<(), IpcError> {
    Ok(api::patients::start_outage(&mut *state.store()?, declaration, chrono::Utc::now())?)
}

/// 避難指示の発令地域 during the open outage (empty = lifted).
#[tauri::command]
#[specta::specta]
pub fn set_evacuation_orders(
    state: State<'_, AppState>,
    municipalities: Vec<String>,
) -> Result<(), IpcError> {
    Ok(api::patients::set_evacuation_orders(&mut *state.store()?, municipalities, chrono::Utc::now())?)
}

/// 安否確認を記録.
#[tauri::command]
#[specta::specta]
pub fn record_safety_check(state: State<'_, AppState>, check: SafetyCheck) -> Result<(), IpcError> {
    Ok(api::patients::record_check(&mut *state.store()?, check)?)
}

/// The open outage's safety checks, oldest first.
#[tauri::command]
#[specta::specta]
pub fn list_safety_checks(state: State<'_, AppState>) -> Result<Vec<SafetyCheck>, IpcError> {
    Ok(api::patients::checks(&*state.store()?)?)
}

/// Ends the outage; everything recorded stays.
#[tauri::command]
#[specta::specta]
pub fn end_outage(state: State<'_, AppState>) -> Result<(), IpcError> {
    Ok(api::patients::end_outage(&mut *state.store()?, chrono::Utc::now())?)
}
