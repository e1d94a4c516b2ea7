//! The data every benchmark works on, built through `bcp_core::api` as the app builds it.

use bcp_core::api;
use bcp_core::organization::OrganizationKind;
use bcp_core::patient::record::PatientRecord;
use bcp_core::regional::RegionScope;
use bcp_core::report::Printed;
use bcp_core::report::fonts::Fonts;
use bcp_core::report::layout::Layout;
use bcp_core::store::Store;
use bcp_tests::synthetic::{self, KAMIKAWA, SEED, TOKACHI};

/// Patients in the printed plan's roster.
pub const ROSTER_PATIENTS: usize = 100;
/// The synthetic region a coordination base imports.
pub const REGION_MEMBERS: usize = 500;
pub const REGION_PATIENTS: usize = 5000;
/// Patients ranked at once.
pub const RANKED_PATIENTS: usize = 10_000;

/// A database file in a temporary folder (dropped with the folder).
pub struct DiskStore {
    pub store: Store,
    _dir: tempfile::TempDir,
}

fn disk_store() -> DiskStore {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = api::open(&dir.path().join("bench.sqlite"), bcp_tests::now()).expect("open");
    DiskStore { store, _dir: dir }
}

/// The clinic sample (旭川) as 「サンプルを開く」 loads it, with `patients` synthetic patients registered.
pub fn demo_clinic(patients: usize) -> DiskStore {
    let mut disk = disk_store();
    api::samples::load(&mut disk.store, "clinic", bcp_tests::now()).expect("the clinic sample loads");
    for record in synthetic::patients(patients, &KAMIKAWA, SEED) {
        let record = PatientRecord { id: String::new(), ..record };
        api::patients::save(&mut disk.store, record, bcp_tests::now()).expect("a valid synthetic patient");
    }
    disk
}

/// The full 機関型BCP as a clinic prints it: the plan, then the priority roster, as the app's two
/// print buttons make them (fonts loaded, laid out, rendered, the roster audited).
pub fn print_full_plan(store: &mut Store) -> (Printed, Printed) {
    let now = bcp_tests::now();
    let plan = api::report::plan(store, now, bcp_tests::today()).expect("plan PDF");
    let roster = api::report::roster(store, None, now, bcp_tests::jst()).expect("roster PDF");
    (plan, roster)
}

/// The same two documents as layouts, for the DOCX.
pub fn full_plan_layouts(store: &mut Store) -> Vec<Layout> {
    let fonts = Fonts::load().expect("fonts");
    let plan = api::report::plan_layout(store, None, bcp_tests::today(), &fonts).expect("plan layout");
    let roster =
        api::report::roster_layout(store, bcp_tests::now(), bcp_tests::jst(), &fonts).expect("roster layout");
    vec![plan, roster]
}

/// A coordination base for the 十勝 region, with nothing imported yet.
pub fn coordination_base() -> DiskStore {
    let mut disk = disk_store();
    let now = bcp_tests::now();
    let draft = bcp_tests::draft(OrganizationKind::CoordinationBase, "合成 在宅医療連携拠点");
    api::organization::save(&mut disk.store, draft, now).expect("base");
    let scope = RegionScope { home_care_regions: vec![], municipalities: TOKACHI.map(String::from).to_vec() };
    api::regional::set_scope(&mut disk.store, scope, now).expect("scope");
    disk
}

/// The synthetic region's member files (`cargo xtask gen-region` writes the same bytes).
pub fn region_files() -> Vec<(String, Vec<u8>)> {
    synthetic::region(REGION_MEMBERS, REGION_PATIENTS, &synthetic::template())
}

/// Imports `files` into `base`; panics on a refusal (the synthetic files are all valid).
pub fn import_region(base: &mut Store, files: Vec<(String, Vec<u8>)>) {
    let results = api::regional::import_files(base, files, bcp_tests::now());
    assert!(results.iter().all(|r| r.refused.is_none()), "every synthetic file imports");
}
