//! 改訂: fixing the plan's content as 第n版, and comparing two versions.

use super::{Answers, PlanScope};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The plan's content as it was when a revision was made.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Snapshot {
    pub guide_version: String,
    pub scope: PlanScope,
    pub answers: Answers,
}

/// What the user states when fixing a version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct RevisionInput {
    /// 改訂日, YYYY-MM-DD.
    pub revised_on: String,
    /// 改訂理由, e.g. 「新規作成」「訓練の結果を反映」.
    pub reason: String,
    /// 承認者
    pub approver: String,
    /// 次回見直し期限, YYYY-MM-DD.
    pub next_review_due: Option<String>,
}

/// One entry of the revision history (without its snapshot).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Revision {
    pub number: u32,
    pub revised_on: String,
    pub reason: String,
    pub approver: String,
    pub next_review_due: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RevisionError {
    #[error("the revision date {0:?} is not a date (YYYY-MM-DD)")]
    BadDate(String),
    #[error("the next review date {0:?} is not a date (YYYY-MM-DD)")]
    BadReviewDate(String),
    #[error("the next review date is before the revision date")]
    ReviewBeforeRevision,
    #[error("the reason for the revision is empty")]
    ReasonRequired,
    #[error("the approver is empty")]
    ApproverRequired,
    #[error("revision {0} does not exist")]
    NoSuchRevision(u32),
}

/// Checks and trims what the user typed.
pub fn validate(input: RevisionInput) -> Result<RevisionInput, RevisionError> {
    let date = |s: &str| chrono::NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok();
    let revised = date(&input.revised_on).ok_or_else(|| RevisionError::BadDate(input.revised_on.clone()))?;
    let next = match input.next_review_due.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        Some(s) => Some(date(s).ok_or_else(|| RevisionError::BadReviewDate(s.to_string()))?),
        None => None,
    };
    if next.is_some_and(|n| n < revised) {
        return Err(RevisionError::ReviewBeforeRevision);
    }
    let reason = input.reason.trim().to_string();
    let approver = input.approver.trim().to_string();
    if reason.is_empty() {
        return Err(RevisionError::ReasonRequired);
    }
    if approver.is_empty() {
        return Err(RevisionError::ApproverRequired);
    }
    Ok(RevisionInput {
        revised_on: revised.to_string(),
        reason,
        approver,
        next_review_due: next.map(|n| n.to_string()),
    })
}

/// One field that differs between two versions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Change {
    pub step_id: String,
    pub field_id: String,
    pub before: Option<Value>,
    pub after: Option<Value>,
}

/// Fields whose answer differs, in step then field order (by id). Blank and missing are equal.
pub fn diff(before: &Answers, after: &Answers) -> Vec<Change> {
    let mut keys: Vec<(&String, &String)> = before
        .0
        .iter()
        .chain(after.0.iter())
        .flat_map(|(step, fields)| fields.keys().map(move |f| (step, f)))
        .collect();
    keys.sort();
    keys.dedup();
    let meaningful = |v: Option<&Value>| v.filter(|v| !super::value::is_blank(v)).cloned();
    keys.into_iter()
        .filter_map(|(step, field)| {
            let (b, a) = (meaningful(before.get(step, field)), meaningful(after.get(step, field)));
            (b != a).then(|| Change { step_id: step.clone(), field_id: field.clone(), before: b, after: a })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn input(revised_on: &str, next: Option<&str>, reason: &str, approver: &str) -> RevisionInput {
        RevisionInput {
            revised_on: revised_on.into(),
            reason: reason.into(),
            approver: approver.into(),
            next_review_due: next.map(Into::into),
        }
    }

    #[test]
    fn revision_input_rules() {
        let table: &[(RevisionInput, Result<(), RevisionError>)] = &[
            (input("2026-11-25", Some("2027-11-24"), "新規作成", "管理者 山田"), Ok(())),
            (input("2026-11-25", None, " 訓練結果の反映 ", "山田"), Ok(())),
            (
                input("令和8年11月25日", None, "新規作成", "山田"),
                Err(RevisionError::BadDate("令和8年11月25日".into())),
            ),
            (
                input("2026-11-25", Some("2026-11-24"), "新規作成", "山田"),
                Err(RevisionError::ReviewBeforeRevision),
            ),
            (input("2026-11-25", None, "  ", "山田"), Err(RevisionError::ReasonRequired)),
            (input("2026-11-25", None, "新規作成", ""), Err(RevisionError::ApproverRequired)),
        ];
        for (given, want) in table {
            assert_eq!(validate(given.clone()).map(|_| ()), *want, "{given:?}");
        }
        assert_eq!(
            validate(input("2026-11-25", None, " 訓練結果の反映 ", "山田")).map(|r| r.reason),
            Ok("訓練結果の反映".into())
        );
    }

    #[test]
    fn diff_lists_added_removed_and_changed_fields() {
        let mut a = Answers::default();
        a.set("basic-policy", "principles", json!(["安全第一"]));
        a.set("risks", "estimate", json!("震度6弱"));
        a.set("scope", "hours", json!("  "));
        let mut b = a.clone();
        b.set("risks", "estimate", json!("震度6強"));
        b.set("basic-policy", "principles", serde_json::Value::Null);
        b.set("stockpile", "target", json!("week"));
        let changes = diff(&a, &b);
        let summary: Vec<(&str, &str, bool, bool)> = changes
            .iter()
            .map(|c| (c.step_id.as_str(), c.field_id.as_str(), c.before.is_some(), c.after.is_some()))
            .collect();
        assert_eq!(
            summary,
            [
                ("basic-policy", "principles", true, false),
                ("risks", "estimate", true, true),
                ("stockpile", "target", false, true),
            ],
            "blank-to-missing (scope/hours) is no change"
        );
        assert!(diff(&a, &a).is_empty());
    }
}
