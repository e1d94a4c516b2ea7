//! The desktop window.

use crate::state::AppState;
use std::path::PathBuf;
use std::process::ExitCode;

/// The event the UI listens to when the OS hands a file to the running app (macOS).
pub const FILE_OPENED_EVENT: &str = "file-opened";

/// `Some(path)` when `arg` names an exchange file (`.hcbcp`) that exists.
pub fn exchange_file(arg: &std::ffi::OsStr) -> Option<PathBuf> {
    let path = PathBuf::from(arg);
    let is_exchange = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("hcbcp"));
    (is_exchange && path.is_file()).then_some(path)
}

/// When the window started opening: the start of [`interactive_after`].
static OPENING: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
static INTERACTIVE: std::sync::Once = std::sync::Once::new();

/// The line `cargo xtask bench` waits for, printed once: the home screen has drawn with its data.
pub const INTERACTIVE_LINE: &str = "homecare-bcp: interactive after";

/// Prints 「homecare-bcp: interactive after N ms」 the first time the UI says its home screen is
/// up (the time a person waits at every start; measured against the benchmark's target).
pub fn interactive_after() {
    INTERACTIVE.call_once(|| {
        let ms = OPENING.get().map_or(0, |t| t.elapsed().as_millis());
        println!("{INTERACTIVE_LINE} {ms} ms");
    });
}

/// Opens the window; `opened`: an exchange file the user opened the app with (Windows, Linux).
pub fn run(opened: Option<PathBuf>) -> ExitCode {
    OPENING.get_or_init(std::time::Instant::now);
    let builder = crate::commands::specta_builder();
    let state = AppState::open();
    state.set_opened_file(opened);
    let app = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(state)
        .invoke_handler(builder.invoke_handler())
        .build(tauri::generate_context!());
    let app = match app {
        Ok(app) => app,
        Err(e) => {
            eprintln!("homecare-bcp could not start its window: {e}");
            return ExitCode::FAILURE;
        }
    };
    start_daily_backups(app.handle().clone());
    app.run(|handle, event| on_event(handle, &event));
    ExitCode::SUCCESS
}

/// Checks every hour whether a day has passed since the newest backup (a clinic PC that is never
/// shut down still gets its daily copy).
fn start_daily_backups(handle: tauri::AppHandle) {
    use tauri::Manager;
    std::thread::spawn(move || {
        loop {
            std::thread::sleep(std::time::Duration::from_secs(3600));
            let state = handle.state::<AppState>();
            if let Ok(mut store) = state.store_even_locked()
                && let Err(e) = bcp_core::api::backups::take_daily_if_due(&mut store, chrono::Utc::now())
            {
                eprintln!("homecare-bcp: the daily backup failed: {e}");
            }
        }
    });
}

/// macOS hands files to the running app as an event instead of an argument.
#[cfg(target_os = "macos")]
fn on_event(handle: &tauri::AppHandle, event: &tauri::RunEvent) {
    use tauri::{Emitter, Manager};
    if let tauri::RunEvent::Opened { urls } = event {
        let file =
            urls.iter().filter_map(|u| u.to_file_path().ok()).find_map(|p| exchange_file(p.as_os_str()));
        if file.is_some() {
            handle.state::<AppState>().set_opened_file(file);
            let _ = handle.emit(FILE_OPENED_EVENT, ());
        }
    }
}

#[cfg(not(target_os = "macos"))]
fn on_event(_: &tauri::AppHandle, _: &tauri::RunEvent) {}

#[cfg(test)]
mod tests {
    use super::exchange_file;

    #[test]
    fn only_an_existing_hcbcp_file_opens_as_an_exchange_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("めむろ.HCBCP");
        std::fs::write(&file, b"{}").expect("write");
        assert_eq!(exchange_file(file.as_os_str()), Some(file.clone()), "any case of the extension");
        assert_eq!(exchange_file(dir.path().join("missing.hcbcp").as_os_str()), None);
        let other = dir.path().join("plan.pdf");
        std::fs::write(&other, b"%PDF").expect("write");
        assert_eq!(exchange_file(other.as_os_str()), None);
        assert_eq!(exchange_file(dir.path().as_os_str()), None, "a folder is not a file");
        assert_eq!(exchange_file(std::ffi::OsStr::new("plan")), None, "a subcommand is not a file");
    }
}
