//! 訓練・周知 end to end through the API: plan a drill, run the tabletop on the register, print the
//! pack, record a finding, see it become an action item and a reminder, close it with a revision,
//! and find all of it in the inspection evidence.

use bcp_core::api;
use bcp_core::drill::{Briefing, Drill, DrillFinding, DrillKind, DrillResult, Measurement, Participant};
use bcp_core::link::{Agreement, AgreementKind, Direction, Partner, PartnerKind};
use bcp_core::organization::OrganizationKind;
use bcp_core::plan::PlanScope;
use bcp_core::plan::revision::RevisionInput;
use bcp_core::reminder::{ReminderKind, Urgency};
use bcp_core::store::Store;
use bcp_tests::{adopt_every_example, fixture, now, registered, today};

fn station_with_plan() -> Store {
    let mut store = registered(OrganizationKind::NursingStation, "訪問看護ステーションなよろ");
    api::plan::start(&mut store, PlanScope::Combined, now()).expect("start");
    adopt_every_example(&mut store);
    api::revision::revise(&mut store, revision("2026-11-01", "新規作成"), now()).expect("v1");
    let record = serde_json::from_slice(&fixture("patient-internal-battery-only.json")).expect("record");
    api::patients::save(&mut store, record, now()).expect("patient");
    store
}

fn revision(on: &str, reason: &str) -> RevisionInput {
    RevisionInput {
        revised_on: on.into(),
        reason: reason.into(),
        approver: "北野 春子".into(),
        next_review_due: Some("2027-10-31".into()),
    }
}

fn winter_drill() -> Drill {
    Drill {
        id: String::new(),
        title: "冬の全域停電の机上訓練".into(),
        scenario_id: "winter-blackout".into(),
        kind: DrillKind::Tabletop,
        starts_at: "2027-01-20T03:00:00+09:00".into(),
        participants: vec![Participant { name: "北野 春子".into(), role: "対策本部長".into() }],
        joint_partner_ids: vec![],
        blackout_hours: 45.0,
        partners_down: vec![],
        office_down: false,
        result: None,
    }
}

fn texts(layout: &bcp_core::report::layout::Layout) -> String {
    layout.pages.iter().flat_map(|p| p.texts()).collect::<Vec<_>>().join("\n")
}

fn kinds(store: &Store) -> Vec<(ReminderKind, Urgency)> {
    api::drills::reminders_for(store, today())
        .expect("reminders")
        .into_iter()
        .map(|r| (r.kind, r.urgency))
        .collect()
}

