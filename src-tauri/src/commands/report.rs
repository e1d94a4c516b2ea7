use crate::error::{IpcError, IpcErrorKind};
use crate::paths::{E2E_SAVE_DIR_ENV, write_atomically};
use crate::state::AppState;
use bcp_core::api::{self, ApiError};
use bcp_core::patient::record::ConsentScope;
use bcp_core::report::Printed;
use bcp_core::store::Store;
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use std::path::PathBuf;
use tauri::{AppHandle, Manager};
use tauri_plugin_dialog::DialogExt;

#[derive(Debug, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct PrintOutcome {
    pub path: String,
    pub pages: u32,
    /// Characters the font lacks, printed as 〓.
    pub missing_glyphs: Vec<String>,
}

/// Asks where to save (native dialog), then writes the cover PDF there. `null` when the user cancels.
#[tauri::command]
#[specta::specta]
pub async fn print_cover(app: AppHandle) -> Result<Option<PrintOutcome>, IpcError> {
    print(app, api::report::cover_file_name, api::report::cover).await
}

/// Asks where to save, then writes the whole plan as PDF. `null` when the user cancels.
#[tauri::command]
#[specta::specta]
pub async fn print_plan(app: AppHandle) -> Result<Option<PrintOutcome>, IpcError> {
    print(app, api::report::plan_file_name, api::report::plan).await
}

/// Asks where to save, then writes the one-page 事業継続計画サマリ. `null` when the user cancels.
#[tauri::command]
#[specta::specta]
pub async fn print_summary(app: AppHandle) -> Result<Option<PrintOutcome>, IpcError> {
    print(app, api::report::summary_file_name, api::report::summary).await
}

/// Asks where to save, then writes the 地域BCP from the members' files.
#[tauri::command]
#[specta::specta]
pub async fn print_regional(app: AppHandle) -> Result<Option<PrintOutcome>, IpcError> {
    print(app, api::report::regional_file_name, api::report::regional).await
}

/// Asks where to save, then writes the 連携型BCP (members, agreements, levels, open issues).
#[tauri::command]
#[specta::specta]
pub async fn print_connected(app: AppHandle) -> Result<Option<PrintOutcome>, IpcError> {
    let (now, today) = (chrono::Utc::now(), chrono::Local::now().date_naive());
    let file_name = {
        let state = app.state::<AppState>();
        api::report::connected_file_name(&*state.store()?, today)?
    };
    let Some(path) = choose_destination_pdf(&app, &file_name).await? else {
        return Ok(None);
    };
    let printed = {
        let state = app.state::<AppState>();
        api::report::connected(&mut *state.store()?, now, today)?
    };
    save_printed(&path, printed)
}

/// Asks where to save, then writes the 発災時アクションカード. `null` when the user cancels.
#[tauri::command]
#[specta::specta]
pub async fn print_action_cards(app: AppHandle) -> Result<Option<PrintOutcome>, IpcError> {
    print(app, api::report::action_cards_file_name, api::report::action_cards).await
}

/// Asks where to save, then writes 第n版 as it was fixed. `null` when the user cancels.
#[tauri::command]
#[specta::specta]
pub async fn print_plan_version(app: AppHandle, number: u32) -> Result<Option<PrintOutcome>, IpcError> {
    let (now, today) = (chrono::Utc::now(), chrono::Local::now().date_naive());
    let file_name = {
        let state = app.state::<AppState>();
        api::report::plan_file_name(&*state.store()?, today)?.replace("BCP_", &format!("BCP第{number}版_"))
    };
    let Some(path) = choose_destination_pdf(&app, &file_name).await? else {
        return Ok(None);
    };
    let printed = {
        let state = app.state::<AppState>();
        api::report::plan_version(&*state.store()?, Some(number), now, today)?
    };
    save_printed(&path, printed)
}

/// Asks where to save, then writes the 優先順位名簿 as of now. `null` when the user cancels.
#[tauri::command]
#[specta::specta]
/// With a `recipient`, names are printed only where the patient's consent covers that recipient.
pub async fn print_roster(
    app: AppHandle,
    recipient: Option<ConsentScope>,
) -> Result<Option<PrintOutcome>, IpcError> {
    let now = chrono::Utc::now();
    let title = match recipient {
        None => "優先順位名簿".to_string(),
        Some(scope) => format!("優先順位名簿_{}提供用", scope.label_ja()),
    };
    let file_name = format!("{title}_{}.pdf", chrono::Local::now().format("%Y%m%d_%H%M"));
    let Some(path) = choose_destination_pdf(&app, &file_name).await? else {
        return Ok(None);
    };
    let printed = {
        let state = app.state::<AppState>();
        api::report::roster(&mut *state.store()?, recipient, now, crate::cli::local_offset())?
    };
    save_printed(&path, printed)
}

/// Asks where to save, then writes the 安否確認シート. `null` when the user cancels.
#[tauri::command]
#[specta::specta]
pub async fn print_check_sheet(app: AppHandle) -> Result<Option<PrintOutcome>, IpcError> {
    print_people(app, "安否確認シート", api::report::check_sheet).await
}

