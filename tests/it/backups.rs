//! Backups (#9 §3): taken at start, before imports and restores; previewed without names; restored
//! whole; a damaged or foreign file is refused and changes nothing.

use bcp_core::api::{self, ApiError, backups::BackupError};
use bcp_core::backup::BackupReason;
use bcp_core::organization::OrganizationKind;
use bcp_tests::{disk_store, draft, now};
use chrono::Duration;

#[test]
fn a_restore_brings_back_the_data_and_can_itself_be_undone() {
    let (_dir, _path, mut store) = disk_store();
    api::organization::save(&mut store, draft(OrganizationKind::NursingStation, "ステーションA"), now())
        .unwrap();
    let first = api::backups::take(&mut store, BackupReason::Manual, now()).unwrap().expect("on disk");
    assert_eq!(first.reason, BackupReason::Manual);

    let later = now() + Duration::hours(1);
    api::organization::save(&mut store, draft(OrganizationKind::NursingStation, "ステーションB"), later)
        .unwrap();
    api::audit::export_csv(&mut store, &Default::default(), bcp_tests::jst(), later).unwrap(); // audited
    let preview = api::backups::preview(&store, &first.file_name).unwrap();
    assert_eq!(preview.organization_name.as_deref(), Some("ステーションA"));
    assert!(preview.intact && preview.unusable.is_none());
    assert_eq!(i64::from(preview.schema_version), bcp_core::store::SCHEMA_VERSION);

    api::backups::restore(&mut store, &first.file_name, later).unwrap();
    let name = |s: &bcp_core::store::Store| api::organization::get(s).unwrap().unwrap().organization.name;
    assert_eq!(name(&store), "ステーションA");
    assert_eq!(store.integrity_check().unwrap(), "ok");
    let log = api::audit::events(&store, &Default::default(), bcp_tests::jst(), usize::MAX).unwrap();
    assert_eq!(log[0].action, "backup.restore", "the restore is in the restored log");
    assert_eq!(log[1].action, "audit.export", "events after the backup are carried over, not rewound");

    // The data as it was before the restore was kept and brings B back.
    let list = api::backups::list(&store).unwrap();
    let undo = list.iter().find(|b| b.reason == BackupReason::BeforeRestore).expect("before-restore backup");
    assert_eq!(
        api::backups::preview(&store, &undo.file_name).unwrap().organization_name.as_deref(),
        Some("ステーションB")
    );
    api::backups::restore(&mut store, &undo.file_name.clone(), later + Duration::minutes(1)).unwrap();
    assert_eq!(name(&store), "ステーションB");
}

#[test]
fn a_damaged_backup_or_a_path_is_refused_and_nothing_changes() {
    let (dir, _path, mut store) = disk_store();
    api::organization::save(&mut store, draft(OrganizationKind::Clinic, "クリニック"), now()).unwrap();
    let taken = api::backups::take(&mut store, BackupReason::Manual, now()).unwrap().unwrap();
    let file = dir.path().join("backups").join(&taken.file_name);
    let mut bytes = std::fs::read(&file).unwrap();
    // Overwrite the middle pages: the header still says SQLite, the b-trees do not add up.
    let len = bytes.len();
    for b in &mut bytes[len / 3..len / 3 * 2] {
        *b = 0xA5;
    }
    std::fs::write(&file, &bytes).unwrap();
    let digest = store.content_digest().unwrap();
    let backups_before = api::backups::list(&store).unwrap().len();

    let preview = api::backups::preview(&store, &taken.file_name).unwrap();
    assert!(preview.unusable.is_some(), "{preview:?}");
    assert!(matches!(
        api::backups::restore(&mut store, &taken.file_name, now()),
        Err(ApiError::Backup(BackupError::Unusable { .. }))
    ));
    for name in ["../homecare-bcp.sqlite", "/etc/passwd", "homecare-bcp-x.sqlite", ""] {
        assert!(
            matches!(
                api::backups::restore(&mut store, name, now()),
                Err(ApiError::Backup(BackupError::NoSuchBackup(_)))
            ),
            "{name}"
        );
    }
    // A file that is not ours, under a backup's name.
    let foreign = bcp_core::backup::file_name(now() + Duration::seconds(5), BackupReason::Manual);
    std::fs::write(dir.path().join("backups").join(&foreign), b"not a database at all").unwrap();
    assert!(api::backups::preview(&store, &foreign).unwrap().unusable.is_some());
    assert!(api::backups::restore(&mut store, &foreign, now()).is_err());

    assert_eq!(store.content_digest().unwrap(), digest, "nothing changed");
    assert_eq!(
        api::backups::list(&store).unwrap().len(),
        backups_before + 1,
        "only the foreign file was added"
    );
}

