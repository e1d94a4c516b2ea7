//! 機関型BCP: start a plan, answer the guide's fields as the user types, and see what is missing.

use super::{ApiError, timestamp};
use crate::guide::{self, Guide};
use crate::plan::insights::{Insight, insights, register_counts};
use crate::plan::progress::{Progress, progress};
use crate::plan::{Answers, PlanScope, value};
use crate::store::Store;
use crate::store::plans::PlanRow;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// A plan with its answers and completeness, as the wizard shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct PlanView {
    pub guide_version: String,
    pub scope: PlanScope,
    /// The step to reopen (resume where the user left off).
    pub last_step: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    pub answers: Answers,
    pub progress: Progress,
    /// Numbers the answers imply (stock against target, staff who can assemble), per field.
    pub insights: Vec<Insight>,
}

/// What a saved answer changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct AnswerSaved {
    pub updated_at: String,
    pub progress: Progress,
    pub insights: Vec<Insight>,
}

/// The guide this app writes plans against.
pub fn guide() -> Result<&'static Guide, ApiError> {
    guide::embedded().map_err(|e| ApiError::Guide(e.clone()))
}

pub fn current(store: &Store) -> Result<Option<PlanView>, ApiError> {
    let Some(row) = store.current_plan()? else { return Ok(None) };
    Ok(Some(view(store, row)?))
}

/// Starts the organisation's plan (or returns the existing one unchanged).
pub fn start(store: &mut Store, scope: PlanScope, now: DateTime<Utc>) -> Result<PlanView, ApiError> {
    if let Some(existing) = current(store)? {
        return Ok(existing);
    }
    let row = store.create_plan(&guide()?.version, scope, &timestamp(now))?;
    view(store, row)
}

pub fn set_scope(store: &mut Store, scope: PlanScope, now: DateTime<Utc>) -> Result<PlanView, ApiError> {
    let row = store.current_plan()?.ok_or(ApiError::NoPlan)?;
    store.set_plan_scope(row.id, scope, &timestamp(now))?;
    current(store)?.ok_or(ApiError::NoPlan)
}

/// Saves one field's value (`null` clears it). A value of the wrong shape is refused and nothing changes.
pub fn save_answer(
    store: &mut Store,
    step_id: &str,
    field_id: &str,
    value: serde_json::Value,
    now: DateTime<Utc>,
) -> Result<AnswerSaved, ApiError> {
    let guide = guide()?;
    let field = guide
        .step(step_id)
        .and_then(|s| s.field(field_id))
        .ok_or_else(|| ApiError::UnknownField { step: step_id.into(), field: field_id.into() })?;
    value::check(&field.shape, &value).map_err(|error| ApiError::InvalidAnswer {
        step: step_id.into(),
        field: field_id.into(),
        error,
    })?;
    let row = store.current_plan()?.ok_or(ApiError::NoPlan)?;
    let at = timestamp(now);
    store.save_answer(row.id, step_id, field_id, &value, &at)?;
    let plan = current(store)?.ok_or(ApiError::NoPlan)?;
    Ok(AnswerSaved { updated_at: at, progress: plan.progress, insights: plan.insights })
}

/// Remembers the step the user opened, so the wizard resumes there.
pub fn visit_step(store: &mut Store, step_id: &str) -> Result<(), ApiError> {
    if guide()?.step(step_id).is_none() {
        return Err(ApiError::UnknownField { step: step_id.into(), field: String::new() });
    }
    let row = store.current_plan()?.ok_or(ApiError::NoPlan)?;
    Ok(store.set_last_step(row.id, step_id)?)
}

fn view(store: &Store, row: PlanRow) -> Result<PlanView, ApiError> {
    let organization = store.organization()?.ok_or(ApiError::NoOrganization)?;
    let answers: Answers = store.answers(row.id)?;
    let progress = progress(guide()?, organization.kind, row.scope.hazards(), &answers);
    Ok(PlanView {
        guide_version: row.guide_version,
        scope: row.scope,
        last_step: row.last_step,
        created_at: row.created_at,
        updated_at: row.updated_at,
        insights: insights(&answers).into_iter().chain(register_counts(&store.patients()?)).collect(),
        answers,
        progress,
    })
}
