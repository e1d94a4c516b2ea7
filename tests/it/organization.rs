use bcp_core::api::{self, ApiError};
use bcp_core::organization::{OrganizationDraft, OrganizationError, OrganizationKind};
use bcp_tests::{disk_store, fixture, memory_store, now};

fn draft() -> OrganizationDraft {
    OrganizationDraft {
        kind: OrganizationKind::NursingStation,
        name: "訪問看護ステーションなよろ".into(),
        corporation_name: "医療法人社団 北の杜".into(),
        address: "北海道名寄市西3条南5丁目".into(),
        municipality: Some("名寄市".into()),
        phone: "01654-00-0000".into(),
        manager_name: "佐藤 花子".into(),
    }
}

#[test]
fn no_organisation_before_registration() {
    assert_eq!(api::organization::get(&memory_store()).expect("read"), None);
}

#[test]
fn saved_organisation_survives_reopening_the_file() {
    let (_dir, path, mut store) = disk_store();
    let saved = api::organization::save(&mut store, draft(), now()).expect("valid draft");
    assert_eq!(saved.place.as_ref().map(|p| p.home_care_region.as_str()), Some("上川北部"));
    assert_eq!(saved.organization.updated_at, "2026-11-25T06:00:00.000Z");
    drop(store);

    let reopened = api::open(&path, now()).expect("reopen");
    assert_eq!(api::organization::get(&reopened).expect("read"), Some(saved));
    assert_eq!(reopened.integrity_check().expect("check"), "ok");
}

#[test]
fn a_rejected_edit_changes_nothing() {
    let mut store = memory_store();
    let saved = api::organization::save(&mut store, draft(), now()).expect("valid");
    let table: &[(OrganizationDraft, OrganizationError)] = &[
        (OrganizationDraft { name: "  ".into(), ..draft() }, OrganizationError::NameRequired),
        (
            OrganizationDraft { municipality: Some("札幌市".into()), ..draft() },
            OrganizationError::UnknownMunicipality("札幌市".into()),
        ),
        (
            OrganizationDraft { phone: "電話なし".into(), ..draft() },
            OrganizationError::PhoneMalformed("電話なし".into()),
        ),
    ];
    for (bad, want) in table {
        match api::organization::save(&mut store, bad.clone(), now()) {
            Err(ApiError::Organization(got)) => assert_eq!(&got, want),
            other => panic!("{bad:?}: expected {want:?}, got {other:?}"),
        }
        assert_eq!(api::organization::get(&store).expect("read").as_ref(), Some(&saved));
    }
}

#[test]
fn a_region_file_may_not_drop_the_organisations_municipality() {
    let mut store = memory_store();
    api::organization::save(&mut store, draft(), now()).expect("valid");
    let before = api::regions::tree(&store).expect("read");
    let err = api::regions::import(&mut store, &fixture("regions-two-rows.csv"), "two", now())
        .expect_err("名寄市 is gone");
    assert!(matches!(err, ApiError::RegionDropsOrganizationMunicipality(ref m) if m == "名寄市"), "{err}");
    assert_eq!(api::regions::tree(&store).expect("read"), before);
}

#[test]
fn the_organisations_keys_are_made_on_first_run_and_kept() {
    let (_dir, path, mut store) = bcp_tests::disk_store();
    let first = bcp_core::api::exchange::identity(&mut store, bcp_tests::now()).expect("keys");
    drop(store);
    let mut reopened = bcp_core::api::open(&path, bcp_tests::now()).expect("reopen");
    let again = bcp_core::api::exchange::identity(&mut reopened, bcp_tests::now()).expect("keys");
    assert_eq!(first, again, "partners trust a fingerprint; it must not change");
    let (_other_dir, _, mut other) = bcp_tests::disk_store();
    let theirs = bcp_core::api::exchange::identity(&mut other, bcp_tests::now()).expect("keys");
    assert_ne!(first.fingerprint, theirs.fingerprint);
}