#[test]
fn a_drill_from_plan_to_pack_to_finding_to_revision() {
    let mut store = station_with_plan();
    let partner = api::exchange::save_partner(
        &mut store,
        Partner {
            id: String::new(),
            name: "なよろ市立病院".into(),
            kind: PartnerKind::Hospital,
            phone_24h: "01654-00-0000".into(),
            contact_person: "地域連携室".into(),
            fingerprint: None,
            note: String::new(),
        },
        now(),
    )
    .expect("partner");
    api::exchange::save_agreement(
        &mut store,
        Agreement {
            id: String::new(),
            partner_id: partner.clone(),
            kind: AgreementKind::Admission,
            direction: Direction::TheyProvide,
            trigger: "停電6時間以上".into(),
            areas: vec![],
            device_classes: vec![],
            capacity_patients: Some(2),
            consent_required: false,
            billing_note: String::new(),
            valid_from: None,
            valid_until: None,
            review_on: None,
        },
        now(),
    )
    .expect("agreement");
    assert!(kinds(&store).contains(&(ReminderKind::Drill, Urgency::Overdue)), "no drill yet");

    let id = api::drills::save(&mut store, winter_drill(), now()).expect("planned");
    assert_eq!(id, "D001");

    // The tabletop: the internal-battery-only ventilator (4.8 h) runs out at 07:48, the hospital takes her.
    let table = api::drills::tabletop(&mut store, &id, now()).expect("tabletop");
    assert_eq!((table.running_out, table.uncovered), (1, 0));
    assert_eq!(table.patients[0].runs_out_at.as_deref(), Some("2027-01-20T07:48:00+09:00"));
    assert_eq!(
        table.patients[0].bridge.as_ref().and_then(|b| b.partner_name.clone()).as_deref(),
        Some("なよろ市立病院")
    );
    assert!(
        api::audit::events(&store, &Default::default(), bcp_tests::jst(), usize::MAX)
            .expect("log")
            .iter()
            .any(|e| e.action == "drill.tabletop" && e.subject == "D001")
    );

    // The pack: scenario, tabletop, cards, roster at T0, sheets, staff roll-call with phones, contacts.
    let (pack, named) = api::report::drill_pack_layout(&store, &id).expect("pack");
    let text = texts(&pack);
    for expected in [
        "訓練シナリオ：冬の全域停電の机上訓練",
        "T+6時間",
        "机上訓練：当事業所のデータで見る停電の影響",
        "なよろ市立病院（病院（入院受入））",
        "アクションカード",
        "優先順位名簿",
        "訓練の想定：",
        "安否確認シート",
        "職員の安否確認・参集シート",
        "090-0000-0101",
        "連携先の連絡先カード",
        "24時間の電話：01654-00-0000",
        "南 花子（架空）",
    ] {
        assert!(text.contains(expected), "the pack has {expected:?}");
    }
    assert_eq!(named, 1);
    let printed = api::report::drill_pack(&mut store, &id, now()).expect("print");
    assert!(printed.pages >= 7, "{} pages", printed.pages);
    assert!(
        api::audit::events(&store, &Default::default(), bcp_tests::jst(), usize::MAX)
            .expect("log")
            .iter()
            .any(|e| e.action == "print.drill-pack")
    );

    // The record: a measured time missed its target; the finding becomes an action item and a reminder.
    let drill = api::drills::record_result(
        &mut store,
        &id,
        DrillResult {
            held_on: "2026-11-20".into(),
            attendees: vec!["北野 春子".into(), "南 夏美".into()],
            measurements: vec![Measurement {
                label: "人工呼吸器の患者全員に連絡がつくまで".into(),
                minutes: 75.0,
                target_minutes: Some(60.0),
            }],
            deviations: vec!["171の使い方を知らない職員がいた".into()],
            findings: vec![DrillFinding {
                id: String::new(),
                text: "連絡に75分かかった".into(),
                action: "連絡網を2系統にする".into(),
                owner: "北野".into(),
                due_on: Some("2026-12-01".into()),
            }],
            recorded_by: "北野".into(),
        },
        now(),
    )
    .expect("recorded");
    assert_eq!(drill.result.as_ref().map(|r| r.findings[0].id.as_str()), Some("F1"));
    let items = api::drills::view(&store).expect("view").action_items;
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].id, "D001-F1");
    let reminders = api::drills::reminders_for(&store, today()).expect("reminders");
    let item =
        reminders.iter().find(|r| r.kind == ReminderKind::ActionItem).expect("the action item is a reminder");
    assert_eq!(item.urgency, Urgency::DueSoon, "due 2026-12-01, six days after today");
    assert!(item.text.ja.contains("連絡網を2系統にする"));
    assert!(!kinds(&store).iter().any(|(k, _)| *k == ReminderKind::Drill), "a drill is recorded this year");

    // Closing needs a version that exists; v2 takes the finding in.
    let refused = api::drills::close_action_item(&mut store, "D001-F1", 2, String::new(), today(), now());
    assert!(matches!(refused, Err(api::ApiError::Drill(bcp_core::drill::DrillError::NoSuchRevision(2)))));
    api::revision::revise(&mut store, revision("2026-11-24", "訓練の結果を反映"), now()).expect("v2");
    api::drills::close_action_item(
        &mut store,
        "D001-F1",
        2,
        "連絡網にLINEグループを追加".into(),
        today(),
        now(),
    )
    .expect("closed");
    assert!(!kinds(&store).iter().any(|(k, _)| *k == ReminderKind::ActionItem));
    assert!(
        kinds(&store).contains(&(ReminderKind::Briefing, Urgency::Overdue)),
        "nobody has been briefed yet"
    );

    // A briefing on v2, then the evidence holds all four checks.
    api::drills::save_briefing(
        &mut store,
        Briefing {
            id: String::new(),
            held_on: "2026-11-25".into(),
            topic: "第2版の説明（職員会議）".into(),
            revision: Some(2),
            attendees: vec!["北野 春子".into(), "南 夏美".into(), "東 秋人".into()],
        },
        now(),
    )
    .expect("briefing");
    assert!(!kinds(&store).iter().any(|(k, _)| *k == ReminderKind::Briefing));
    let evidence = texts(&api::report::evidence_layout(&store, today()).expect("evidence"));
    for expected in [
        "BCPの点検記録（計画・周知・訓練・見直し）",
        "1. 計画の策定",
        "第2版（令和8年11月24日（2026-11-24））",
        "記録1件、直近 令和8年11月25日（2026-11-25）",
        "過去12か月に1回",
        "第2版の説明（職員会議）",
        "署名",
        "冬の全域停電の机上訓練（机上訓練）",
        "人工呼吸器の患者全員に連絡がつくまで",
        "未達",
        "連絡網を2系統にする",
        "第2版で対応",
        "訓練の結果を反映",
    ] {
        assert!(evidence.contains(expected), "the evidence has {expected:?}:\n{evidence}");
    }
}

