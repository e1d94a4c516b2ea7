//! 訓練 screen and the home screen's reminders.

use super::report::{PrintOutcome, choose_destination_pdf, save_printed};
use crate::error::IpcError;
use crate::state::AppState;
use bcp_core::api;
use bcp_core::api::drills::DrillsView;
use bcp_core::drill::tabletop::Tabletop;
use bcp_core::drill::{ActionItem, Briefing, Drill, DrillResult};
use bcp_core::reminder::Reminder;
use tauri::{AppHandle, Manager, State};

/// Scenarios, drills, action items and briefings.
#[tauri::command]
#[specta::specta]
pub fn get_drills(state: State<'_, AppState>) -> Result<DrillsView, IpcError> {
    Ok(api::drills::view(&*state.store()?)?)
}

/// Plans a drill (empty id) or changes its plan; returns its id.
#[tauri::command]
#[specta::specta]
pub fn save_drill(state: State<'_, AppState>, drill: Drill) -> Result<String, IpcError> {
    Ok(api::drills::save(&mut *state.store()?, drill, chrono::Utc::now())?)
}

/// Records what happened; findings with an action become action items.
#[tauri::command]
#[specta::specta]
pub fn record_drill_result(
    state: State<'_, AppState>,
    drill_id: String,
    result: DrillResult,
) -> Result<Drill, IpcError> {
    Ok(api::drills::record_result(&mut *state.store()?, &drill_id, result, chrono::Utc::now())?)
}

/// Closes an action item with the plan version that took it in.
#[tauri::command]
#[specta::specta]
pub fn close_action_item(
    state: State<'_, AppState>,
    id: String,
    revision: u32,
    note: String,
) -> Result<ActionItem, IpcError> {
    let today = chrono::Local::now().date_naive();
    Ok(api::drills::close_action_item(&mut *state.store()?, &id, revision, note, today, chrono::Utc::now())?)
}

/// Records a staff briefing (empty id) or corrects one; returns its id.
#[tauri::command]
#[specta::specta]
pub fn save_briefing(state: State<'_, AppState>, briefing: Briefing) -> Result<String, IpcError> {
    Ok(api::drills::save_briefing(&mut *state.store()?, briefing, chrono::Utc::now())?)
}

/// The tabletop on today's register and agreements (names patients: audited).
#[tauri::command]
#[specta::specta]
pub fn get_tabletop(state: State<'_, AppState>, drill_id: String) -> Result<Tabletop, IpcError> {
    Ok(api::drills::tabletop(&mut *state.store()?, &drill_id, chrono::Utc::now())?)
}

/// Home screen: what keeps the plan current, most urgent first.
#[tauri::command]
#[specta::specta]
pub fn get_reminders(state: State<'_, AppState>) -> Result<Vec<Reminder>, IpcError> {
    Ok(api::drills::reminders_for(&*state.store()?, chrono::Local::now().date_naive())?)
}

/// Asks where to save, then writes the drill's 訓練パック. `null` when the user cancels.
#[tauri::command]
#[specta::specta]
pub async fn print_drill_pack(app: AppHandle, drill_id: String) -> Result<Option<PrintOutcome>, IpcError> {
    let file_name = {
        let state = app.state::<AppState>();
        api::report::drill_pack_file_name(&*state.store()?, &drill_id, chrono::Local::now().date_naive())?
    };
    let Some(path) = choose_destination_pdf(&app, &file_name).await? else {
        return Ok(None);
    };
    let printed = {
        let state = app.state::<AppState>();
        api::report::drill_pack(&mut *state.store()?, &drill_id, chrono::Utc::now())?
    };
    save_printed(&path, printed)
}

/// Asks where to save, then writes the BCPの点検記録. `null` when the user cancels.
#[tauri::command]
#[specta::specta]
pub async fn print_evidence(app: AppHandle) -> Result<Option<PrintOutcome>, IpcError> {
    super::report::print(app, api::report::evidence_file_name, api::report::evidence).await
}
