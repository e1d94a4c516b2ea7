use super::report::choose_destination_for;
use crate::error::{IpcError, IpcErrorKind};
use crate::paths::write_atomically;
use crate::state::AppState;
use bcp_core::api;
use bcp_core::audit::{AuditEvent, AuditFilter};
use tauri::{AppHandle, Manager, State};

/// The UI shows this many events at most; the CSV export has them all.
const SHOWN: usize = 500;

/// The audit log, newest first, filtered.
#[tauri::command]
#[specta::specta]
pub fn list_audit_events(
    state: State<'_, AppState>,
    filter: AuditFilter,
) -> Result<Vec<AuditEvent>, IpcError> {
    Ok(api::audit::events(&*state.store()?, &filter, crate::cli::local_offset(), SHOWN)?)
}

/// Asks where to save, then writes the filtered log as CSV (audited). `null` when cancelled.
#[tauri::command]
#[specta::specta]
pub async fn export_audit_log(app: AppHandle, filter: AuditFilter) -> Result<Option<String>, IpcError> {
    let today = chrono::Local::now().date_naive();
    let file_name = format!("監査ログ_{}.csv", today.format("%Y%m%d"));
    let Some(path) = choose_destination_for(&app, &file_name, "監査ログの書き出し先", ("CSV", "csv")).await?
    else {
        return Ok(None);
    };
    let bytes = {
        let state = app.state::<AppState>();
        api::audit::export_csv(&mut *state.store()?, &filter, crate::cli::local_offset(), chrono::Utc::now())?
    };
    write_atomically(&path, &bytes)
        .map_err(|e| IpcError::new(IpcErrorKind::FileWrite, format!("{}: {e}", path.display())))?;
    Ok(Some(path.display().to_string()))
}
