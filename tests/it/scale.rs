//! The synthetic generator behind `cargo xtask gen-region` and the benchmarks, at a size `cargo test`
//! can afford: the same seed gives the same bytes, every generated file and patient is accepted, and
//! the numbers the coordinator sees add up to what was generated. Speed lives in `cargo xtask bench`.

use bcp_core::api;
use bcp_core::organization::OrganizationKind;
use bcp_core::regional::RegionScope;
use bcp_tests::synthetic::{self, KAMIKAWA, SEED, TOKACHI};
use bcp_tests::{now, registered};

#[test]
fn the_same_seed_writes_the_same_region_byte_for_byte() {
    let template = synthetic::template();
    let first = synthetic::region(12, 90, &template);
    assert_eq!(first, synthetic::region(12, 90, &template), "fixed seed, fixed keys");
    let other = synthetic::region_seeded(12, 90, &template, SEED + 1);
    assert_ne!(first, other, "another seed draws other keys and places");
    assert_eq!(first.len(), 12);
}

#[test]
fn a_synthetic_region_imports_whole_and_the_dashboard_counts_every_patient() {
    let mut store = registered(OrganizationKind::CoordinationBase, "合成 在宅医療連携拠点");
    let scope = RegionScope { home_care_regions: vec![], municipalities: TOKACHI.map(String::from).to_vec() };
    api::regional::set_scope(&mut store, scope, now()).expect("十勝 is in the master");
    let files = synthetic::region(40, 600, &synthetic::template());
    let results = api::regional::import_files(&mut store, files, now());
    let refused: Vec<_> = results.iter().filter_map(|r| r.refused.as_ref()).collect();
    assert!(refused.is_empty(), "refused: {refused:?}");

    let dashboard = api::regional::dashboard(&store, now().date_naive()).expect("dashboard");
    assert_eq!(dashboard.members.len(), 40);
    // Cells under 5 are hidden; the totals per municipality (15 a member on average) are not.
    let total: u32 = dashboard.patients_by_municipality.iter().filter_map(|(_, c)| c.value).sum();
    assert_eq!(total, 600, "{:?}", dashboard.patients_by_municipality);
}

#[test]
fn synthetic_patients_are_valid_records_and_rank_with_reasons() {
    let records = synthetic::patients(300, &KAMIKAWA, SEED);
    assert_eq!(records, synthetic::patients(300, &KAMIKAWA, SEED), "fixed seed");
    let mut store = registered(OrganizationKind::ZaitakuClinic, "合成クリニック");
    for record in records.iter().take(60) {
        let record = bcp_core::patient::record::PatientRecord { id: String::new(), ..record.clone() };
        api::patients::save(&mut store, record, now())
            .expect("a generated record passes the register's checks");
    }
    let config = bcp_core::patient::priority::config().expect("bundled thresholds");
    // Three hours into a power cut, as the response screen ranks them.
    let outage = bcp_core::patient::outage::OutageDeclaration {
        started_at: (now() - chrono::Duration::hours(3)).to_rfc3339(),
        municipalities: vec![],
        note: String::new(),
        evacuation_orders: vec!["旭川市".into()],
    };
    let ranked = api::patients::rank_records(&records, Some(&outage), &[], now(), &config);
    assert_eq!(ranked.len(), 300);
    assert!(ranked.windows(2).all(|w| w[0].tier <= w[1].tier), "ordered by tier first");
    assert!(ranked.iter().all(|r| !r.ranking.reasons.is_empty()), "every place is explained");
    let tiers: std::collections::BTreeSet<_> = ranked.iter().map(|r| r.tier).collect();
    assert!(tiers.len() >= 3, "the mix reaches several tiers: {tiers:?}");
}
