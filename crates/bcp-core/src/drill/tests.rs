use super::tabletop::{CoverBy, TabletopInput, run};
use super::*;
use crate::exchange::content::PatientCount;
use crate::link::{Agreement, AgreementKind, Direction, Partner, PartnerKind};
use crate::patient::DeviceClass;
use crate::patient::priority::{Tier, config};
use crate::patient::record::PatientRecord;
use std::collections::HashMap;

fn drill() -> Drill {
    Drill {
        id: String::new(),
        title: "冬の停電訓練".into(),
        scenario_id: "winter-blackout".into(),
        kind: DrillKind::Tabletop,
        starts_at: "2027-01-20T10:00:00+09:00".into(),
        participants: vec![],
        joint_partner_ids: vec!["R001".into()],
        blackout_hours: 45.0,
        partners_down: vec![],
        office_down: false,
        result: None,
    }
}

#[test]
fn a_planned_drill_is_checked_field_by_field() {
    let partners = vec!["R001".to_string()];
    type Change = fn(&mut Drill);
    let cases: [(&str, Change, Option<DrillError>); 6] = [
        ("as planned", |_| {}, None),
        ("no title", |d| d.title = " ".into(), Some(DrillError::TitleRequired)),
        (
            "unknown scenario",
            |d| d.scenario_id = "meteor".into(),
            Some(DrillError::UnknownScenario("meteor".into())),
        ),
        (
            "start without offset",
            |d| d.starts_at = "2027-01-20 10:00".into(),
            Some(DrillError::BadStart("2027-01-20 10:00".into())),
        ),
        ("negative blackout", |d| d.blackout_hours = -1.0, Some(DrillError::BadBlackout)),
        (
            "partner not in the directory",
            |d| d.partners_down = vec!["R009".into()],
            Some(DrillError::NoSuchPartner("R009".into())),
        ),
    ];
    for (name, change, expected) in cases {
        let mut d = drill();
        change(&mut d);
        assert_eq!(check_drill(&d, &partners).err(), expected, "{name}");
    }
}

fn finding(text: &str, action: &str, owner: &str, due: Option<&str>) -> DrillFinding {
    DrillFinding {
        id: String::new(),
        text: text.into(),
        action: action.into(),
        owner: owner.into(),
        due_on: due.map(Into::into),
    }
}

fn result(findings: Vec<DrillFinding>) -> DrillResult {
    DrillResult {
        held_on: "2027-01-20".into(),
        attendees: vec!["北野 春子".into(), " ".into()],
        measurements: vec![Measurement {
            label: "人工呼吸器の患者全員に連絡".into(),
            minutes: 75.0,
            target_minutes: Some(60.0),
        }],
        deviations: vec!["171の使い方を知らない職員がいた".into(), String::new()],
        findings,
        recorded_by: "北野".into(),
    }
}

