use super::*;
use crate::drill::{ActionItem, Briefing, Closure};
use crate::link::{Agreement, AgreementKind, Direction, Partner, PartnerKind};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
}

fn revision(number: u32, on: &str, next: Option<&str>) -> Revision {
    Revision {
        number,
        revised_on: on.into(),
        reason: "r".into(),
        approver: "a".into(),
        next_review_due: next.map(Into::into),
    }
}

fn briefing(on: &str, revision: Option<u32>) -> Briefing {
    Briefing {
        id: "B001".into(),
        held_on: on.into(),
        topic: "説明".into(),
        revision,
        attendees: vec!["北野".into()],
    }
}

fn agreement(until: Option<&str>, review: Option<&str>) -> Agreement {
    Agreement {
        id: "A001".into(),
        partner_id: "R001".into(),
        kind: AgreementKind::BackupVisits,
        direction: Direction::Mutual,
        trigger: String::new(),
        areas: vec![],
        device_classes: vec![],
        capacity_patients: None,
        consent_required: false,
        billing_note: String::new(),
        valid_from: None,
        valid_until: until.map(Into::into),
        review_on: review.map(Into::into),
    }
}

fn item(due: Option<&str>, closed: bool) -> ActionItem {
    ActionItem {
        id: "D001-F1".into(),
        drill_id: "D001".into(),
        finding: "連絡に75分".into(),
        action: "連絡網を2系統に".into(),
        owner: "北野".into(),
        due_on: due.map(Into::into),
        closed: closed.then(|| Closure { revision: 2, closed_on: "2027-03-01".into(), note: String::new() }),
    }
}

