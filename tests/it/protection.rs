//! Local protection and the audit trail (#9 §6, §7): the start-up passphrase, who is named in the
//! log, and the basis recorded when names leave.

use bcp_core::api::{self, ApiError, lock::LockError};
use bcp_core::passphrase::PassphraseError;
use bcp_tests::{memory_store, now};

#[test]
fn the_start_up_passphrase_is_set_checked_changed_and_removed() {
    let mut store = memory_store();
    assert!(!api::lock::is_set(&store).unwrap());
    assert!(matches!(
        api::lock::verify(&mut store, "whatever1", now()),
        Err(ApiError::Lock(LockError::NotSet))
    ));
    assert!(matches!(
        api::lock::set(&mut store, None, "short", now()),
        Err(ApiError::Lock(LockError::Passphrase(PassphraseError::TooShort)))
    ));
    api::lock::set(&mut store, None, "あおぞら訪問看護", now()).unwrap();
    assert!(api::lock::is_set(&store).unwrap());
    assert!(api::lock::verify(&mut store, "あおぞら訪問看護", now()).unwrap());
    assert!(!api::lock::verify(&mut store, "あおぞら訪問看護 ", now()).unwrap());
    // Changing needs the current passphrase.
    assert!(api::lock::set(&mut store, Some("wrong passphrase"), "new passphrase", now()).is_err());
    assert!(api::lock::set(&mut store, None, "new passphrase", now()).is_err());
    api::lock::set(&mut store, Some("あおぞら訪問看護"), "new passphrase", now()).unwrap();
    assert!(api::lock::verify(&mut store, "new passphrase", now()).unwrap());
    assert!(api::lock::clear(&mut store, "あおぞら訪問看護", now()).is_err());
    api::lock::clear(&mut store, "new passphrase", now()).unwrap();
    assert!(!api::lock::is_set(&store).unwrap());
    let actions: Vec<String> = api::audit::events(&store, &Default::default(), 100)
        .unwrap()
        .into_iter()
        .rev()
        .map(|e| e.action)
        .collect();
    assert!(actions.contains(&"lock.unlock-failed".to_string()), "{actions:?}");
    assert_eq!(actions.iter().filter(|a| *a == "lock.set").count(), 2);
    assert_eq!(actions.last().map(String::as_str), Some("lock.clear"));
}

#[test]
fn the_log_names_the_account_and_filters_and_exports() {
    let mut store = memory_store();
    store.set_actor("kango01");
    api::organization::save(
        &mut store,
        bcp_tests::draft(bcp_core::organization::OrganizationKind::NursingStation, "帯広"),
        now(),
    )
    .unwrap();
    api::patient_table::import(&mut store, &bcp_tests::fixture("patients-cp932.csv"), None, now()).unwrap();
    let events = api::audit::events(&store, &Default::default(), usize::MAX).unwrap();
    assert!(!events.is_empty());
    assert!(events.iter().all(|e| e.actor == "kango01"));
    let filter = bcp_core::audit::AuditFilter { action: Some("patient.import".into()), ..Default::default() };
    let imports = api::audit::events(&store, &filter, usize::MAX).unwrap();
    assert!(imports.iter().all(|e| e.action == "patient.import") && imports.len() > 1);
    let csv = String::from_utf8(api::audit::export_csv(&mut store, &filter, now()).unwrap()).unwrap();
    assert_eq!(csv.lines().count(), imports.len() + 1, "header and one line per event");
    let last = api::audit::events(&store, &Default::default(), 1).unwrap();
    assert_eq!(last[0].action, "audit.export", "exporting the log is itself logged");
}