#[test]
fn a_result_is_checked_and_findings_are_numbered() {
    let mut ok = result(vec![
        finding("連絡に75分かかった", "連絡網を2系統にする", "北野", Some("2027-03-31")),
        finding("懐中電灯が足りない", "", "", None),
    ]);
    check_result(&mut ok).expect("a sound record");
    assert_eq!(ok.attendees, vec!["北野 春子"], "blank names dropped");
    assert_eq!(ok.deviations.len(), 1);
    assert_eq!(ok.findings.iter().map(|f| f.id.as_str()).collect::<Vec<_>>(), ["F1", "F2"]);
    assert_eq!(ok.measurements[0].met(), Some(false));
    let items = action_items_of("D001", &ok);
    assert_eq!(items.len(), 1, "only findings with an action become items");
    assert_eq!(items[0].id, "D001-F1");
    assert_eq!(items[0].owner, "北野");

    type Case = (&'static str, DrillResult, DrillError);
    let cases: Vec<Case> = vec![
        (
            "bad date",
            DrillResult { held_on: "R9.1.20".into(), ..result(vec![]) },
            DrillError::BadDate("R9.1.20".into()),
        ),
        ("empty finding", result(vec![finding(" ", "", "", None)]), DrillError::FindingText),
        (
            "action without owner",
            result(vec![finding("遅い", "直す", "", Some("2027-03-31"))]),
            DrillError::ActionIncomplete("遅い".into()),
        ),
        (
            "action without due date",
            result(vec![finding("遅い", "直す", "北野", None)]),
            DrillError::ActionIncomplete("遅い".into()),
        ),
        (
            "bad due date",
            result(vec![finding("遅い", "直す", "北野", Some("来月"))]),
            DrillError::BadDate("来月".into()),
        ),
        (
            "negative minutes",
            DrillResult {
                measurements: vec![Measurement { label: "x".into(), minutes: -5.0, target_minutes: None }],
                ..result(vec![])
            },
            DrillError::BadMeasurement("x".into()),
        ),
    ];
    for (name, mut r, expected) in cases {
        assert_eq!(check_result(&mut r).err(), Some(expected), "{name}");
    }
}

#[test]
fn a_correction_keeps_finding_ids_and_numbers_new_ones_after_them() {
    let mut r = result(vec![finding("a", "", "", None), finding("b", "", "", None)]);
    check_result(&mut r).expect("ok");
    r.findings.remove(0);
    r.findings.push(finding("c", "", "", None));
    check_result(&mut r).expect("ok");
    assert_eq!(r.findings.iter().map(|f| f.id.as_str()).collect::<Vec<_>>(), ["F2", "F3"]);
}

#[test]
fn a_briefing_needs_a_date_a_topic_and_someone_there() {
    let good = Briefing {
        id: String::new(),
        held_on: "2027-02-01".into(),
        topic: "第1版の説明".into(),
        revision: Some(1),
        attendees: vec!["北野".into()],
    };
    check_briefing(&mut good.clone()).expect("fine");
    for (name, b, expected) in [
        ("no topic", Briefing { topic: "".into(), ..good.clone() }, DrillError::TopicRequired),
        ("nobody", Briefing { attendees: vec![" ".into()], ..good.clone() }, DrillError::NoAttendees),
        (
            "bad date",
            Briefing { held_on: "2027/02/01".into(), ..good.clone() },
            DrillError::BadDate("2027/02/01".into()),
        ),
    ] {
        assert_eq!(check_briefing(&mut b.clone()).err(), Some(expected), "{name}");
    }
}

// --- tabletop -------------------------------------------------------------------------------------

fn patient(id: &str, json: serde_json::Value) -> PatientRecord {
    let mut base = serde_json::json!({
        "id": id, "name": format!("患者{id}"), "municipality": "名寄市", "living": "withFamily",
        "residence": { "floor": 1, "floodDepth": "none" }, "oxygen": null, "offVentToleranceMin": null,
        "birthDate": null, "supportPlanReviewedOn": null, "tierOverride": null,
    });
    for (k, v) in json.as_object().expect("object") {
        base[k] = v.clone();
    }
    serde_json::from_value(base).expect("a valid record")
}

fn ventilated(id: &str, rated_hours: f64, charge: f64, external_hours: Option<f64>) -> PatientRecord {
    let mut sources = vec![serde_json::json!({
        "id": "int", "kind": "internal", "feeds": ["vent"], "nominalWh": null, "ratedHours": rated_hours,
        "ratedDrawW": 24, "path": "deviceNative", "health": 1.0, "stateOfCharge": charge
    })];
    if let Some(h) = external_hours {
        sources.push(serde_json::json!({
            "id": "ext", "kind": "externalPack", "feeds": ["vent"], "nominalWh": null, "ratedHours": h,
            "ratedDrawW": 24, "path": "deviceNative", "health": 1.0, "stateOfCharge": 1.0
        }));
    }
    patient(
        id,
        serde_json::json!({
            "devices": [{ "id": "vent", "class": "InvasiveVentilator", "measuredDrawW": 24, "nameplateW": null, "hoursPerDay": 24 }],
            "powerSources": sources,
        }),
    )
}

/// Four people: a ventilator on 4.8 h of internal battery (A), one on 28 h (B), oxygen from cylinders
/// for about 4 h (C), and a feeding pump only (D, not life-critical: not in the tabletop).
fn register() -> Vec<PatientRecord> {
    vec![
        ventilated("P0001", 8.0, 0.6, None),
        ventilated("P0002", 8.0, 1.0, Some(20.0)),
        patient(
            "P0003",
            serde_json::json!({
                "devices": [{ "id": "oc", "class": "OxygenConcentrator", "measuredDrawW": 120, "nameplateW": null, "hoursPerDay": 24 }],
                "oxygen": { "flowDayLpm": 2.0, "flowNightLpm": 2.0, "cylinders": [[500.0, 1.0]], "demandValve": false },
            }),
        ),
        patient(
            "P0004",
            serde_json::json!({
                "devices": [{ "id": "fp", "class": "FeedingPump", "measuredDrawW": 10, "nameplateW": null, "hoursPerDay": 8 }],
            }),
        ),
    ]
}

fn partner(id: &str, name: &str) -> Partner {
    Partner {
        id: id.into(),
        name: name.into(),
        kind: PartnerKind::SameKind,
        phone_24h: "0000".into(),
        contact_person: String::new(),
        fingerprint: None,
        note: String::new(),
    }
}

fn agreement(
    id: &str,
    partner: &str,
    kind: AgreementKind,
    direction: Direction,
    capacity: Option<u32>,
) -> Agreement {
    Agreement {
        id: id.into(),
        partner_id: partner.into(),
        kind,
        direction,
        trigger: String::new(),
        areas: vec!["名寄市".into()],
        device_classes: vec![],
        capacity_patients: capacity,
        consent_required: false,
        billing_note: String::new(),
        valid_from: None,
        valid_until: None,
        review_on: None,
    }
}

struct Case {
    name: &'static str,
    blackout: f64,
    office_down: bool,
    down: &'static [&'static str],
    agreements: Vec<Agreement>,
    /// (id, runs out, visit by, bridge by) in the order the tabletop lists them.
    expected: Vec<(&'static str, bool, CoverBy, Option<CoverBy>)>,
    uncovered: u32,
    unvisited: u32,
}

#[test]
fn the_tabletop_finds_who_runs_out_and_who_covers_them() {
    use CoverBy::*;
    let lending = || agreement("A001", "R001", AgreementKind::Lending, Direction::TheyProvide, Some(1));
    let admission = || agreement("A002", "R002", AgreementKind::Admission, Direction::Mutual, Some(5));
    let visits = || agreement("A003", "R002", AgreementKind::BackupVisits, Direction::Mutual, None);
    let cases = vec![
        Case {
            name: "24 h, nothing agreed: the two short ones run out, nobody bridges",
            blackout: 24.0,
            office_down: false,
            down: &[],
            agreements: vec![],
            expected: vec![
                ("P0003", true, Us, Some(Nobody)),
                ("P0001", true, Us, Some(Nobody)),
                ("P0002", false, Us, None),
            ],
            uncovered: 2,
            unvisited: 0,
        },
        Case {
            name: "45 h: B's 28 h are not enough either",
            blackout: 45.0,
            office_down: false,
            down: &[],
            agreements: vec![],
            expected: vec![
                ("P0003", true, Us, Some(Nobody)),
                ("P0001", true, Us, Some(Nobody)),
                ("P0002", true, Us, Some(Nobody)),
            ],
            uncovered: 3,
            unvisited: 0,
        },
        Case {
            name: "3 h: nobody runs out",
            blackout: 3.0,
            office_down: false,
            down: &[],
            agreements: vec![lending()],
            expected: vec![
                ("P0003", false, Us, None),
                ("P0001", false, Us, None),
                ("P0002", false, Us, None),
            ],
            uncovered: 0,
            unvisited: 0,
        },
        Case {
            name: "lending for one: the first to run out gets it, then admission takes the next",
            blackout: 24.0,
            office_down: false,
            down: &[],
            agreements: vec![lending(), admission()],
            expected: vec![
                ("P0003", true, Us, Some(Partner)),
                ("P0001", true, Us, Some(Partner)),
                ("P0002", false, Us, None),
            ],
            uncovered: 0,
            unvisited: 0,
        },
        Case {
            name: "the lender is down: only admission is left",
            blackout: 24.0,
            office_down: false,
            down: &["R001"],
            agreements: vec![lending(), admission()],
            expected: vec![
                ("P0003", true, Us, Some(Partner)),
                ("P0001", true, Us, Some(Partner)),
                ("P0002", false, Us, None),
            ],
            uncovered: 0,
            unvisited: 0,
        },
        Case {
            name: "both partners down: nobody bridges",
            blackout: 24.0,
            office_down: false,
            down: &["R001", "R002"],
            agreements: vec![lending(), admission()],
            expected: vec![
                ("P0003", true, Us, Some(Nobody)),
                ("P0001", true, Us, Some(Nobody)),
                ("P0002", false, Us, None),
            ],
            uncovered: 2,
            unvisited: 0,
        },
        Case {
            name: "our office down: backup visits with no stated capacity cover everyone",
            blackout: 0.0,
            office_down: true,
            down: &[],
            agreements: vec![visits()],
            expected: vec![
                ("P0003", false, Partner, None),
                ("P0001", false, Partner, None),
                ("P0002", false, Partner, None),
            ],
            uncovered: 0,
            unvisited: 0,
        },
        Case {
            name: "our office down and the backup partner too: nobody visits",
            blackout: 0.0,
            office_down: true,
            down: &["R002"],
            agreements: vec![visits()],
            expected: vec![
                ("P0003", false, Nobody, None),
                ("P0001", false, Nobody, None),
                ("P0002", false, Nobody, None),
            ],
            uncovered: 0,
            unvisited: 3,
        },
    ];
    let partners = vec![partner("R001", "きた電機"), partner("R002", "なよろ病院")];
    let config = config().expect("priority config");
    let records = register();
    let counts = HashMap::new();
    for case in cases {
        let down: Vec<String> = case.down.iter().map(|s| s.to_string()).collect();
        let result = run(&TabletopInput {
            records: &records,
            partners: &partners,
            agreements: &case.agreements,
            partner_counts: &counts,
            starts_at: chrono::DateTime::parse_from_rfc3339("2027-01-20T03:00:00+09:00").expect("time"),
            blackout_hours: case.blackout,
            office_down: case.office_down,
            partners_down: &down,
            config: &config,
        });
        let got: Vec<_> = result
            .patients
            .iter()
            .map(|p| (p.id.as_str(), p.runs_out, p.visit.by, p.bridge.as_ref().map(|b| b.by)))
            .collect();
        assert_eq!(got, case.expected, "{}", case.name);
        assert_eq!((result.uncovered, result.unvisited), (case.uncovered, case.unvisited), "{}", case.name);
        for p in &result.patients {
            assert!(!p.reasons.is_empty(), "{}: {} has reasons", case.name, p.id);
        }
    }
}

#[test]
fn the_tabletop_times_are_worked_out_from_the_start() {
    let config = config().expect("config");
    let records = register();
    let result = run(&TabletopInput {
        records: &records,
        partners: &[],
        agreements: &[],
        partner_counts: &HashMap::new(),
        starts_at: chrono::DateTime::parse_from_rfc3339("2027-01-20T03:00:00+09:00").expect("time"),
        blackout_hours: 45.0,
        office_down: false,
        partners_down: &[],
        config: &config,
    });
    let a = result.patients.iter().find(|p| p.id == "P0001").expect("A");
    assert_eq!(a.limit_hours, Some(4.8));
    assert_eq!(a.runs_out_at.as_deref(), Some("2027-01-20T07:48:00+09:00"), "4.8 h after 03:00");
    assert_eq!(a.tier, Tier::P1, "a ventilator with under 12 h of power in an outage (priority.toml)");
    assert_eq!(result.ends_at, "2027-01-22T00:00:00+09:00");
    let b = result.patients.iter().find(|p| p.id == "P0002").expect("B");
    assert_eq!(b.limit_hours, Some(28.0));
    assert!(result.patients.iter().all(|p| p.id != "P0004"), "a feeding pump alone is not life-critical");
}

#[test]
fn a_partner_that_is_down_becomes_our_load_when_we_back_it_up() {
    let config = config().expect("config");
    let partners = vec![partner("R002", "訪問看護ステーションにし")];
    let mut agreements =
        vec![agreement("A003", "R002", AgreementKind::BackupVisits, Direction::WeProvide, Some(1))];
    let count = |municipality: &str, class: DeviceClass, n: u32| PatientCount {
        municipality: Some(municipality.into()),
        device_class: Some(class),
        tier: Tier::P1,
        count: n,
    };
    let mut counts = HashMap::new();
    counts.insert(
        "R002".to_string(),
        vec![
            count("名寄市", DeviceClass::InvasiveVentilator, 2),
            count("名寄市", DeviceClass::Suction, 4),
            count("士別市", DeviceClass::Nppv, 3),
        ],
    );
    let run_with = |agreements: &[Agreement], counts: &HashMap<String, Vec<PatientCount>>| {
        run(&TabletopInput {
            records: &[],
            partners: &partners,
            agreements,
            partner_counts: counts,
            starts_at: chrono::DateTime::parse_from_rfc3339("2027-01-20T03:00:00+09:00").expect("time"),
            blackout_hours: 24.0,
            office_down: false,
            partners_down: &["R002".to_string()],
            config: &config,
        })
    };
    let load = &run_with(&agreements, &counts).extra_load[0];
    assert_eq!(
        (load.patients, load.capacity),
        (Some(2), Some(1)),
        "life-critical devices in the agreed area only"
    );
    assert!(load.reason.ja.contains("足りません"), "{}", load.reason.ja);
    agreements[0].capacity_patients = Some(5);
    assert!(run_with(&agreements, &counts).extra_load[0].reason.ja.contains("引き受けます"));
    let unknown = &run_with(&agreements, &HashMap::new()).extra_load[0];
    assert_eq!(unknown.patients, None);
    assert!(unknown.reason.ja.contains("分かりません"));
    agreements[0].direction = Direction::TheyProvide;
    assert!(run_with(&agreements, &counts).extra_load.is_empty(), "they back us up, not the reverse");
}
