//! リマインダー (`Reminder`): what keeps the plan current, on the home screen. Inspectors check the plan,
//! that staff were told, drills and reviews; the usual failure is a plan written once and never touched
//! again. Every rule is a pure function of the records and `today`, with its reason in words.
//!
//! Windows and periods are defaults of ours (no rule sets them), stated in each reminder's text:
//! review and drill yearly (the visiting-nursing standard's 「定期的」 read as yearly, as the guide's
//! training step does), briefing yearly and after every new version, warnings 30 days ahead
//! (agreements 60, action items 14), patient device and battery data older than 12 months.

use crate::drill::{ActionItem, Briefing};
use crate::guide::Text;
use crate::link::{Agreement, Partner};
use crate::plan::revision::Revision;
use chrono::{Days, Months, NaiveDate};
use serde::Serialize;

pub const SOON_DAYS: u64 = 30;
pub const AGREEMENT_SOON_DAYS: u64 = 60;
pub const ACTION_SOON_DAYS: u64 = 14;
pub const STALE_MONTHS: u32 = 12;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum Urgency {
    Overdue,
    DueSoon,
    /// Something changed that the plan should take in; no date.
    Notice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum ReminderKind {
    /// 計画の見直し
    Review,
    /// 訓練
    Drill,
    /// 職員への周知
    Briefing,
    /// 協定の期限・見直し
    Agreement,
    /// 備蓄の消費期限
    Stock,
    /// 患者の機器・電源の情報
    PatientData,
    /// 職員の入退職
    StaffChange,
    /// 連携先の新しい計画
    PartnerPlan,
    /// 訓練の改善項目
    ActionItem,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Reminder {
    pub kind: ReminderKind,
    pub urgency: Urgency,
    /// YYYY-MM-DD, when there is a date.
    pub due_on: Option<String>,
    pub text: Text,
    /// What it is about (a partner id, an action item id, patient ids …), for the screen to link to.
    pub subjects: Vec<String>,
}

/// A partner's plan as imported: whose, its version, when it was imported (YYYY-MM-DD).
pub struct PartnerPlan<'a> {
    pub sender: &'a str,
    pub revision: Option<u32>,
    pub imported_on: NaiveDate,
}

/// Everything the rules look at. Dates that cannot be read are skipped (the editors refuse them).
pub struct Upkeep<'a> {
    pub today: NaiveDate,
    /// Whether a plan has been started at all (no plan: only the plan card speaks).
    pub has_plan: bool,
    pub latest_revision: Option<&'a Revision>,
    /// Staff names in the roster now, and in the latest revision.
    pub staff_now: Vec<String>,
    pub staff_at_revision: Option<Vec<String>>,
    /// The days drills were held.
    pub drills_held: Vec<NaiveDate>,
    pub briefings: &'a [Briefing],
    pub partners: &'a [Partner],
    pub agreements: &'a [Agreement],
    /// (item, expiry) from the plan's stock list.
    pub stock: Vec<(String, NaiveDate)>,
    /// (patient id, day the record was last saved) for patients with devices.
    pub patient_data: Vec<(String, NaiveDate)>,
    pub partner_plans: Vec<PartnerPlan<'a>>,
    pub action_items: &'a [ActionItem],
}

fn t(ja: impl Into<String>, en: impl Into<String>) -> Text {
    Text { ja: ja.into(), en: en.into() }
}

