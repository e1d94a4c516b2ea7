//! 訓練・周知: plan drills, run the tabletop on our own data, record results whose findings become
//! action items, close them with a plan revision, record staff briefings; and the reminders that keep
//! the plan current. Drill and briefing records name staff, not patients; the tabletop names patients
//! and is audited like the register.

use super::{ApiError, timestamp};
use crate::drill::scenario::{self, Scenario};
use crate::drill::tabletop::{self, Tabletop, TabletopInput};
use crate::drill::{
    ActionItem, Briefing, Closure, Drill, DrillError, DrillResult, action_items_of, check_briefing,
    check_drill, check_result,
};
use crate::exchange::content::{ExchangeContent, PatientCount};
use crate::plan::Answers;
use crate::reminder::{PartnerPlan, Reminder, Upkeep, reminders};
use crate::store::Store;
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use std::collections::HashMap;

/// Everything the 訓練 screen shows.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct DrillsView {
    pub scenarios: Vec<Scenario>,
    pub drills: Vec<Drill>,
    pub action_items: Vec<ActionItem>,
    pub briefings: Vec<Briefing>,
}

pub fn view(store: &Store) -> Result<DrillsView, ApiError> {
    Ok(DrillsView {
        scenarios: scenario::all().to_vec(),
        drills: store.drills()?,
        action_items: store.action_items()?,
        briefings: store.briefings()?,
    })
}

pub fn get(store: &Store, id: &str) -> Result<Drill, ApiError> {
    store.drill(id)?.ok_or_else(|| DrillError::NoSuchDrill(id.into()).into())
}

/// Plans a drill (empty id) or changes its plan; a result already recorded is kept as it is.
pub fn save(store: &mut Store, mut drill: Drill, now: DateTime<Utc>) -> Result<String, ApiError> {
    let partner_ids: Vec<String> = store.partners()?.into_iter().map(|p| p.id).collect();
    check_drill(&drill, &partner_ids)?;
    drill.result = match drill.id.as_str() {
        "" => None,
        id => get(store, id)?.result,
    };
    Ok(store.save_drill(&drill, &timestamp(now))?)
}

/// Records (or corrects) what happened. Findings with an action become action items; a correction
/// updates the open ones, and refuses to drop a finding whose item a revision already closed.
pub fn record_result(
    store: &mut Store,
    drill_id: &str,
    mut result: DrillResult,
    now: DateTime<Utc>,
) -> Result<Drill, ApiError> {
    let mut drill = get(store, drill_id)?;
    check_result(&mut result)?;
    let wanted = action_items_of(drill_id, &result);
    let existing: Vec<ActionItem> =
        store.action_items()?.into_iter().filter(|i| i.drill_id == drill_id).collect();
    if let Some(closed) =
        existing.iter().find(|old| old.closed.is_some() && !wanted.iter().any(|w| w.id == old.id))
    {
        return Err(DrillError::ClosedFindingRemoved(closed.finding.clone()).into());
    }
    drill.result = Some(result);
    let at = timestamp(now);
    store.atomically(|store| {
        store.save_drill(&drill, &at)?;
        for old in existing.iter().filter(|o| o.closed.is_none() && !wanted.iter().any(|w| w.id == o.id)) {
            store.delete_action_item(&old.id)?;
        }
        for item in &wanted {
            match existing.iter().find(|o| o.id == item.id) {
                // A closed item is history: the revision that closed it answered that text.
                Some(old) if old.closed.is_some() => {}
                _ => store.save_action_item(item, &at)?,
            }
        }
        Ok::<(), ApiError>(())
    })?;
    Ok(drill)
}

