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
    let actions: Vec<String> = api::audit::events(&store, &Default::default(), bcp_tests::jst(), 100)
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
    let events = api::audit::events(&store, &Default::default(), bcp_tests::jst(), usize::MAX).unwrap();
    assert!(!events.is_empty());
    assert!(events.iter().all(|e| e.actor == "kango01"));
    let filter = bcp_core::audit::AuditFilter { action: Some("patient.import".into()), ..Default::default() };
    let imports = api::audit::events(&store, &filter, bcp_tests::jst(), usize::MAX).unwrap();
    assert!(imports.iter().all(|e| e.action == "patient.import") && imports.len() > 1);
    let csv =
        String::from_utf8(api::audit::export_csv(&mut store, &filter, bcp_tests::jst(), now()).unwrap())
            .unwrap();
    assert_eq!(csv.lines().count(), imports.len() + 1, "header and one line per event");
    let last = api::audit::events(&store, &Default::default(), bcp_tests::jst(), 1).unwrap();
    assert_eq!(last[0].action, "audit.export", "exporting the log is itself logged");
}

/// The same hostile strings as the end-to-end test, printed: every document that shows names or
/// addresses comes out (no panic, no refusal), however long the text.
#[test]
fn hostile_strings_print_as_text() {
    use bcp_core::patient::record::PatientRecord;
    let org = "訪問看護<img src=x onerror=\"alert(1)\">ステーション";
    let mut store = bcp_tests::registered(bcp_core::organization::OrganizationKind::NursingStation, org);
    let offset = chrono::FixedOffset::east_opt(9 * 3600).unwrap();
    let names = [
        "<img src=x onerror=\"window.__pwned=1\">北 一郎",
        "</script><script>x</script>南",
        "\u{202E}exe.txt\u{202C} 太郎",
    ];
    for (i, name) in names.iter().enumerate() {
        let mut record = PatientRecord::new(name);
        record.address = if i == 0 { "A".repeat(100 * 1024) } else { "長".repeat(20_000) };
        record.primary_doctor = "\u{202E}evil.exe\u{202C}".into();
        api::patients::save(&mut store, record, now()).unwrap();
    }
    let roster = api::report::roster(&mut store, None, now(), offset).expect("roster");
    let check = api::report::check_sheet(&mut store, now(), offset).expect("check sheet");
    let cover = api::report::cover(&store, now(), bcp_tests::today()).expect("cover");
    for printed in [&roster, &check, &cover] {
        assert!(printed.bytes.starts_with(b"%PDF"));
    }
    for id in ["P0001", "P0002", "P0003"] {
        let plan =
            api::report::evacuation_plan(&mut store, id, now(), bcp_tests::today()).expect("evacuation");
        let support =
            api::report::support_plan(&mut store, id, now(), bcp_tests::today()).expect("support plan");
        assert!(plan.bytes.starts_with(b"%PDF") && support.bytes.starts_with(b"%PDF"), "{id}");
    }
}
