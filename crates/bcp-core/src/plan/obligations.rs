//! 義務要件 (`Obligation`): the checks an inspector makes, per organisation kind, each with the
//! evidence still missing. Sources: shared/research/bcp-guide.md §1.2 and §2.4 — 訪問看護 under
//! 介護保険 and 医療保険 (基準 第22条の2, 解釈通知); 在支診/在支病 under the 2026 fee revision
//! (facility standard, existing sites by 2027-05-31; the notice text itself was not retrieved, so its
//! exact scope, e.g. whether an infection plan is required, is unconfirmed and not checked here).

use super::progress::Progress;
use super::revision::Revision;
use super::{Answers, PlanScope};
use crate::guide::{Guide, Hazard, Requirement, Text};
use crate::organization::OrganizationKind;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Obligation {
    pub id: String,
    pub title: Text,
    /// 根拠: where the duty comes from.
    pub basis: Text,
    pub met: bool,
    /// What is still missing, one sentence each; empty when met.
    pub missing: Vec<Text>,
}

/// Everything the checks look at.
pub struct Evidence<'a> {
    pub guide: &'a Guide,
    pub kind: OrganizationKind,
    pub scope: Option<PlanScope>,
    pub progress: Option<&'a Progress>,
    pub answers: Option<&'a Answers>,
    pub latest_revision: Option<&'a Revision>,
    /// The last staff briefing (周知) and the last drill held, as recorded on the 訓練 screen.
    pub last_briefing: Option<NaiveDate>,
    pub last_drill: Option<NaiveDate>,
    pub today: NaiveDate,
}

/// The 在支診/在支病 transition deadline of the 2026 facility standard.
pub const ZAITAKU_DEADLINE: (i32, u32, u32) = (2027, 5, 31);

fn t(ja: impl Into<String>, en: impl Into<String>) -> Text {
    Text { ja: ja.into(), en: en.into() }
}

pub fn obligations(e: &Evidence) -> Vec<Obligation> {
    let visiting = t(
        "介護保険・医療保険の運営基準（指定訪問看護 第22条の2、解釈通知）",
        "Operating standards for visiting nursing (care and health insurance)",
    );
    let facility = t(
        "令和8年度診療報酬改定の施設基準（在支診・在支病）",
        "2026 fee-schedule facility standard for home-care support clinics and hospitals",
    );
    let build = |id: &str, title: Text, basis: &Text, missing: Vec<Text>| Obligation {
        id: id.into(),
        title,
        basis: basis.clone(),
        met: missing.is_empty(),
        missing,
    };
    match e.kind {
        OrganizationKind::NursingStation => vec![
            build(
                "disaster-plan",
                t("自然災害のBCPの策定", "A natural-disaster BCP"),
                &visiting,
                plan_gaps(e, Hazard::Disaster),
            ),
            build(
                "infection-plan",
                t("感染症のBCPの策定（一体型でも可）", "An infection BCP (may be combined)"),
                &visiting,
                plan_gaps(e, Hazard::Infection),
            ),
            build("staff-informed", t("職員への周知", "Staff informed of the plan"), &visiting, {
                let mut m = field_gap(
                    e,
                    "training",
                    "awareness",
                    t(
                        "周知の方法が未記入です（周知・研修・訓練）。",
                        "How staff are told is not written (training step).",
                    ),
                );
                m.extend(record_gap(
                    e,
                    e.last_briefing,
                    t("職員への周知の記録がありません（訓練の画面で、日付と参加者を記録できます）。", "No staff briefing is recorded (record the date and who attended on the Drills screen)."),
                    "周知",
                    "briefing",
                ));
                m
            }),
            build(
                "drills",
                t("研修・訓練の実施（年1回以上）", "Training and drills at least yearly"),
                &visiting,
                {
                    let mut m = drill_plan_gaps(e);
                    m.extend(record_gap(
                        e,
                        e.last_drill,
                        t(
                            "実施した訓練の記録がありません（訓練の画面で記録できます）。",
                            "No drill held is recorded (record it on the Drills screen).",
                        ),
                        "訓練",
                        "drill",
                    ));
                    m
                },
            ),
            build("review", t("定期的な見直し", "Regular review"), &visiting, review_gaps(e)),
        ],
        OrganizationKind::ZaitakuClinic | OrganizationKind::ZaitakuHospital => {
            let mut plan = plan_gaps(e, Hazard::Disaster);
            let (y, m, d) = ZAITAKU_DEADLINE;
            let deadline = NaiveDate::from_ymd_opt(y, m, d).expect("a valid constant date");
            if !plan.is_empty() && e.today > deadline {
                plan.push(t(
                    "既存の医療機関の経過措置期限（令和9年5月31日）を過ぎています。",
                    "The transition deadline (2027-05-31) has passed.",
                ));
            }
            vec![
                build(
                    "facility-standard",
                    t(
                        "BCPの策定（施設基準、令和9年5月31日まで）",
                        "A BCP (facility standard, by 2027-05-31)",
                    ),
                    &facility,
                    plan,
                ),
                build("review", t("定期的な見直し", "Regular review"), &facility, review_gaps(e)),
            ]
        }
        // No statutory duty found for these kinds: the plan is recommended, not checked.
        OrganizationKind::Clinic | OrganizationKind::CoordinationBase | OrganizationKind::Other => vec![],
    }
}

