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
