//! 改訂履歴: fix the plan as 第n版, list versions, compare them, and check the inspector's obligations.

use super::{ApiError, timestamp};
use crate::plan::obligations::{Evidence, Obligation, obligations};
use crate::plan::revision::{Change, Revision, RevisionInput, Snapshot, diff, validate};
use crate::store::Store;
use chrono::{DateTime, NaiveDate, Utc};

/// Fixes the current content as the next version. A rejected input changes nothing.
pub fn revise(
    store: &mut Store,
    input: RevisionInput,
    now: DateTime<Utc>,
) -> Result<Vec<Revision>, ApiError> {
    let input = validate(input)?;
    let row = store.current_plan()?.ok_or(ApiError::NoPlan)?;
    let snapshot = Snapshot {
        guide_version: row.guide_version.clone(),
        scope: row.scope,
        answers: store.answers(row.id)?,
    };
    let json = serde_json::to_string(&snapshot).map_err(|e| ApiError::Snapshot(e.to_string()))?;
    store.add_revision(row.id, &input, &json, &timestamp(now))?;
    Ok(store.revisions(row.id)?)
}

pub fn history(store: &Store) -> Result<Vec<Revision>, ApiError> {
    let row = store.current_plan()?.ok_or(ApiError::NoPlan)?;
    Ok(store.revisions(row.id)?)
}

/// The content of 第n版, or of the working copy for `None`.
pub fn snapshot(store: &Store, number: Option<u32>) -> Result<Snapshot, ApiError> {
    let row = store.current_plan()?.ok_or(ApiError::NoPlan)?;
    match number {
        None => Ok(Snapshot {
            guide_version: row.guide_version,
            scope: row.scope,
            answers: store.answers(row.id)?,
        }),
        Some(n) => {
            let json = store
                .revision_snapshot(row.id, n)?
                .ok_or(ApiError::Revision(crate::plan::revision::RevisionError::NoSuchRevision(n)))?;
            serde_json::from_str(&json).map_err(|e| ApiError::Snapshot(e.to_string()))
        }
    }
}

/// What changed from version `from` to version `to` (`None` = the working copy).
pub fn compare(store: &Store, from: Option<u32>, to: Option<u32>) -> Result<Vec<Change>, ApiError> {
    Ok(diff(&snapshot(store, from)?.answers, &snapshot(store, to)?.answers))
}

/// The inspector's checklist for this organisation, with what evidence is missing.
pub fn obligations_for(store: &Store, today: NaiveDate) -> Result<Vec<Obligation>, ApiError> {
    let organization = store.organization()?.ok_or(ApiError::NoOrganization)?;
    let plan = super::plan::current(store)?;
    let history = match &plan {
        Some(_) => history(store)?,
        None => vec![],
    };
    Ok(obligations(&Evidence {
        guide: super::plan::guide()?,
        kind: organization.kind,
        scope: plan.as_ref().map(|p| p.scope),
        progress: plan.as_ref().map(|p| &p.progress),
        answers: plan.as_ref().map(|p| &p.answers),
        latest_revision: history.last(),
        last_briefing: store
            .briefings()?
            .iter()
            .filter_map(|b| NaiveDate::parse_from_str(&b.held_on, "%Y-%m-%d").ok())
            .max(),
        last_drill: store
            .drills()?
            .iter()
            .filter_map(|d| d.result.as_ref())
            .filter_map(|r| NaiveDate::parse_from_str(&r.held_on, "%Y-%m-%d").ok())
            .max(),
        today,
    }))
}
