//! Completeness (充足度) explained item by item: per step and overall, counted separately for required
//! and recommended fields, with a [`Gap`] naming every field that is not yet filled and why.

use super::Answers;
use super::value::{GapReason, gap};
use crate::guide::{Guide, Hazard, Requirement};
use crate::organization::OrganizationKind;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Tally {
    pub filled: u32,
    pub total: u32,
}

impl Tally {
    fn add(&mut self, filled: bool) {
        self.total += 1;
        self.filled += u32::from(filled);
    }

    pub fn is_complete(self) -> bool {
        self.filled == self.total
    }

    /// Whole percent, rounded down so that 99.6 % never shows as 100 %.
    pub fn percent(self) -> u32 {
        (self.filled * 100).checked_div(self.total).unwrap_or(100)
    }
}

/// A field that is not filled yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Gap {
    pub step_id: String,
    pub field_id: String,
    pub requirement: Requirement,
    pub reason: GapReason,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct StepProgress {
    pub step_id: String,
    /// False when the step is not part of this plan (other hazard scope or organisation kind).
    pub applies: bool,
    pub required: Tally,
    pub recommended: Tally,
    pub gaps: Vec<Gap>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Progress {
    pub steps: Vec<StepProgress>,
    pub required: Tally,
    pub recommended: Tally,
    /// The first required gap in wizard order, else the first recommended one: 「次の未記入」.
    pub next_gap: Option<Gap>,
}

pub fn progress(guide: &Guide, kind: OrganizationKind, covered: &[Hazard], answers: &Answers) -> Progress {
    let mut steps = Vec::with_capacity(guide.steps.len());
    let (mut required, mut recommended) = (Tally::default(), Tally::default());
    for step in &guide.steps {
        let applies = step.applies(kind, covered);
        let mut sp = StepProgress {
            step_id: step.id.clone(),
            applies,
            required: Tally::default(),
            recommended: Tally::default(),
            gaps: vec![],
        };
        if applies {
            for field in step.fields.iter().filter(|f| f.applies(covered)) {
                let level = field.requirement_for(kind);
                let tally = match level {
                    Requirement::Required => &mut sp.required,
                    Requirement::Recommended => &mut sp.recommended,
                    Requirement::Optional => continue,
                };
                let reason = gap(&field.shape, answers.get(&step.id, &field.id));
                tally.add(reason.is_none());
                if let Some(reason) = reason {
                    sp.gaps.push(Gap {
                        step_id: step.id.clone(),
                        field_id: field.id.clone(),
                        requirement: level,
                        reason,
                    });
                }
            }
        }
        required.filled += sp.required.filled;
        required.total += sp.required.total;
        recommended.filled += sp.recommended.filled;
        recommended.total += sp.recommended.total;
        steps.push(sp);
    }
    let first =
        |level: Requirement| steps.iter().flat_map(|s| &s.gaps).find(|g| g.requirement == level).cloned();
    let next_gap = first(Requirement::Required).or_else(|| first(Requirement::Recommended));
    Progress { steps, required, recommended, next_gap }
}

/// The gap as one Japanese sentence, for the command line and printed gap lists:
/// 「基本方針 › 基本方針：1項目以上の記入が必要です（現在0項目）」.
pub fn describe_ja(gap: &Gap, guide: &Guide) -> String {
    let step = guide.step(&gap.step_id);
    let field = step.and_then(|s| s.field(&gap.field_id));
    let step_title = step.map_or(gap.step_id.as_str(), |s| s.title.ja.as_str());
    let field_label = field.map_or(gap.field_id.as_str(), |f| f.label.ja.as_str());
    let what = match &gap.reason {
        GapReason::Empty => "未記入です".to_string(),
        GapReason::TooFewItems { have, need } => format!("{need}項目以上の記入が必要です（現在{have}項目）"),
        GapReason::TooFewRows { have, need } => format!("{need}行以上の記入が必要です（現在{have}行）"),
        GapReason::IncompleteRow { row, column } => {
            let column_label = match field.map(|f| &f.shape) {
                Some(crate::guide::Shape::Table { columns, .. }) => {
                    columns.iter().find(|c| &c.id == column).map_or(column.as_str(), |c| c.label.ja.as_str())
                }
                _ => column.as_str(),
            };
            format!("{row}行目の「{column_label}」が未記入です")
        }
        GapReason::TooFewFilledRows { have, need } => format!("{need}行以上の記入が必要です（現在{have}行）"),
    };
    let level = match gap.requirement {
        Requirement::Required => "必須",
        Requirement::Recommended => "推奨",
        Requirement::Optional => "任意",
    };
    format!("［{level}］{step_title} › {field_label}：{what}")
}
