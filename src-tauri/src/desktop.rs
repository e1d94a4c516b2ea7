//! The desktop window.

use crate::state::AppState;
use std::process::ExitCode;

pub fn run() -> ExitCode {
    let builder = crate::commands::specta_builder();
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(AppState::open())
        .invoke_handler(builder.invoke_handler())
        .run(tauri::generate_context!());
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("homecare-bcp could not start its window: {e}");
            ExitCode::FAILURE
        }
    }
}
