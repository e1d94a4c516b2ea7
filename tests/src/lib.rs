//! Shared support for the workspace tests in `it/`: a fixed clock and fresh stores.

pub mod fuzzing;
pub mod synthetic;

use bcp_core::store::Store;
use chrono::{DateTime, NaiveDate, TimeZone, Utc};

/// 2026-11-25 15:00 JST: every test runs at the same instant.
pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 25, 6, 0, 0).single().expect("valid instant")
}

/// A store on disk in a temporary folder (kept alive by the returned guard), seeded as on first run.
/// The calendar day in Japan at [`now`].
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).expect("valid date")
}

pub fn disk_store() -> (tempfile::TempDir, std::path::PathBuf, Store) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("homecare-bcp.sqlite");
    let store = bcp_core::api::open(&path, now()).expect("open seeded store");
    (dir, path, store)
}

pub fn memory_store() -> Store {
    bcp_core::api::open_in_memory(now()).expect("open seeded in-memory store")
}

/// Reads a fixture from `tests/fixtures/`.
pub fn fixture(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("fixture {}: {e}", path.display()))
}

/// A draft with only kind and name, as the first-run registration makes it.
pub fn draft(
    kind: bcp_core::organization::OrganizationKind,
    name: &str,
) -> bcp_core::organization::OrganizationDraft {
    bcp_core::organization::OrganizationDraft {
        kind,
        name: name.into(),
        corporation_name: String::new(),
        address: String::new(),
        municipality: None,
        phone: String::new(),
        manager_name: String::new(),
    }
}

/// An in-memory store with the organisation registered.
pub fn registered(kind: bcp_core::organization::OrganizationKind, name: &str) -> Store {
    let mut store = memory_store();
    bcp_core::api::organization::save(&mut store, draft(kind, name), now()).expect("a valid draft");
    store
}

/// Answers every field that has a 例示 with it, as a user pressing 「例示を使う」 everywhere would.
pub fn adopt_every_example(store: &mut Store) {
    let guide = bcp_core::api::plan::guide().expect("the embedded guide");
    for step in &guide.steps {
        for field in &step.fields {
            if let Some(example) = &field.example {
                bcp_core::api::plan::save_answer(store, &step.id, &field.id, example.clone(), now())
                    .expect("examples have their field's shape");
            }
        }
    }
}

/// Japan's time zone, where the users are.
pub fn jst() -> chrono::FixedOffset {
    chrono::FixedOffset::east_opt(9 * 3600).expect("valid offset")
}
