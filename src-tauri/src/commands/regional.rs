use super::files::{e2e_open_path, read_limited};
use crate::error::{IpcError, IpcErrorKind};
use crate::state::AppState;
use bcp_core::api;
use bcp_core::api::regional::FileResult;
use bcp_core::exchange::envelope::MAX_FILE_BYTES;
use bcp_core::regional::RegionScope;
use bcp_core::regional::dashboard::Dashboard;
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;

#[tauri::command]
#[specta::specta]
pub fn get_region_scope(state: State<'_, AppState>) -> Result<RegionScope, IpcError> {
    Ok(api::regional::scope(&*state.store()?)?)
}

/// Sets the base's region; returns its municipalities.
#[tauri::command]
#[specta::specta]
pub fn set_region_scope(state: State<'_, AppState>, scope: RegionScope) -> Result<Vec<String>, IpcError> {
    Ok(api::regional::set_scope(&mut *state.store()?, scope, chrono::Utc::now())?)
}

/// Asks for members' files (several at once). With the e2e hook set to a folder, every .hcbcp in it.
#[tauri::command]
#[specta::specta]
pub async fn choose_member_files(app: AppHandle) -> Result<Vec<String>, IpcError> {
    if let Some(path) = e2e_open_path() {
        if path.is_dir() {
            let mut files: Vec<String> = std::fs::read_dir(&path)
                .map_err(|e| IpcError::new(IpcErrorKind::NotFound, e.to_string()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x.eq_ignore_ascii_case("hcbcp")))
                .map(|p| p.display().to_string())
                .collect();
            files.sort();
            return Ok(files);
        }
        return Ok(vec![path.display().to_string()]);
    }
    let dialog =
        app.dialog().file().set_title("取り込む参加事業所のファイル").add_filter("連携BCP", &["hcbcp"]);
    let chosen = tauri::async_runtime::spawn_blocking(move || dialog.blocking_pick_files())
        .await
        .map_err(|e| IpcError::new(IpcErrorKind::Internal, e.to_string()))?;
    Ok(chosen
        .unwrap_or_default()
        .into_iter()
        .filter_map(|p| p.into_path().ok())
        .map(|p| p.display().to_string())
        .collect())
}

/// Imports one member's file (the window calls this per file, to show progress). Never fails for a
/// bad file: the result says why it was refused, and nothing of it was stored.
#[tauri::command]
#[specta::specta]
pub fn import_member_file(state: State<'_, AppState>, path: String) -> Result<FileResult, IpcError> {
    let name =
        std::path::Path::new(&path).file_name().map_or(path.clone(), |n| n.to_string_lossy().into_owned());
    let bytes = match read_limited(&path, MAX_FILE_BYTES) {
        Ok(bytes) => bytes,
        Err(e) if e.kind == IpcErrorKind::FileRejected => {
            let refused = Some("ファイルが大きすぎます（上限 20 MB）。".into());
            return Ok(FileResult { file: name, imported: None, refused });
        }
        Err(e) => return Err(e),
    };
    let mut results =
        api::regional::import_files(&mut *state.store()?, vec![(name, bytes)], chrono::Utc::now());
    results.pop().ok_or_else(|| IpcError::new(IpcErrorKind::Internal, "no result"))
}

#[tauri::command]
#[specta::specta]
pub fn get_regional_dashboard(state: State<'_, AppState>) -> Result<Dashboard, IpcError> {
    Ok(api::regional::dashboard(&*state.store()?, chrono::Local::now().date_naive())?)
}

/// Patients named in members' files (consent to the base, or break-glass). Each call is audited.
#[tauri::command]
#[specta::specta]
pub fn list_named_patients(state: State<'_, AppState>) -> Result<Vec<api::regional::NamedPatient>, IpcError> {
    Ok(api::regional::named_patients(&mut *state.store()?, chrono::Utc::now())?)
}