/// Closes an action item with the plan version (第n版) that took it in.
pub fn close_action_item(
    store: &mut Store,
    id: &str,
    revision: u32,
    note: String,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Result<ActionItem, ApiError> {
    let mut item = store
        .action_items()?
        .into_iter()
        .find(|i| i.id == id)
        .ok_or_else(|| DrillError::NoSuchActionItem(id.into()))?;
    if item.closed.is_some() {
        return Err(DrillError::AlreadyClosed(id.into()).into());
    }
    if !super::revision::history(store)?.iter().any(|r| r.number == revision) {
        return Err(DrillError::NoSuchRevision(revision).into());
    }
    item.closed = Some(Closure { revision, closed_on: today.to_string(), note: note.trim().to_string() });
    store.save_action_item(&item, &timestamp(now))?;
    Ok(item)
}

/// Records a staff briefing (empty id) or corrects one.
pub fn save_briefing(
    store: &mut Store,
    mut briefing: Briefing,
    now: DateTime<Utc>,
) -> Result<String, ApiError> {
    check_briefing(&mut briefing)?;
    if let Some(n) = briefing.revision {
        let known = match store.current_plan()? {
            Some(_) => super::revision::history(store)?.iter().any(|r| r.number == n),
            None => false,
        };
        if !known {
            return Err(DrillError::NoSuchRevision(n).into());
        }
    }
    Ok(store.save_briefing(&briefing, &timestamp(now))?)
}

/// The tabletop for a drill, on today's register and agreements. Names patients: audited.
pub fn tabletop(store: &mut Store, drill_id: &str, now: DateTime<Utc>) -> Result<Tabletop, ApiError> {
    let drill = get(store, drill_id)?;
    let result = run_tabletop(store, &drill)?;
    store.audit(
        &timestamp(now),
        "drill.tabletop",
        drill_id,
        &format!("{} patients", result.patients.len()),
    )?;
    Ok(result)
}

pub(super) fn run_tabletop(store: &Store, drill: &Drill) -> Result<Tabletop, ApiError> {
    let starts_at = DateTime::parse_from_rfc3339(&drill.starts_at)
        .map_err(|_| ApiError::from(DrillError::BadStart(drill.starts_at.clone())))?;
    let records = store.patients()?;
    let partners = store.partners()?;
    let agreements = store.agreements()?;
    let config = crate::patient::priority::config().map_err(ApiError::Priority)?;
    let partner_counts = partner_counts(store, &partners)?;
    Ok(tabletop::run(&TabletopInput {
        records: &records,
        partners: &partners,
        agreements: &agreements,
        partner_counts: &partner_counts,
        starts_at,
        blackout_hours: drill.blackout_hours,
        office_down: drill.office_down,
        partners_down: &drill.partners_down,
        config: &config,
    }))
}

/// The directory's partners whose plan files we hold, by partner id, with their current content.
fn partner_contents(
    store: &Store,
    partners: &[crate::link::Partner],
) -> Result<Vec<(String, ExchangeContent, String)>, ApiError> {
    let mut out = Vec::new();
    for row in store.current_remote_plans()? {
        let Some(partner) =
            partners.iter().find(|p| p.fingerprint.as_ref().is_some_and(|f| f.0 == row.fingerprint))
        else {
            continue;
        };
        let content = crate::exchange::content::parse(row.content.as_bytes(), true)?;
        out.push((partner.id.clone(), content, row.imported_at));
    }
    Ok(out)
}

fn partner_counts(
    store: &Store,
    partners: &[crate::link::Partner],
) -> Result<HashMap<String, Vec<PatientCount>>, ApiError> {
    Ok(partner_contents(store, partners)?.into_iter().map(|(id, c, _)| (id, c.patient_counts)).collect())
}

fn column_texts(answers: &Answers, step: &str, field: &str, column: &str) -> Vec<String> {
    answers
        .get(step, field)
        .and_then(|v| v.as_array())
        .map(|rows| {
            rows.iter()
                .filter_map(|r| r.get(column).and_then(|c| c.as_str()))
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect()
        })
        .unwrap_or_default()
}

/// Staff names in the plan's roster (step 「職員の連絡先・参集」).
pub(super) fn staff_names(answers: &Answers) -> Vec<String> {
    column_texts(answers, "staff-roster", "staff", "name")
}

fn day_of(rfc3339: &str) -> Option<NaiveDate> {
    DateTime::parse_from_rfc3339(rfc3339).ok().map(|d| d.date_naive())
}

/// The home screen's reminders for `today`.
pub fn reminders_for(store: &Store, today: NaiveDate) -> Result<Vec<Reminder>, ApiError> {
    let plan = store.current_plan()?;
    let (answers, history) = match &plan {
        Some(row) => (Some(store.answers(row.id)?), super::revision::history(store)?),
        None => (None, vec![]),
    };
    let latest = history.last();
    let staff_at_revision = match latest {
        Some(r) => Some(staff_names(&super::revision::snapshot(store, Some(r.number))?.answers)),
        None => None,
    };
    let stock = answers
        .as_ref()
        .and_then(|a| a.get("stockpile", "stock"))
        .and_then(|v| v.as_array())
        .map(|rows| {
            rows.iter()
                .filter_map(|r| {
                    let item = r.get("item")?.as_str()?.trim().to_string();
                    let expiry = NaiveDate::parse_from_str(r.get("expiry")?.as_str()?, "%Y-%m-%d").ok()?;
                    Some((item, expiry))
                })
                .collect()
        })
        .unwrap_or_default();
    let with_devices: Vec<String> =
        store.patients()?.into_iter().filter(|p| !p.devices.is_empty()).map(|p| p.id).collect();
    let patient_data = store
        .patients_updated_at()?
        .into_iter()
        .filter(|(id, _)| with_devices.contains(id))
        .filter_map(|(id, at)| Some((id, day_of(&at)?)))
        .collect();
    let partners = store.partners()?;
    let agreements = store.agreements()?;
    let contents = partner_contents(store, &partners)?;
    let partner_plans = contents
        .iter()
        .filter_map(|(_, content, imported_at)| {
            Some(PartnerPlan {
                sender: &content.organization.name,
                revision: content.plan.as_ref().and_then(|p| p.revision),
                imported_on: day_of(imported_at)?,
            })
        })
        .collect();
    let drills = store.drills()?;
    let briefings = store.briefings()?;
    let action_items = store.action_items()?;
    Ok(reminders(&Upkeep {
        today,
        has_plan: plan.is_some(),
        latest_revision: latest,
        staff_now: answers.as_ref().map(staff_names).unwrap_or_default(),
        staff_at_revision,
        drills_held: drills
            .iter()
            .filter_map(|d| d.result.as_ref())
            .filter_map(|r| NaiveDate::parse_from_str(&r.held_on, "%Y-%m-%d").ok())
            .collect(),
        briefings: &briefings,
        partners: &partners,
        agreements: &agreements,
        stock,
        patient_data,
        partner_plans,
        action_items: &action_items,
    }))
}