#[test]
fn a_closed_finding_cannot_be_dropped_but_an_open_one_can() {
    let mut store = station_with_plan();
    let id = api::drills::save(&mut store, winter_drill(), now()).expect("planned");
    let finding = |text: &str, action: &str| DrillFinding {
        id: String::new(),
        text: text.into(),
        action: action.into(),
        owner: "北野".into(),
        due_on: Some("2027-01-31".into()),
    };
    let result = |findings| DrillResult {
        held_on: "2026-11-20".into(),
        attendees: vec!["北野".into()],
        measurements: vec![],
        deviations: vec![],
        findings,
        recorded_by: String::new(),
    };
    let recorded = api::drills::record_result(
        &mut store,
        &id,
        result(vec![finding("a", "直す"), finding("b", "直す")]),
        now(),
    )
    .expect("ok");
    let mut findings = recorded.result.expect("result").findings;
    api::drills::close_action_item(&mut store, "D001-F1", 1, String::new(), today(), now())
        .expect("closed by v1");

    // Dropping the open F2 removes its item; dropping the closed F1 is refused and changes nothing.
    findings.truncate(1);
    api::drills::record_result(&mut store, &id, result(findings.clone()), now()).expect("F2 dropped");
    let ids: Vec<String> =
        api::drills::view(&store).expect("view").action_items.into_iter().map(|i| i.id).collect();
    assert_eq!(ids, vec!["D001-F1"]);
    let before = api::drills::view(&store).expect("view");
    let refused = api::drills::record_result(&mut store, &id, result(vec![]), now());
    assert!(matches!(
        refused,
        Err(api::ApiError::Drill(bcp_core::drill::DrillError::ClosedFindingRemoved(_)))
    ));
    assert_eq!(api::drills::view(&store).expect("view"), before, "nothing changed");
}

#[test]
fn rejected_drills_and_briefings_change_nothing() {
    let mut store = station_with_plan();
    let before = api::drills::view(&store).expect("view");
    let bad_partner = Drill { partners_down: vec!["R404".into()], ..winter_drill() };
    assert!(api::drills::save(&mut store, bad_partner, now()).is_err());
    let no_attendees = Briefing {
        id: String::new(),
        held_on: "2026-11-25".into(),
        topic: "説明".into(),
        revision: None,
        attendees: vec![],
    };
    assert!(api::drills::save_briefing(&mut store, no_attendees, now()).is_err());
    let unknown_version = Briefing {
        id: String::new(),
        held_on: "2026-11-25".into(),
        topic: "説明".into(),
        revision: Some(9),
        attendees: vec!["北野".into()],
    };
    assert!(api::drills::save_briefing(&mut store, unknown_version, now()).is_err());
    assert!(
        api::drills::record_result(
            &mut store,
            "D404",
            DrillResult {
                held_on: "2026-11-20".into(),
                attendees: vec![],
                measurements: vec![],
                deviations: vec![],
                findings: vec![],
                recorded_by: String::new()
            },
            now()
        )
        .is_err()
    );
    assert_eq!(api::drills::view(&store).expect("view"), before);
}

#[test]
fn a_plan_change_of_a_held_drill_keeps_its_record() {
    let mut store = station_with_plan();
    let id = api::drills::save(&mut store, winter_drill(), now()).expect("planned");
    let result = DrillResult {
        held_on: "2026-11-20".into(),
        attendees: vec!["北野".into()],
        measurements: vec![],
        deviations: vec![],
        findings: vec![],
        recorded_by: String::new(),
    };
    api::drills::record_result(&mut store, &id, result.clone(), now()).expect("recorded");
    // The screen sends the drill as it has it; a stale copy without the result must not erase it.
    api::drills::save(
        &mut store,
        Drill { id: id.clone(), title: "冬の停電訓練（改題）".into(), ..winter_drill() },
        now(),
    )
    .expect("renamed");
    let drill = api::drills::get(&store, &id).expect("drill");
    assert_eq!(drill.title, "冬の停電訓練（改題）");
    assert_eq!(drill.result, Some(result));
}
