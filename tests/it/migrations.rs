use bcp_core::api;
use bcp_core::settings::Language;
use bcp_tests::now;

/// Every old schema's fixture opens, upgrades to the current schema, and keeps its data.
#[test]
fn schema_v1_upgrades_without_losing_data() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("homecare-bcp.sqlite");
    std::fs::write(&path, bcp_tests::fixture("schema-v1.sqlite")).expect("copy fixture");
    let store = api::open(&path, now()).expect("a v1 database upgrades");
    assert_eq!(store.schema_version().expect("version"), bcp_core::store::SCHEMA_VERSION);
    assert_eq!(store.integrity_check().expect("check"), "ok");
    let view = api::organization::get(&store).expect("read").expect("kept");
    assert_eq!(view.organization.name, "訪問看護ステーションなよろ");
    assert_eq!(view.place.map(|p| p.health_center), Some("名寄保健所".into()));
    assert_eq!(api::settings::get(&store).expect("read").language, Language::En);
    let tree = api::regions::tree(&store).expect("read").expect("kept, not re-seeded");
    assert_eq!(tree.totals.municipalities, 2);
    assert_eq!(api::plan::current(&store).expect("read"), None, "no plan existed in schema 1");
}

/// Schema 6 (before drills): the station sample with a patient, as that release wrote it, upgrades to a
/// database with empty drill tables, every record kept.
#[test]
fn schema_v6_upgrades_without_losing_data() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("homecare-bcp.sqlite");
    std::fs::write(&path, bcp_tests::fixture("schema-v6.sqlite")).expect("copy fixture");
    let mut store = api::open(&path, now()).expect("a v6 database upgrades");
    assert_eq!(store.schema_version().expect("version"), bcp_core::store::SCHEMA_VERSION);
    assert_eq!(store.integrity_check().expect("check"), "ok");
    let plan = api::plan::current(&store).expect("read").expect("the plan is kept");
    assert!(plan.progress.required.filled > 0, "answers are kept");
    assert_eq!(api::revision::history(&store).expect("history").len(), 1, "第1版 is kept");
    let patients = api::patients::ranked(&mut store, now()).expect("register");
    assert_eq!(patients.len(), 1);
    assert!(
        !api::exchange::link_view(&mut store, now(), bcp_tests::today()).expect("links").partners.is_empty()
    );
    let drills = api::drills::view(&store).expect("drill tables exist");
    assert!(drills.drills.is_empty() && drills.action_items.is_empty() && drills.briefings.is_empty());
    // The new tables work on the upgraded file.
    let kinds: Vec<_> = api::drills::reminders_for(&store, bcp_tests::today())
        .expect("reminders")
        .into_iter()
        .map(|r| r.kind)
        .collect();
    assert!(kinds.contains(&bcp_core::reminder::ReminderKind::Drill));
}
