//! The one list of commands the UI may call. Each command is a few lines: take the state, call
//! `bcp_core::api`, map the error. `cargo xtask bindings` regenerates `ui/src/ipc/bindings.gen.ts`
//! from this list; the test below fails when the committed file has drifted.

mod app;
mod audit;
mod backups;
mod drills;
mod exchange;
mod files;
mod lock;
mod organization;
mod patient_table;
mod patients;
mod plan;
mod regional;
mod regions;
mod report;
mod revision;
mod samples;
mod settings;

pub fn specta_builder() -> tauri_specta::Builder<tauri::Wry> {
    // One TS type per Rust type: the UI sends back exactly what it receives. Plan answers are JSON
    // (`serde_json::Value`), whose numbers specta refuses as i64; JavaScript reads them as `number` anyway.
    tauri_specta::Builder::<tauri::Wry>::new()
        .disable_serde_phases()
        .dangerously_cast_bigints_to_number()
        .commands(tauri_specta::collect_commands![
            app::app_info,
            app::mark_interactive,
            app::get_licenses,
            app::take_opened_file,
            lock::get_lock_status,
            lock::unlock,
            lock::set_lock_passphrase,
            lock::remove_lock,
            backups::list_backups,
            backups::take_backup,
            backups::preview_backup,
            backups::restore_backup,
            audit::list_audit_events,
            audit::export_audit_log,
            settings::get_settings,
            settings::set_language,
            settings::set_print_language,
            settings::set_contrast,
            settings::set_text_scale,
            organization::get_organization,
            organization::save_organization,
            organization::get_identity,
            exchange::get_link_view,
            exchange::save_partner,
            exchange::save_agreement,
            exchange::export_exchange,
            exchange::export_exchange_break_glass,
            exchange::choose_exchange_file,
            exchange::import_exchange,
            regional::get_region_scope,
            regional::set_region_scope,
            regional::choose_member_files,
            regional::import_member_file,
            regional::get_regional_dashboard,
            regional::list_named_patients,
            regions::list_regions,
            plan::get_guide,
            plan::get_plan,
            plan::start_plan,
            plan::set_plan_scope,
            plan::save_plan_answer,
            plan::visit_plan_step,
            revision::revise_plan,
            revision::list_revisions,
            revision::compare_revisions,
            revision::get_obligations,
            patients::list_patients,
            patients::get_patient,
            patients::save_patient,
            patients::start_outage,
            patients::set_evacuation_orders,
            patients::record_safety_check,
            patients::list_safety_checks,
            patients::end_outage,
            patient_table::choose_patient_file,
            patient_table::preview_patient_import,
            patient_table::import_patients,
            patient_table::export_patients,
            samples::list_samples,
            samples::load_sample,
            report::print_cover,
            report::print_plan,
            report::print_plan_version,
            report::print_roster,
            report::print_check_sheet,
            report::print_support_plan,
            report::print_evacuation_plan,
            report::print_summary,
            report::print_action_cards,
            report::print_connected,
            report::print_regional,
            drills::get_drills,
            drills::save_drill,
            drills::record_drill_result,
            drills::close_action_item,
            drills::save_briefing,
            drills::get_tabletop,
            drills::get_reminders,
            drills::print_drill_pack,
            drills::print_evidence,
        ])
}

/// Where the generated bindings live, relative to this crate.
pub const BINDINGS_PATH: &str = "../ui/src/ipc/bindings.gen.ts";

/// Renders the TypeScript bindings (the file's whole text).
pub fn render_bindings() -> Result<String, String> {
    let dir = std::env::temp_dir().join(format!("homecare-bcp-bindings-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let path = dir.join("bindings.gen.ts");
    specta_builder()
        .export(
            specta_typescript::Typescript::default()
                .header("// Source: src-tauri/src/commands/mod.rs. Regenerate with `cargo xtask bindings`."),
            &path,
        )
        .map_err(|e| e.to_string())?;
    let text = std::fs::read_to_string(&path).map_err(|e| e.to_string())?;
    let _ = std::fs::remove_dir_all(&dir);
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Drift check. With UPDATE_BINDINGS=1 (what `cargo xtask bindings` sets) it rewrites the file.
    #[test]
    fn export_bindings() {
        let fresh = render_bindings().expect("bindings render");
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(BINDINGS_PATH);
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            std::fs::write(&path, &fresh).expect("write bindings");
            return;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == fresh,
            "ui/src/ipc/bindings.gen.ts is out of date with the command list: run `cargo xtask bindings` and commit it"
        );
    }
}