type PeoplePaper = fn(&mut Store, DateTime<Utc>, chrono::FixedOffset) -> Result<Printed, ApiError>;

async fn print_people(
    app: AppHandle,
    title: &str,
    render: PeoplePaper,
) -> Result<Option<PrintOutcome>, IpcError> {
    let now = chrono::Utc::now();
    let file_name = format!("{title}_{}.pdf", chrono::Local::now().format("%Y%m%d_%H%M"));
    let Some(path) = choose_destination_pdf(&app, &file_name).await? else {
        return Ok(None);
    };
    let printed = {
        let state = app.state::<AppState>();
        render(&mut *state.store()?, now, crate::cli::local_offset())?
    };
    save_printed(&path, printed)
}

/// Asks where to save, then writes one patient's 災害時個別支援計画. `null` when the user cancels.
#[tauri::command]
#[specta::specta]
pub async fn print_support_plan(app: AppHandle, id: String) -> Result<Option<PrintOutcome>, IpcError> {
    print_patient(app, id, "個別支援計画", api::report::support_plan).await
}

/// Asks where to save, then writes one patient's 個別避難計画 (draft for the municipality).
#[tauri::command]
#[specta::specta]
pub async fn print_evacuation_plan(app: AppHandle, id: String) -> Result<Option<PrintOutcome>, IpcError> {
    print_patient(app, id, "個別避難計画", api::report::evacuation_plan).await
}

type PatientPaper = fn(&mut Store, &str, DateTime<Utc>, NaiveDate) -> Result<Printed, ApiError>;

async fn print_patient(
    app: AppHandle,
    id: String,
    title: &str,
    render: PatientPaper,
) -> Result<Option<PrintOutcome>, IpcError> {
    let (now, today) = (chrono::Utc::now(), chrono::Local::now().date_naive());
    let file_name = format!("{title}_{id}_{}.pdf", today.format("%Y%m%d"));
    let Some(path) = choose_destination_pdf(&app, &file_name).await? else {
        return Ok(None);
    };
    let printed = {
        let state = app.state::<AppState>();
        render(&mut *state.store()?, &id, now, today)?
    };
    save_printed(&path, printed)
}

type FileName = fn(&Store, NaiveDate) -> Result<String, ApiError>;
type Render = fn(&Store, DateTime<Utc>, NaiveDate) -> Result<Printed, ApiError>;

pub(super) async fn print(
    app: AppHandle,
    file_name: FileName,
    render: Render,
) -> Result<Option<PrintOutcome>, IpcError> {
    let (now, today) = (chrono::Utc::now(), chrono::Local::now().date_naive());
    let file_name = {
        let state = app.state::<AppState>();
        file_name(&*state.store()?, today)?
    };
    let Some(path) = choose_destination_pdf(&app, &file_name).await? else {
        return Ok(None);
    };
    let printed = {
        let state = app.state::<AppState>();
        render(&*state.store()?, now, today)?
    };
    save_printed(&path, printed)
}

pub(super) fn save_printed(
    path: &std::path::Path,
    printed: Printed,
) -> Result<Option<PrintOutcome>, IpcError> {
    write_atomically(path, &printed.bytes)
        .map_err(|e| IpcError::new(IpcErrorKind::FileWrite, format!("{}: {e}", path.display())))?;
    Ok(Some(PrintOutcome {
        path: path.display().to_string(),
        pages: u32::try_from(printed.pages).unwrap_or(u32::MAX),
        missing_glyphs: printed.missing_glyphs.iter().map(char::to_string).collect(),
    }))
}

pub(super) async fn choose_destination_pdf(
    app: &AppHandle,
    file_name: &str,
) -> Result<Option<PathBuf>, IpcError> {
    choose_destination_for(app, file_name, "PDFの保存先", ("PDF", "pdf")).await
}

/// The native save dialog (or the e2e folder), with `extension` made sure of.
pub(super) async fn choose_destination_for(
    app: &AppHandle,
    file_name: &str,
    title: &str,
    (filter, extension): (&str, &'static str),
) -> Result<Option<PathBuf>, IpcError> {
    if let Some(dir) = std::env::var_os(E2E_SAVE_DIR_ENV).filter(|d| !d.is_empty()) {
        return Ok(Some(PathBuf::from(dir).join(file_name)));
    }
    let dialog =
        app.dialog().file().set_title(title).set_file_name(file_name).add_filter(filter, &[extension]);
    let chosen = tauri::async_runtime::spawn_blocking(move || dialog.blocking_save_file())
        .await
        .map_err(|e| IpcError::new(IpcErrorKind::Internal, e.to_string()))?;
    match chosen {
        None => Ok(None),
        Some(p) => p
            .into_path()
            .map(|p| Some(with_extension(p, extension)))
            .map_err(|e| IpcError::new(IpcErrorKind::FileWrite, e.to_string())),
    }
}

fn with_extension(path: PathBuf, extension: &str) -> PathBuf {
    if path.extension().is_some_and(|e| e.eq_ignore_ascii_case(extension)) {
        path
    } else {
        path.with_extension(extension)
    }
}
