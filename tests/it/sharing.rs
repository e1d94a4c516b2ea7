//! Minimum sharing (issue #5 §8): paper meant for someone outside shows a name only where the
//! patient's consent covers that recipient on the day; the 個別避難計画 warns when consent is missing.

use bcp_core::api;
use bcp_core::organization::OrganizationKind;
use bcp_core::patient::record::{Consent, ConsentScope, EvacuationSupporter, PatientRecord};
use bcp_core::report::fonts::Fonts;
use bcp_core::report::roster::{RosterInput, roster};
use bcp_core::report::support_plan::SupportPlanInput;
use bcp_tests::{now, today};
use chrono::NaiveDate;

fn consent(scope: ConsentScope, granted_on: &str, withdrawn_on: Option<&str>) -> Consent {
    Consent { scope, granted_on: granted_on.into(), withdrawn_on: withdrawn_on.map(Into::into) }
}

fn patient(name: &str, consents: Vec<Consent>) -> PatientRecord {
    PatientRecord { municipality: Some("名寄市".into()), consents, ..PatientRecord::new(name) }
}

type ConsentCase<'a> = (&'a str, Vec<Consent>, bool);

#[test]
fn consent_is_in_force_from_its_date_until_withdrawn() {
    let day = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let cases: Vec<ConsentCase> = vec![
        ("none", vec![], false),
        ("granted before", vec![consent(ConsentScope::Municipality, "2025-04-01", None)], true),
        ("granted today", vec![consent(ConsentScope::Municipality, "2026-11-25", None)], true),
        ("granted tomorrow", vec![consent(ConsentScope::Municipality, "2026-11-26", None)], false),
        ("withdrawn", vec![consent(ConsentScope::Municipality, "2025-04-01", Some("2026-11-25"))], false),
        (
            "withdrawal ahead",
            vec![consent(ConsentScope::Municipality, "2025-04-01", Some("2026-12-01"))],
            true,
        ),
        ("other recipient", vec![consent(ConsentScope::Partners, "2025-04-01", None)], false),
    ];
    for (label, consents, expected) in cases {
        assert_eq!(patient("x", consents).consents_to(ConsentScope::Municipality, day), expected, "{label}");
    }
}

#[test]
fn a_roster_for_the_municipality_names_only_consenting_patients() {
    let mut store = bcp_tests::registered(OrganizationKind::NursingStation, "訪問看護ステーションなよろ");
    let agreed = patient("北 一郎", vec![consent(ConsentScope::Municipality, "2025-04-01", None)]);
    let partners_only = patient("南 花子", vec![consent(ConsentScope::Partners, "2025-04-01", None)]);
    api::patients::save(&mut store, agreed, now()).unwrap();
    api::patients::save(&mut store, partners_only, now()).unwrap();
    let list = api::patients::list(&mut store, now()).unwrap();
    let records = store.patients().unwrap();
    let fonts = Fonts::load().unwrap();
    let paper = |recipient| {
        let input = RosterInput {
            organization: "訪問看護ステーションなよろ",
            list: &list,
            records: &records,
            computed_at_label: String::new(),
            outage_label: None,
            recipient,
            today: today(),
            drill_label: None,
        };
        roster(&input, &fonts).pages.iter().flat_map(|p| p.texts()).map(String::from).collect::<Vec<_>>()
    };
    let all = paper(None).join("\n");
    assert!(all.contains("北 一郎") && all.contains("南 花子"), "the organisation's own copy names everyone");

    let shared = paper(Some(ConsentScope::Municipality)).join("\n");
    assert!(shared.contains("北 一郎"), "{shared}");
    assert!(!shared.contains("南 花子"), "no consent to the municipality: {shared}");
    assert!(shared.contains("患者2（同意なし）"));
    assert!(shared.contains("市町村への提供用"));
    assert!(shared.contains("名寄市"), "the municipality still counts");

    let partners = paper(Some(ConsentScope::Partners)).join("\n");
    assert!(partners.contains("南 花子") && !partners.contains("北 一郎"), "{partners}");
}

#[test]
fn printing_a_shared_roster_records_how_many_names_left() {
    let mut store = bcp_tests::registered(OrganizationKind::NursingStation, "訪問看護ステーションなよろ");
    api::patients::save(&mut store, patient("北 一郎", vec![]), now()).unwrap();
    let offset = chrono::FixedOffset::east_opt(9 * 3600).unwrap();
    api::report::roster(&mut store, Some(ConsentScope::Municipality), now(), offset).unwrap();
    let audit = store.audit_events().unwrap();
    let detail = &audit.iter().rev().find(|e| e.action == "print.roster").unwrap().detail;
    assert_eq!(detail, "1 patients, 0 named, for Municipality");
}

#[test]
fn the_evacuation_plan_has_the_statutory_items_and_asks_for_consent_when_missing() {
    let fonts = Fonts::load().unwrap();
    let mut record = patient("北 一郎", vec![]);
    record.evacuation_supporters.push(EvacuationSupporter {
        name: "近藤 一".into(),
        relation: "近隣住民".into(),
        address: String::new(),
        phone: "090-0000-0001".into(),
    });
    record.evacuation_destinations = vec!["名寄市立総合病院".into()];
    let text = |record: &PatientRecord| {
        let input = SupportPlanInput {
            organization: "訪問看護ステーションなよろ",
            record,
            power: &[],
            date_label: String::new(),
            today: today(),
        };
        let layout = bcp_core::report::evacuation_plan::layout(&input, &fonts);
        layout.pages.iter().flat_map(|p| p.texts()).map(String::from).collect::<Vec<_>>().join("\n")
    };
    let without = text(&record);
    for item in [
        "個別避難計画",
        "避難行動要支援者",
        "避難支援等実施者",
        "近藤 一",
        "1. 名寄市立総合病院",
        "生年月日",
        "性別",
    ] {
        assert!(without.contains(item), "{item} missing:\n{without}");
    }
    assert!(without.contains("同意が記録されていません"));
    record.consents.push(consent(ConsentScope::Municipality, "2025-04-01", None));
    assert!(!text(&record).contains("同意が記録されていません"));
}
