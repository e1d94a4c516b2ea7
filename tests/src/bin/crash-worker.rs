//! The process the crash harness (`it/crash.rs`) kills. It edits the database at the path it is
//! given through `bcp_core::api`, as the app does, forever, and after every call that returned
//! prints what it confirmed: `ACK <kind> <key> <value>`. The harness kills it with SIGKILL at a
//! random moment, then checks that every confirmed edit is in the database.
//!
//! Usage: crash-worker DB SEED

use bcp_core::api;
use bcp_core::backup::BackupReason;
use bcp_core::guide::Shape;
use bcp_core::patient::record::PatientRecord;
use bcp_core::patient::table::export::{TableFileFormat, write};
use std::io::Write;

/// Rows in one imported file: the harness checks a batch is there whole or not at all.
pub const BATCH: usize = 4;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [db, seed] = args.as_slice() else {
        eprintln!("usage: crash-worker DB SEED");
        std::process::exit(2);
    };
    let now = bcp_tests::now();
    let mut store = api::open(std::path::Path::new(db), now).expect("open");
    if api::organization::get(&store).expect("read").is_none() {
        api::samples::load(&mut store, "station", now).expect("sample");
    }
    let template: PatientRecord =
        serde_json::from_slice(&bcp_tests::fixture("patient-internal-battery-only.json")).expect("fixture");
    let guide = api::plan::guide().expect("guide");
    let text_fields: Vec<(String, String)> = guide
        .steps
        .iter()
        .flat_map(|s| s.fields.iter().map(move |f| (s, f)))
        // Free text only: a choice field has a string example too, and refuses any other string
        // (the worker used to stop by itself when a long-lived trial reached one).
        .filter(|(_, f)| matches!(f.shape, Shape::Text { .. } | Shape::Longtext { .. }))
        .map(|(s, f)| (s.id.clone(), f.id.clone()))
        .collect();
    let mut out = std::io::stdout().lock();
    let mut ack = |line: String| {
        // One write per line, flushed: a line in the pipe is a confirmed edit.
        let _ = writeln!(out, "ACK {line}");
        let _ = out.flush();
    };
    for i in 0u64.. {
        let tag = format!("{seed}-{i}");
        match i % 5 {
            0 | 1 => {
                let (step, field) = &text_fields[(i as usize / 5) % text_fields.len()];
                let value = format!("編集{tag}");
                api::plan::save_answer(
                    &mut store,
                    step,
                    field,
                    serde_json::Value::String(value.clone()),
                    now,
                )
                .expect("answer");
                ack(format!("answer {step}/{field} {value}"));
            }
            2 => {
                let mut record = template.clone();
                record.name = format!("患者{tag}");
                let id = api::patients::save(&mut store, record, now).expect("patient");
                ack(format!("patient {id} 患者{tag}"));
            }
            3 => {
                let records: Vec<PatientRecord> = (0..BATCH)
                    .map(|k| {
                        let mut r = template.clone();
                        r.name = format!("一括{tag}-{k}");
                        r
                    })
                    .collect();
                let bytes = write(&records, TableFileFormat::Csv).expect("csv");
                // Later imports in the same batch window share the backup; the clock moves so some
                // imports take a fresh one mid-run.
                let at = now + chrono::Duration::minutes(i as i64);
                api::patient_table::import(&mut store, &bytes, None, at).expect("import");
                ack(format!("batch 一括{tag} {BATCH}"));
            }
            _ => {
                let taken = api::backups::take(
                    &mut store,
                    BackupReason::Manual,
                    now + chrono::Duration::seconds(i as i64),
                )
                .expect("backup");
                ack(format!("backup {} -", taken.map(|b| b.file_name).unwrap_or_default()));
            }
        }
    }
}
