//! Files the user picks to import: the open dialog (or the e2e folder hook) and a size-limited read.

use crate::error::{IpcError, IpcErrorKind};
use crate::paths::E2E_OPEN_FILE_ENV;
use tauri::AppHandle;
use tauri_plugin_dialog::DialogExt;

/// The e2e hook's path, when set: the native dialog cannot be driven by WebDriver.
pub(super) fn e2e_open_path() -> Option<std::path::PathBuf> {
    std::env::var_os(E2E_OPEN_FILE_ENV).filter(|p| !p.is_empty()).map(std::path::PathBuf::from)
}

/// One file from the native open dialog; `None` when the user cancels.
pub(super) async fn choose_file(
    app: &AppHandle,
    title: &str,
    (filter, extensions): (&str, &[&str]),
) -> Result<Option<String>, IpcError> {
    if let Some(path) = e2e_open_path() {
        return Ok(Some(path.display().to_string()));
    }
    let dialog = app.dialog().file().set_title(title).add_filter(filter, extensions);
    let chosen = tauri::async_runtime::spawn_blocking(move || dialog.blocking_pick_file())
        .await
        .map_err(|e| IpcError::new(IpcErrorKind::Internal, e.to_string()))?;
    Ok(chosen.and_then(|p| p.into_path().ok()).map(|p| p.display().to_string()))
}

/// Reads a chosen file whole, refusing one larger than `max` bytes before reading it.
pub(super) fn read_limited(path: &str, max: usize) -> Result<Vec<u8>, IpcError> {
    let too_large = std::fs::metadata(path).is_ok_and(|m| m.len() > max as u64);
    if too_large {
        let message = format!("{path}: larger than {} MB", max / 1024 / 1024);
        return Err(IpcError::new(IpcErrorKind::FileRejected, message));
    }
    std::fs::read(path).map_err(|e| IpcError::new(IpcErrorKind::NotFound, format!("{path}: {e}")))
}