fn day(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

fn urgency(due: NaiveDate, today: NaiveDate, soon_days: u64) -> Option<Urgency> {
    if due < today {
        Some(Urgency::Overdue)
    } else if due <= today + Days::new(soon_days) {
        Some(Urgency::DueSoon)
    } else {
        None
    }
}

fn reminder(
    kind: ReminderKind,
    urgency: Urgency,
    due: Option<NaiveDate>,
    text: Text,
    subjects: Vec<String>,
) -> Reminder {
    Reminder { kind, urgency, due_on: due.map(|d| d.to_string()), text, subjects }
}

fn a_year_after(d: NaiveDate) -> NaiveDate {
    d.checked_add_months(Months::new(12)).unwrap_or(d)
}

/// Every reminder that applies today, most urgent first, then by date.
pub fn reminders(u: &Upkeep) -> Vec<Reminder> {
    let mut out = Vec::new();
    if u.has_plan {
        review(u, &mut out);
        drill(u, &mut out);
        briefing(u, &mut out);
        staff(u, &mut out);
        partner_plans(u, &mut out);
    }
    agreements(u, &mut out);
    stock(u, &mut out);
    patient_data(u, &mut out);
    action_items(u, &mut out);
    out.sort_by(|a, b| a.urgency.cmp(&b.urgency).then(a.due_on.cmp(&b.due_on)));
    out
}

fn review(u: &Upkeep, out: &mut Vec<Reminder>) {
    let Some(revision) = u.latest_revision else {
        out.push(reminder(
            ReminderKind::Review,
            Urgency::Notice,
            None,
            t(
                "計画がまだ確定されていません。内容がそろったら第1版として確定してください。",
                "The plan has not been fixed yet: fix it as version 1 once it is complete.",
            ),
            vec![],
        ));
        return;
    };
    // The date the plan itself sets wins; without one, a year after the revision.
    let (due, why_ja, why_en) = match revision.next_review_due.as_deref().and_then(day) {
        Some(d) => (d, "計画で決めた次回見直し期限", "the next review date set in the plan"),
        None => match day(&revision.revised_on) {
            Some(r) => (
                a_year_after(r),
                "最後の改訂から1年（次回見直し期限が未設定のため）",
                "a year after the last revision (no review date set)",
            ),
            None => return,
        },
    };
    if let Some(urgency) = urgency(due, u.today, SOON_DAYS) {
        out.push(reminder(
            ReminderKind::Review,
            urgency,
            Some(due),
            t(
                format!("第{}版の見直し期限は{due}です（{why_ja}）。", revision.number),
                format!("Version {} is due for review on {due} ({why_en}).", revision.number),
            ),
            vec![revision.number.to_string()],
        ));
    }
}

fn drill(u: &Upkeep, out: &mut Vec<Reminder>) {
    match u.drills_held.iter().max() {
        None => out.push(reminder(
            ReminderKind::Drill,
            Urgency::Overdue,
            None,
            t(
                "訓練の記録がありません。年1回以上の訓練を計画し、実施したら記録してください。",
                "No drill has been recorded. Plan at least one a year and record it.",
            ),
            vec![],
        )),
        Some(&last) => {
            let due = a_year_after(last);
            if let Some(urgency) = urgency(due, u.today, SOON_DAYS) {
                out.push(reminder(
                    ReminderKind::Drill,
                    urgency,
                    Some(due),
                    t(
                        format!("前回の訓練（{last}）から1年になる{due}までに、次の訓練を行ってください。"),
                        format!("The last drill was on {last}; hold the next one by {due} (yearly)."),
                    ),
                    vec![],
                ));
            }
        }
    }
}

fn briefing(u: &Upkeep, out: &mut Vec<Reminder>) {
    let last = u.briefings.iter().filter_map(|b| day(&b.held_on).map(|d| (d, b))).max_by_key(|(d, _)| *d);
    let Some((last_day, _)) = last else {
        out.push(reminder(
            ReminderKind::Briefing,
            Urgency::Overdue,
            None,
            t("職員への周知の記録がありません。計画を説明したら、日付と参加者を記録してください。", "No staff briefing has been recorded. Record the date and who attended when you explain the plan."),
            vec![],
        ));
        return;
    };
    if let Some(revision) = u.latest_revision
        && u.briefings.iter().all(|b| b.revision.is_none_or(|n| n < revision.number))
    {
        out.push(reminder(
            ReminderKind::Briefing,
            Urgency::DueSoon,
            None,
            t(
                format!("第{}版をまだ職員に周知した記録がありません。", revision.number),
                format!("Version {} has not been briefed to staff yet.", revision.number),
            ),
            vec![revision.number.to_string()],
        ));
        return;
    }
    let due = a_year_after(last_day);
    if let Some(urgency) = urgency(due, u.today, SOON_DAYS) {
        out.push(reminder(
            ReminderKind::Briefing,
            urgency,
            Some(due),
            t(
                format!(
                    "前回の周知（{last_day}）から1年になります（{due}）。研修・周知を行って記録してください。"
                ),
                format!("The last briefing was on {last_day}; brief staff again by {due} (yearly)."),
            ),
            vec![],
        ));
    }
}

fn staff(u: &Upkeep, out: &mut Vec<Reminder>) {
    let Some(before) = &u.staff_at_revision else { return };
    let joined: Vec<&String> = u.staff_now.iter().filter(|n| !before.contains(n)).collect();
    let left: Vec<&String> = before.iter().filter(|n| !u.staff_now.contains(n)).collect();
    if joined.is_empty() && left.is_empty() {
        return;
    }
    let list = |names: &[&String]| names.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("、");
    let number = u.latest_revision.map_or(0, |r| r.number);
    out.push(reminder(
        ReminderKind::StaffChange,
        Urgency::Notice,
        None,
        t(
            format!(
                "第{number}版の後に職員が変わりました（入職：{}／退職：{}）。役割と連絡網を見直し、新しい職員に計画を説明してください。",
                if joined.is_empty() { "なし".into() } else { list(&joined) },
                if left.is_empty() { "なし".into() } else { list(&left) },
            ),
            format!(
                "Staff changed since version {number} (joined: {}; left: {}). Review roles and the call tree, and brief new staff.",
                if joined.is_empty() { "none".into() } else { list(&joined) },
                if left.is_empty() { "none".into() } else { list(&left) },
            ),
        ),
        joined.iter().chain(&left).map(|s| s.to_string()).collect(),
    ));
}

fn partner_plans(u: &Upkeep, out: &mut Vec<Reminder>) {
    // Before the first revision there is nothing to revise against; the review reminder speaks.
    let Some(since) = u.latest_revision.and_then(|r| day(&r.revised_on)) else { return };
    for plan in &u.partner_plans {
        if plan.imported_on <= since {
            continue;
        }
        let version = plan.revision.map_or("未確定".to_string(), |n| format!("第{n}版"));
        out.push(reminder(
            ReminderKind::PartnerPlan,
            Urgency::Notice,
            None,
            t(
                format!("{}の計画（{version}）を{}に取り込みました。連携型BCPの点検結果を確認し、必要なら自分の計画を見直してください。", plan.sender, plan.imported_on),
                format!("{}'s plan ({}) was imported on {}. Check the connected-plan findings and revise your plan if needed.", plan.sender, plan.revision.map_or("not fixed".into(), |n| format!("version {n}")), plan.imported_on),
            ),
            vec![plan.sender.to_string()],
        ));
    }
}

fn agreements(u: &Upkeep, out: &mut Vec<Reminder>) {
    for a in u.agreements {
        let name = u
            .partners
            .iter()
            .find(|p| p.id == a.partner_id)
            .map_or(a.partner_id.as_str(), |p| p.name.as_str());
        let kind = a.kind.label_ja();
        if let Some(until) = a.valid_until.as_deref().and_then(day)
            && let Some(urgency) = urgency(until, u.today, AGREEMENT_SOON_DAYS)
        {
            let (ja, en) = match urgency {
                Urgency::Overdue => ("期限が切れています", "has expired"),
                _ => ("期限が近づいています", "is about to expire"),
            };
            out.push(reminder(
                ReminderKind::Agreement,
                urgency,
                Some(until),
                t(
                    format!("{name}との{kind}の協定は{ja}（{until}まで）。"),
                    format!("The {kind} agreement with {name} {en} ({until})."),
                ),
                vec![a.id.clone()],
            ));
            continue;
        }
        if let Some(review) = a.review_on.as_deref().and_then(day)
            && let Some(urgency) = urgency(review, u.today, SOON_DAYS)
        {
            out.push(reminder(
                ReminderKind::Agreement,
                urgency,
                Some(review),
                t(
                    format!("{name}との{kind}の協定の見直し日は{review}です。"),
                    format!("The {kind} agreement with {name} is due for review on {review}."),
                ),
                vec![a.id.clone()],
            ));
        }
    }
}

fn stock(u: &Upkeep, out: &mut Vec<Reminder>) {
    let mut expiring: Vec<&(String, NaiveDate)> =
        u.stock.iter().filter(|(_, d)| urgency(*d, u.today, SOON_DAYS).is_some()).collect();
    if expiring.is_empty() {
        return;
    }
    expiring.sort_by_key(|(_, d)| *d);
    let first = expiring[0].1;
    let list = expiring.iter().map(|(item, d)| format!("{item}（{d}）")).collect::<Vec<_>>().join("、");
    out.push(reminder(
        ReminderKind::Stock,
        urgency(first, u.today, SOON_DAYS).unwrap_or(Urgency::DueSoon),
        Some(first),
        t(
            format!("消費期限が切れた、または30日以内に切れる備蓄品があります：{list}。"),
            format!("Stock expired or expiring within 30 days: {list}."),
        ),
        expiring.iter().map(|(item, _)| item.clone()).collect(),
    ));
}

fn patient_data(u: &Upkeep, out: &mut Vec<Reminder>) {
    let Some(cutoff) = u.today.checked_sub_months(Months::new(STALE_MONTHS)) else { return };
    let stale: Vec<&(String, NaiveDate)> = u.patient_data.iter().filter(|(_, d)| *d < cutoff).collect();
    if stale.is_empty() {
        return;
    }
    let oldest = stale.iter().map(|(_, d)| *d).min().unwrap_or(cutoff);
    // Ids, not names: the home screen is not the register, and nothing here is audited as a view.
    out.push(reminder(
        ReminderKind::PatientData,
        Urgency::Overdue,
        Some(oldest),
        t(
            format!("{}名の患者の機器・電源の情報が12か月以上更新されていません。バッテリーの劣化や機器の変更を確認してください。", stale.len()),
            format!("{} patients' device and battery data have not been updated for over 12 months. Check battery wear and device changes.", stale.len()),
        ),
        stale.iter().map(|(id, _)| id.clone()).collect(),
    ));
}

fn action_items(u: &Upkeep, out: &mut Vec<Reminder>) {
    for item in u.action_items.iter().filter(|i| i.closed.is_none()) {
        let due = item.due_on.as_deref().and_then(day);
        let urgency = match due {
            Some(d) => urgency(d, u.today, ACTION_SOON_DAYS).unwrap_or(Urgency::Notice),
            None => Urgency::Notice,
        };
        let due_text = due.map_or("期限なし".to_string(), |d| format!("期限{d}"));
        out.push(reminder(
            ReminderKind::ActionItem,
            urgency,
            due,
            t(
                format!("訓練の改善項目「{}」（担当：{}、{due_text}）。対応したら計画を改訂し、その版で完了にしてください。", item.action, item.owner),
                format!("Drill action “{}” (owner: {}, {}). Once done, revise the plan and close it with that version.", item.action, item.owner, due.map_or("no due date".to_string(), |d| format!("due {d}"))),
            ),
            vec![item.id.clone()],
        ));
    }
}

#[cfg(test)]
mod tests;
