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

/// Every schema that shipped, as a table: the fixture, what must survive the upgrade, and the
/// backup taken before it (which keeps the old schema for the old app version).
#[test]
fn every_released_schema_upgrades_keeps_its_records_and_leaves_a_backup_of_itself() {
    // (version, organisation, plan answers, revisions, patients, partners, drills)
    let table: &[(i64, &str, u32, usize, usize, usize, usize)] = &[
        (1, "訪問看護ステーションなよろ", 0, 0, 0, 0, 0),
        (2, "訪問看護ステーションとかち（サンプル）", 87, 0, 0, 0, 0),
        (3, "訪問看護ステーションとかち（サンプル）", 87, 1, 0, 0, 0),
        (4, "訪問看護ステーションとかち（サンプル）", 87, 1, 1, 0, 0),
        (5, "訪問看護ステーションとかち（サンプル）", 87, 1, 1, 0, 0),
        (6, "訪問看護ステーションとかち（サンプル）", 87, 1, 1, 2, 0),
        (7, "訪問看護ステーションとかち（サンプル）", 87, 1, 1, 2, 1),
    ];
    assert_eq!(table.len() as i64, bcp_core::store::SCHEMA_VERSION - 1, "a fixture for every older schema");
    for &(version, name, answers, revisions, patients, partners, drills) in table {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("homecare-bcp.sqlite");
        std::fs::write(&path, bcp_tests::fixture(&format!("schema-v{version}.sqlite"))).expect("copy");
        let mut store = api::open(&path, now()).unwrap_or_else(|e| panic!("v{version}: {e}"));
        assert_eq!(store.schema_version().expect("version"), bcp_core::store::SCHEMA_VERSION, "v{version}");
        assert_eq!(store.integrity_check().expect("check"), "ok", "v{version}");
        let org = api::organization::get(&store).expect("read").expect("kept");
        assert_eq!(org.organization.name, name, "v{version}");
        let filled = api::plan::current(&store)
            .expect("read")
            .map_or(0, |p| p.answers.0.values().map(|step| step.len() as u32).sum::<u32>());
        assert_eq!(filled, answers, "v{version} answers");
        let history = match api::revision::history(&store) {
            Err(bcp_core::api::ApiError::NoPlan) => 0,
            other => other.expect("history").len(),
        };
        assert_eq!(history, revisions, "v{version}");
        assert_eq!(api::patients::ranked(&mut store, now()).expect("register").len(), patients, "v{version}");
        let links = api::exchange::link_view(&mut store, now(), bcp_tests::today()).expect("links");
        assert_eq!(links.partners.len(), partners, "v{version} partners");
        assert_eq!(api::drills::view(&store).expect("drills").drills.len(), drills, "v{version} drills");
        // The audit log gained who/basis columns in 8; old events keep '' there.
        let events =
            api::audit::events(&store, &Default::default(), bcp_tests::jst(), usize::MAX).expect("log");
        assert!(events.iter().all(|e| e.id > 0), "v{version}");

        let backups = api::backups::list(&store).expect("backups");
        let before: Vec<_> =
            backups.iter().filter(|b| b.reason == bcp_core::backup::BackupReason::BeforeUpgrade).collect();
        assert_eq!(before.len(), 1, "v{version}: one backup before the upgrade");
        let preview = api::backups::preview(&store, &before[0].file_name).expect("preview");
        assert_eq!(i64::from(preview.schema_version), version, "the backup keeps the old schema");
        assert!(preview.intact && preview.unusable.is_none(), "v{version}: {:?}", preview.unusable);
        assert_eq!(preview.organization_name.as_deref(), Some(name));
        // Opening it again (now current) takes no second upgrade backup.
        drop(store);
        let store = api::open(&path, now()).expect("reopen");
        let again = api::backups::list(&store).expect("backups");
        assert_eq!(
            again.iter().filter(|b| b.reason == bcp_core::backup::BackupReason::BeforeUpgrade).count(),
            1,
            "v{version}"
        );
    }
}
