//! 訓練・研修と周知 (`Drill`, `Briefing`): the evidence an inspector asks for besides the plan itself —
//! that staff were told, that drills were held, that what the drills found went into the next revision.
//!
//! - [`scenario`]: the drill scenarios (`templates/drills/scenarios.toml`): timelines of injects.
//! - [`tabletop`]: 机上訓練 on the organisation's own data: which patients pass their battery limit in an
//!   N-hour blackout, when, and who covers them under the agreements when partners are down.
//! - this file: the records (a planned drill, its result, action items, staff briefings) and their checks.

pub mod scenario;
pub mod tabletop;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// 訓練の種類, as the guide's training plan names them (step 「周知・研修・訓練」).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum DrillKind {
    /// 机上訓練
    Tabletop,
    /// 実地訓練
    Field,
    /// 参集訓練
    Assembly,
    /// 安否確認訓練
    SafetyCheck,
}

impl DrillKind {
    pub fn label_ja(self) -> &'static str {
        match self {
            DrillKind::Tabletop => "机上訓練",
            DrillKind::Field => "実地訓練",
            DrillKind::Assembly => "参集訓練",
            DrillKind::SafetyCheck => "安否確認訓練",
        }
    }
}

/// 参加者 and the role they play in the drill (対策本部長, 安否確認係, 訪問係 …).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Participant {
    pub name: String,
    #[serde(default)]
    pub role: String,
}

/// A planned drill (訓練計画), and once held, its record (訓練記録).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Drill {
    /// Assigned by the store (D001 …); empty in a new drill.
    #[serde(default)]
    pub id: String,
    pub title: String,
    /// A scenario of `templates/drills/scenarios.toml`.
    pub scenario_id: String,
    pub kind: DrillKind,
    /// The scenario's T0, RFC 3339 with the user's offset (the pack prints it in their time).
    pub starts_at: String,
    #[serde(default)]
    pub participants: Vec<Participant>,
    /// 合同訓練: partners of the directory taking part.
    #[serde(default)]
    pub joint_partner_ids: Vec<String>,
    /// The tabletop's blackout length (hours); defaults to the scenario's.
    pub blackout_hours: f64,
    /// Partners assumed out of action in the tabletop (their agreements give no help).
    #[serde(default)]
    pub partners_down: Vec<String>,
    /// Our own office assumed unable to visit (e.g. the staff outbreak): visits need partners.
    #[serde(default)]
    pub office_down: bool,
    /// Filled in after the drill.
    #[serde(default)]
    pub result: Option<DrillResult>,
}

/// 訓練記録: what happened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct DrillResult {
    /// YYYY-MM-DD
    pub held_on: String,
    /// Who actually took part.
    #[serde(default)]
    pub attendees: Vec<String>,
    #[serde(default)]
    pub measurements: Vec<Measurement>,
    /// 計画どおりにいかなかったこと.
    #[serde(default)]
    pub deviations: Vec<String>,
    #[serde(default)]
    pub findings: Vec<DrillFinding>,
    #[serde(default)]
    pub recorded_by: String,
}

/// A measured time, e.g. 「人工呼吸器の患者全員に連絡がつくまで」 45 min against a 60 min target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Measurement {
    pub label: String,
    pub minutes: f64,
    pub target_minutes: Option<f64>,
}

impl Measurement {
    /// `None` when there is no target to compare with.
    pub fn met(&self) -> Option<bool> {
        self.target_minutes.map(|t| self.minutes <= t)
    }
}

/// 課題: what the drill found, and the action that answers it (becomes an [`ActionItem`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct DrillFinding {
    /// Stable within its drill (F1, F2 …); empty in a new finding, assigned on save.
    #[serde(default)]
    pub id: String,
    pub text: String,
    /// The action to take; empty = noted only, no action item.
    #[serde(default)]
    pub action: String,
    #[serde(default)]
    pub owner: String,
    /// YYYY-MM-DD
    pub due_on: Option<String>,
}

/// 改善項目: a finding's action, open until a plan revision (改訂) closes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ActionItem {
    /// 「D001-F1」: the drill and the finding it answers.
    pub id: String,
    pub drill_id: String,
    pub finding: String,
    pub action: String,
    pub owner: String,
    pub due_on: Option<String>,
    pub closed: Option<Closure>,
}

/// How an action item was closed: by 第n版 of the plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Closure {
    pub revision: u32,
    /// YYYY-MM-DD
    pub closed_on: String,
    #[serde(default)]
    pub note: String,
}