#[test]
fn an_import_takes_one_backup_per_batch() {
    let (_dir, _path, mut store) = disk_store();
    api::organization::save(&mut store, draft(OrganizationKind::NursingStation, "帯広"), now()).unwrap();
    let csv = bcp_tests::fixture("patients-cp932.csv");
    let count = |s: &bcp_core::store::Store| {
        api::backups::list(s).unwrap().iter().filter(|b| b.reason == BackupReason::BeforeImport).count()
    };
    // A refused file takes no backup and changes nothing.
    assert!(
        api::patient_table::import(
            &mut store,
            &bcp_tests::fixture("patients-bad-rows-cp932.csv"),
            None,
            now()
        )
        .is_err()
    );
    assert_eq!(count(&store), 0);
    api::patient_table::import(&mut store, &csv, None, now()).unwrap();
    assert_eq!(count(&store), 1);
    let backup = api::backups::list(&store)
        .unwrap()
        .into_iter()
        .find(|b| b.reason == BackupReason::BeforeImport)
        .unwrap();
    assert_eq!(
        api::backups::preview(&store, &backup.file_name).unwrap().patients,
        0,
        "taken before the rows landed"
    );
    // Within the batch window: the same backup serves.
    api::patient_table::import(&mut store, &csv, None, now() + Duration::minutes(5)).unwrap();
    assert_eq!(count(&store), 1);
    api::patient_table::import(&mut store, &csv, None, now() + Duration::minutes(30)).unwrap();
    assert_eq!(count(&store), 2);
}

#[test]
fn daily_backups_follow_the_newest() {
    let (_dir, _path, mut store) = disk_store();
    assert!(api::backups::take_daily_if_due(&mut store, now()).unwrap().is_some(), "none yet");
    assert!(api::backups::take_daily_if_due(&mut store, now() + Duration::hours(23)).unwrap().is_none());
    assert!(api::backups::take_daily_if_due(&mut store, now() + Duration::hours(25)).unwrap().is_some());
    let memory = &mut bcp_tests::memory_store();
    assert!(api::backups::take(memory, BackupReason::Manual, now()).unwrap().is_none(), "in memory: none");
}

#[cfg(unix)]
#[test]
fn the_database_and_its_backups_are_readable_only_by_their_owner() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, path, mut store) = disk_store();
    api::organization::save(&mut store, draft(OrganizationKind::Clinic, "クリニック"), now()).unwrap();
    let taken = api::backups::take(&mut store, BackupReason::Manual, now()).unwrap().unwrap();
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&path), 0o600, "database");
    let wal = dir.path().join("homecare-bcp.sqlite-wal");
    if wal.exists() {
        assert_eq!(mode(&wal), 0o600, "write-ahead log");
    }
    assert_eq!(mode(&dir.path().join("backups")), 0o700, "backups folder");
    assert_eq!(mode(&dir.path().join("backups").join(&taken.file_name)), 0o600, "backup");
    // An existing database made with a looser mode is narrowed on open.
    drop(store);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    let _store = api::open(&path, now()).unwrap();
    assert_eq!(mode(&path), 0o600);
}

/// Loading a sample imports partner files inside one transaction: no backup there (SQLite cannot
/// copy mid-transaction), and the load still works on a database file.
#[test]
fn a_sample_loads_into_a_database_file() {
    let (_dir, _path, mut store) = disk_store();
    api::samples::load(&mut store, "station", now()).expect("load");
    assert!(api::organization::get(&store).unwrap().is_some());
}
