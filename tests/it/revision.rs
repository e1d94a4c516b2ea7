use bcp_core::api::{self, ApiError};
use bcp_core::organization::OrganizationKind;
use bcp_core::plan::PlanScope;
use bcp_core::plan::revision::RevisionInput;
use bcp_core::store::Store;
use bcp_tests::now;
use chrono::NaiveDate;
use serde_json::json;

fn plan(kind: OrganizationKind, scope: PlanScope, every_example: bool) -> Store {
    let mut store = bcp_tests::registered(kind, "テスト事業所");
    api::plan::start(&mut store, scope, now()).expect("starts");
    if every_example {
        bcp_tests::adopt_every_example(&mut store);
    }
    store
}

fn revision(date: &str, next: Option<&str>) -> RevisionInput {
    RevisionInput {
        revised_on: date.into(),
        reason: "新規作成".into(),
        approver: "管理者".into(),
        next_review_due: next.map(Into::into),
    }
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

#[test]
fn a_revision_freezes_the_content_and_later_edits_show_as_changes() {
    let mut store = plan(OrganizationKind::NursingStation, PlanScope::Combined, false);
    api::plan::save_answer(&mut store, "basic-policy", "principles", json!(["安全第一"]), now())
        .expect("valid");
    let history =
        api::revision::revise(&mut store, revision("2026-11-25", Some("2027-11-24")), now()).expect("valid");
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].number, 1);

    api::plan::save_answer(&mut store, "basic-policy", "principles", json!(["安全第一", "電源確保"]), now())
        .expect("valid");
    api::plan::save_answer(&mut store, "basic-policy", "corporate-policy", json!("法人方針に準ずる"), now())
        .expect("valid");
    let changes = api::revision::compare(&store, Some(1), None).expect("compare");
    let fields: Vec<&str> = changes.iter().map(|c| c.field_id.as_str()).collect();
    assert_eq!(fields, ["corporate-policy", "principles"]);
    assert_eq!(
        api::revision::snapshot(&store, Some(1)).expect("v1").answers.get("basic-policy", "principles"),
        Some(&json!(["安全第一"]))
    );

    api::revision::revise(&mut store, revision("2026-12-01", None), now()).expect("valid");
    assert!(api::revision::compare(&store, Some(2), None).expect("compare").is_empty());
    assert_eq!(api::revision::compare(&store, Some(1), Some(2)).expect("compare").len(), 2);
    assert!(matches!(api::revision::snapshot(&store, Some(9)), Err(ApiError::Revision(_))));
}

#[test]
fn a_rejected_revision_changes_nothing() {
    let mut store = plan(OrganizationKind::NursingStation, PlanScope::Combined, false);
    let bad = RevisionInput { approver: " ".into(), ..revision("2026-11-25", None) };
    assert!(matches!(api::revision::revise(&mut store, bad, now()), Err(ApiError::Revision(_))));
    assert!(api::revision::history(&store).expect("read").is_empty());
}