/// The records a well-kept station has on 2027-06-01: v1 fixed 2026-12-01 (review due 2027-11-30),
/// briefed 2026-12-10, a drill on 2027-01-20, nothing expiring: no reminders at all.
struct World {
    today: NaiveDate,
    has_plan: bool,
    revision: Option<Revision>,
    staff_now: Vec<String>,
    staff_at_revision: Option<Vec<String>>,
    drills: Vec<NaiveDate>,
    briefings: Vec<Briefing>,
    agreements: Vec<Agreement>,
    stock: Vec<(String, NaiveDate)>,
    patients: Vec<(String, NaiveDate)>,
    partner_plans: Vec<(&'static str, Option<u32>, NaiveDate)>,
    items: Vec<ActionItem>,
}

fn kept() -> World {
    World {
        today: d("2027-06-01"),
        has_plan: true,
        revision: Some(revision(1, "2026-12-01", Some("2027-11-30"))),
        staff_now: vec!["北野".into(), "南".into()],
        staff_at_revision: Some(vec!["北野".into(), "南".into()]),
        drills: vec![d("2027-01-20")],
        briefings: vec![briefing("2026-12-10", Some(1))],
        agreements: vec![agreement(Some("2028-03-31"), Some("2028-01-31"))],
        stock: vec![("飲料水".into(), d("2029-01-01"))],
        patients: vec![("P0001".into(), d("2027-02-01"))],
        partner_plans: vec![("ステーションにし", Some(1), d("2026-11-20"))],
        items: vec![item(Some("2027-09-30"), true)],
    }
}

/// (kind, urgency, due date) of each reminder, in the order shown.
type Seen = Vec<(ReminderKind, Urgency, Option<String>)>;

fn run(w: &World) -> Seen {
    let partners = vec![Partner {
        id: "R001".into(),
        name: "ステーションにし".into(),
        kind: PartnerKind::SameKind,
        phone_24h: "0".into(),
        contact_person: String::new(),
        fingerprint: None,
        note: String::new(),
    }];
    let result = reminders(&Upkeep {
        today: w.today,
        has_plan: w.has_plan,
        latest_revision: w.revision.as_ref(),
        staff_now: w.staff_now.clone(),
        staff_at_revision: w.staff_at_revision.clone(),
        drills_held: w.drills.clone(),
        briefings: &w.briefings,
        partners: &partners,
        agreements: &w.agreements,
        stock: w.stock.clone(),
        patient_data: w.patients.clone(),
        partner_plans: w
            .partner_plans
            .iter()
            .map(|(s, r, on)| PartnerPlan { sender: s, revision: *r, imported_on: *on })
            .collect(),
        action_items: &w.items,
    });
    for r in &result {
        assert!(!r.text.ja.is_empty() && !r.text.en.is_empty(), "every reminder says why: {r:?}");
    }
    result.into_iter().map(|r| (r.kind, r.urgency, r.due_on)).collect()
}

#[test]
fn a_well_kept_plan_has_no_reminders() {
    assert_eq!(run(&kept()), vec![]);
}

#[test]
fn each_rule_fires_on_its_own_dates() {
    use ReminderKind::*;
    use Urgency::*;
    type Change = fn(&mut World);
    let s = |x: &str| Some(x.to_string());
    let cases: Vec<(&str, Change, Seen)> = vec![
        ("review date 29 days away", |w| w.today = d("2027-11-01"), vec![(Review, DueSoon, s("2027-11-30"))]),
        ("review date 31 days away", |w| w.today = d("2027-10-30"), vec![]),
        (
            "review date passed; the yearly briefing comes due",
            |w| w.today = d("2027-12-01"),
            vec![(Review, Overdue, s("2027-11-30")), (Briefing, DueSoon, s("2027-12-10"))],
        ),
        (
            "no review date: a year after the revision",
            |w| {
                w.revision = Some(revision(1, "2026-06-15", None));
                w.today = d("2027-06-20");
            },
            vec![(Review, Overdue, s("2027-06-15")), (PartnerPlan, Notice, None)],
        ),
        (
            "not fixed yet",
            |w| {
                w.revision = None;
                w.staff_at_revision = None;
            },
            vec![(Review, Notice, None)],
        ),
        ("no drill ever", |w| w.drills.clear(), vec![(Drill, Overdue, None)]),
        (
            "drill a year ago soon",
            |w| w.drills = vec![d("2026-06-20")],
            vec![(Drill, DueSoon, s("2027-06-20"))],
        ),
        ("no briefing ever", |w| w.briefings.clear(), vec![(Briefing, Overdue, None)]),
        (
            "version 2 not briefed",
            |w| {
                w.revision = Some(revision(2, "2027-05-01", Some("2028-04-30")));
            },
            vec![(Briefing, DueSoon, None)],
        ),
        (
            "briefing a year ago",
            |w| w.briefings = vec![briefing("2026-06-10", Some(1))],
            vec![(Briefing, DueSoon, s("2027-06-10"))],
        ),
        (
            "a new nurse joined, one left",
            |w| w.staff_now = vec!["北野".into(), "東".into()],
            vec![(StaffChange, Notice, None)],
        ),
        (
            "partner's plan imported after our revision",
            |w| w.partner_plans = vec![("ステーションにし", Some(2), d("2027-05-01"))],
            vec![(PartnerPlan, Notice, None)],
        ),
        (
            "agreement ends in 59 days",
            |w| w.agreements = vec![agreement(Some("2027-07-30"), None)],
            vec![(Agreement, DueSoon, s("2027-07-30"))],
        ),
        (
            "agreement expired",
            |w| w.agreements = vec![agreement(Some("2027-05-31"), None)],
            vec![(Agreement, Overdue, s("2027-05-31"))],
        ),
        (
            "agreement review passed",
            |w| w.agreements = vec![agreement(None, Some("2027-05-01"))],
            vec![(Agreement, Overdue, s("2027-05-01"))],
        ),
        (
            "water expires in 10 days",
            |w| w.stock.push(("保存水".into(), d("2027-06-11"))),
            vec![(Stock, DueSoon, s("2027-06-11"))],
        ),
        (
            "gloves expired",
            |w| w.stock.push(("手袋".into(), d("2027-05-01"))),
            vec![(Stock, Overdue, s("2027-05-01"))],
        ),
        (
            "battery data 13 months old",
            |w| w.patients.push(("P0002".into(), d("2026-05-01"))),
            vec![(PatientData, Overdue, s("2026-05-01"))],
        ),
        ("battery data 11 months old", |w| w.patients.push(("P0002".into(), d("2026-07-01"))), vec![]),
        (
            "open action item due in 10 days",
            |w| w.items = vec![item(Some("2027-06-11"), false)],
            vec![(ActionItem, DueSoon, s("2027-06-11"))],
        ),
        (
            "open action item overdue",
            |w| w.items = vec![item(Some("2027-05-31"), false)],
            vec![(ActionItem, Overdue, s("2027-05-31"))],
        ),
        (
            "open action item far off",
            |w| w.items = vec![item(Some("2027-12-31"), false)],
            vec![(ActionItem, Notice, s("2027-12-31"))],
        ),
        (
            "no plan: plan-side rules are silent",
            |w| {
                w.has_plan = false;
                w.revision = None;
                w.drills.clear();
                w.briefings.clear();
            },
            vec![],
        ),
    ];
    for (name, change, expected) in cases {
        let mut w = kept();
        change(&mut w);
        assert_eq!(run(&w), expected, "{name}");
    }
}

#[test]
fn the_most_urgent_come_first() {
    let mut w = kept();
    w.drills.clear();
    w.stock.push(("保存水".into(), d("2027-06-11")));
    w.items = vec![item(None, false)];
    let urgencies: Vec<Urgency> = run(&w).into_iter().map(|(_, u, _)| u).collect();
    assert_eq!(urgencies, vec![Urgency::Overdue, Urgency::DueSoon, Urgency::Notice]);
}