/// Missing parts of the plan for one hazard: not covered, required items unanswered, not fixed.
fn plan_gaps(e: &Evidence, hazard: Hazard) -> Vec<Text> {
    let name = match hazard {
        Hazard::Disaster => ("自然災害", "natural disasters"),
        Hazard::Infection => ("感染症", "infection"),
    };
    let (Some(scope), Some(progress)) = (e.scope, e.progress) else {
        return vec![t("計画がまだ作られていません。", "No plan has been started.")];
    };
    if !scope.hazards().contains(&hazard) {
        return vec![t(
            format!("計画の対象に{}が含まれていません。", name.0),
            format!("The plan does not cover {}.", name.1),
        )];
    }
    let mut missing = Vec::new();
    let unanswered = e
        .guide
        .steps
        .iter()
        .zip(&progress.steps)
        .filter(|(step, p)| p.applies && step.hazards.contains(&hazard))
        .flat_map(|(_, p)| &p.gaps)
        .filter(|g| g.requirement == Requirement::Required)
        .count();
    if unanswered > 0 {
        missing.push(t(
            format!("{}に関わる必須項目が{unanswered}件未記入です。", name.0),
            format!("{unanswered} required items about {} are not filled in.", name.1),
        ));
    }
    if e.latest_revision.is_none() {
        missing.push(t(
            "計画が確定（第1版として改訂履歴に登録）されていません。",
            "The plan has not been fixed as version 1 in the revision history.",
        ));
    }
    missing
}

fn field_gap(e: &Evidence, step: &str, field: &str, message: Text) -> Vec<Text> {
    let filled = e.answers.and_then(|a| a.get(step, field)).is_some_and(|v| !super::value::is_blank(v));
    if filled { vec![] } else { vec![message] }
}

/// Yearly: nothing recorded, or the last record more than a year before `today`.
fn record_gap(e: &Evidence, last: Option<NaiveDate>, none: Text, ja: &str, en: &str) -> Option<Text> {
    match last {
        None => Some(none),
        Some(d) if (e.today - d).num_days() > 365 => Some(t(
            format!("最後の{ja}（{d}）から1年以上たっています。"),
            format!("The last {en} ({d}) was more than a year ago."),
        )),
        Some(_) => None,
    }
}

fn drill_plan_gaps(e: &Evidence) -> Vec<Text> {
    const DRILLS: [&str; 4] = ["tabletop", "field", "assembly", "safety-check"];
    let planned =
        e.answers.and_then(|a| a.get("training", "plan")).and_then(|v| v.as_array()).is_some_and(|rows| {
            rows.iter().any(|r| r.get("kind").and_then(|k| k.as_str()).is_some_and(|k| DRILLS.contains(&k)))
        });
    if planned {
        vec![]
    } else {
        vec![t(
            "訓練（机上・実地・参集・安否確認）の計画がありません（周知・研修・訓練）。",
            "No drill is planned (training step).",
        )]
    }
}

fn review_gaps(e: &Evidence) -> Vec<Text> {
    let Some(revision) = e.latest_revision else {
        return vec![t(
            "改訂履歴がありません。計画を確定すると第1版になります。",
            "No revision yet: fixing the plan makes version 1.",
        )];
    };
    let mut missing = Vec::new();
    let date = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
    if date(&revision.revised_on).is_some_and(|d| (e.today - d).num_days() > 365) {
        missing.push(t(
            format!("最後の改訂（{}）から1年以上たっています。", revision.revised_on),
            format!("The last revision ({}) is more than a year old.", revision.revised_on),
        ));
    }
    match revision.next_review_due.as_deref().and_then(date) {
        None => missing.push(t("次回見直し期限が決まっていません。", "No next review date is set.")),
        Some(due) if due < e.today => missing.push(t(
            format!("次回見直し期限（{due}）を過ぎています。"),
            format!("The next review date ({due}) has passed."),
        )),
        Some(_) => {}
    }
    missing
}