/// 職員への周知・研修の記録: who was told what, when, about which version.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Briefing {
    /// Assigned by the store (B001 …); empty in a new record.
    #[serde(default)]
    pub id: String,
    /// YYYY-MM-DD
    pub held_on: String,
    /// 「第2版の説明（職員会議）」「新人研修」.
    pub topic: String,
    /// The plan version explained, if any.
    pub revision: Option<u32>,
    pub attendees: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum DrillError {
    #[error("the title is empty")]
    TitleRequired,
    #[error("there is no scenario {0:?}")]
    UnknownScenario(String),
    #[error("{0:?} is not a date and time (RFC 3339)")]
    BadStart(String),
    #[error("the blackout length must be between 0 and 720 hours")]
    BadBlackout,
    #[error("there is no partner {0:?}")]
    NoSuchPartner(String),
    #[error("{0:?} is not a date (YYYY-MM-DD)")]
    BadDate(String),
    #[error("a measured time is negative or not a number: {0:?}")]
    BadMeasurement(String),
    #[error("a finding has no text")]
    FindingText,
    #[error("finding {0:?} has an action but no owner or due date")]
    ActionIncomplete(String),
    #[error("the topic is empty")]
    TopicRequired,
    #[error("nobody attended")]
    NoAttendees,
    #[error("there is no drill {0:?}")]
    NoSuchDrill(String),
    #[error("there is no action item {0:?}")]
    NoSuchActionItem(String),
    #[error("action item {0:?} is already closed")]
    AlreadyClosed(String),
    #[error("there is no version 第{0}版 of the plan")]
    NoSuchRevision(u32),
    #[error("finding {0:?} was closed by a revision and cannot be removed")]
    ClosedFindingRemoved(String),
}

impl DrillError {
    /// The input at fault, as the UI names it, for errors about one input.
    pub fn field(&self) -> Option<&'static str> {
        Some(match self {
            DrillError::TitleRequired => "title",
            DrillError::UnknownScenario(_) => "scenarioId",
            DrillError::BadStart(_) => "startsAt",
            DrillError::BadBlackout => "blackoutHours",
            DrillError::NoSuchPartner(_) => "partners",
            DrillError::BadDate(_) => "date",
            DrillError::BadMeasurement(_) => "measurements",
            DrillError::FindingText
            | DrillError::ActionIncomplete(_)
            | DrillError::ClosedFindingRemoved(_) => "findings",
            DrillError::TopicRequired => "topic",
            DrillError::NoAttendees => "attendees",
            DrillError::NoSuchRevision(_) => "revision",
            _ => return None,
        })
    }
}

pub fn parse_date(s: &str) -> Result<NaiveDate, DrillError> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").map_err(|_| DrillError::BadDate(s.into()))
}

/// Checks a planned drill against the scenarios and the partner directory.
pub fn check_drill(drill: &Drill, partner_ids: &[String]) -> Result<(), DrillError> {
    if drill.title.trim().is_empty() {
        return Err(DrillError::TitleRequired);
    }
    if scenario::find(&drill.scenario_id).is_none() {
        return Err(DrillError::UnknownScenario(drill.scenario_id.clone()));
    }
    if chrono::DateTime::parse_from_rfc3339(&drill.starts_at).is_err() {
        return Err(DrillError::BadStart(drill.starts_at.clone()));
    }
    if !(0.0..=720.0).contains(&drill.blackout_hours) {
        return Err(DrillError::BadBlackout);
    }
    if let Some(unknown) =
        drill.joint_partner_ids.iter().chain(&drill.partners_down).find(|id| !partner_ids.contains(id))
    {
        return Err(DrillError::NoSuchPartner(unknown.clone()));
    }
    Ok(())
}

/// Checks a drill's record; new findings get the next free id (F1, F2 …).
pub fn check_result(result: &mut DrillResult) -> Result<(), DrillError> {
    parse_date(&result.held_on)?;
    result.attendees.retain(|a| !a.trim().is_empty());
    result.deviations.retain(|d| !d.trim().is_empty());
    for m in &result.measurements {
        if !m.minutes.is_finite()
            || m.minutes < 0.0
            || m.target_minutes.is_some_and(|t| !t.is_finite() || t < 0.0)
        {
            return Err(DrillError::BadMeasurement(m.label.clone()));
        }
    }
    let mut next = result
        .findings
        .iter()
        .filter_map(|f| f.id.strip_prefix('F').and_then(|n| n.parse::<u32>().ok()))
        .max()
        .unwrap_or(0);
    for f in &mut result.findings {
        if f.text.trim().is_empty() {
            return Err(DrillError::FindingText);
        }
        if !f.action.trim().is_empty() {
            match f.due_on.as_deref() {
                Some(due) if !f.owner.trim().is_empty() => {
                    parse_date(due)?;
                }
                _ => return Err(DrillError::ActionIncomplete(f.text.clone())),
            }
        }
        if f.id.is_empty() {
            next += 1;
            f.id = format!("F{next}");
        }
    }
    Ok(())
}

pub fn check_briefing(briefing: &mut Briefing) -> Result<(), DrillError> {
    parse_date(&briefing.held_on)?;
    if briefing.topic.trim().is_empty() {
        return Err(DrillError::TopicRequired);
    }
    briefing.attendees.retain(|a| !a.trim().is_empty());
    if briefing.attendees.is_empty() {
        return Err(DrillError::NoAttendees);
    }
    Ok(())
}

/// The action items a drill's findings call for (those with an action), keyed 「D001-F1」.
pub fn action_items_of(drill_id: &str, result: &DrillResult) -> Vec<ActionItem> {
    result
        .findings
        .iter()
        .filter(|f| !f.action.trim().is_empty())
        .map(|f| ActionItem {
            id: format!("{drill_id}-{}", f.id),
            drill_id: drill_id.to_string(),
            finding: f.text.trim().to_string(),
            action: f.action.trim().to_string(),
            owner: f.owner.trim().to_string(),
            due_on: f.due_on.clone(),
            closed: None,
        })
        .collect()
}

#[cfg(test)]
mod tests;