/// (kind, scope, every example adopted, revision (date, next review), today) → ids of unmet obligations.
#[test]
fn obligations_table() {
    use OrganizationKind::*;
    use PlanScope::*;
    type Case<'a> =
        (OrganizationKind, PlanScope, bool, Option<(&'a str, Option<&'a str>)>, &'a str, &'a [&'a str]);
    let always = ["staff-informed", "drills"]; // no briefing or drill is recorded in these cases
    let cases: Vec<Case> = vec![
        (
            NursingStation,
            Combined,
            false,
            None,
            "2026-11-25",
            &["disaster-plan", "infection-plan", "staff-informed", "drills", "review"],
        ),
        (
            NursingStation,
            Combined,
            true,
            None,
            "2026-11-25",
            &["disaster-plan", "infection-plan", "staff-informed", "drills", "review"],
        ),
        (NursingStation, Combined, true, Some(("2026-11-25", Some("2027-11-24"))), "2026-11-25", &always),
        (
            NursingStation,
            Disaster,
            true,
            Some(("2026-11-25", Some("2027-11-24"))),
            "2026-11-25",
            &["infection-plan", "staff-informed", "drills"],
        ),
        (
            NursingStation,
            Combined,
            true,
            Some(("2026-11-25", Some("2027-11-24"))),
            "2027-12-01",
            &["staff-informed", "drills", "review"],
        ),
        (
            NursingStation,
            Combined,
            true,
            Some(("2026-11-25", None)),
            "2026-11-25",
            &["staff-informed", "drills", "review"],
        ),
        (ZaitakuClinic, Disaster, false, None, "2026-11-25", &["facility-standard", "review"]),
        (ZaitakuClinic, Disaster, true, Some(("2026-11-25", Some("2027-11-24"))), "2026-11-25", &[]),
        (Clinic, Disaster, false, None, "2026-11-25", &[]),
    ];
    for (kind, scope, examples, rev, today, unmet) in cases {
        let mut store = plan(kind, scope, examples);
        if let Some((date, next)) = rev {
            api::revision::revise(&mut store, revision(date, next), now()).expect("valid");
        }
        let got = api::revision::obligations_for(&store, day(today)).expect("computed");
        let got_unmet: Vec<&str> = got.iter().filter(|o| !o.met).map(|o| o.id.as_str()).collect();
        assert_eq!(got_unmet, unmet, "{kind:?} {scope:?} examples={examples} rev={rev:?} today={today}");
        for o in &got {
            assert_eq!(o.met, o.missing.is_empty(), "{}: met exactly when nothing is missing", o.id);
        }
    }
}

/// A station's briefing and drill records meet the two checks for a year; after that they are due again.
#[test]
fn recorded_briefings_and_drills_meet_the_station_checks_for_a_year() {
    let mut store = plan(OrganizationKind::NursingStation, PlanScope::Combined, true);
    api::revision::revise(&mut store, revision("2026-11-25", Some("2027-11-24")), now()).expect("valid");
    let briefing = bcp_core::drill::Briefing {
        id: String::new(),
        held_on: "2026-11-01".into(),
        topic: "第1版の説明".into(),
        revision: Some(1),
        attendees: vec!["北野".into()],
    };
    api::drills::save_briefing(&mut store, briefing, now()).expect("briefing");
    let drill = bcp_core::drill::Drill {
        id: String::new(),
        title: "安否確認訓練".into(),
        scenario_id: "earthquake".into(),
        kind: bcp_core::drill::DrillKind::SafetyCheck,
        starts_at: "2026-10-01T10:00:00+09:00".into(),
        participants: vec![],
        joint_partner_ids: vec![],
        blackout_hours: 0.0,
        partners_down: vec![],
        office_down: false,
        result: None,
    };
    let id = api::drills::save(&mut store, drill, now()).expect("drill");
    let held = bcp_core::drill::DrillResult {
        held_on: "2026-10-01".into(),
        attendees: vec!["北野".into()],
        measurements: vec![],
        deviations: vec![],
        findings: vec![],
        recorded_by: String::new(),
    };
    api::drills::record_result(&mut store, &id, held, now()).expect("held");
    let unmet = |today: &str| -> Vec<String> {
        api::revision::obligations_for(&store, day(today))
            .expect("computed")
            .into_iter()
            .filter(|o| !o.met)
            .map(|o| o.id)
            .collect()
    };
    assert_eq!(unmet("2026-11-25"), Vec::<String>::new());
    assert_eq!(unmet("2027-10-15"), vec!["drills"], "the drill is over a year old, the briefing not yet");
    assert_eq!(unmet("2027-11-10"), vec!["staff-informed", "drills"]);
}

#[test]
fn a_late_zaitaku_plan_says_the_deadline_passed() {
    let store = plan(OrganizationKind::ZaitakuHospital, PlanScope::Disaster, false);
    let list = api::revision::obligations_for(&store, day("2027-06-01")).expect("computed");
    let standard = list.iter().find(|o| o.id == "facility-standard").expect("listed");
    assert!(standard.missing.iter().any(|m| m.ja.contains("令和9年5月31日")), "{standard:?}");
}
