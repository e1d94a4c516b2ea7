//! 要配慮患者台帳: register electricity-dependent patients and list them in priority order with reasons.
//! Every listing and every save is written to the audit log (要配慮個人情報).

use super::{ApiError, timestamp};
use crate::patient::facts::{Declared, derive};
use crate::patient::outage::{OutageDeclaration, SafetyCheck};
use crate::patient::power::DeviceHours;
use crate::patient::priority::{self, Ranking, Tier, config, order};
use crate::patient::record::{PatientRecord, check};
use crate::store::Store;
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::collections::HashMap;

/// Repeated listings within this many minutes are logged once.
const LIST_AUDIT_MINUTES: i64 = 10;

/// One line of the priority list.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct RankedPatient {
    pub id: String,
    pub name: String,
    pub municipality: Option<String>,
    /// The tier used: a clinician's override if recorded, else the computed one.
    pub tier: Tier,
    pub ranking: Ranking,
    pub overridden: bool,
    /// The clinician's override (tier, reason, who), when one is recorded.
    pub tier_override: Option<crate::patient::record::TierOverride>,
    /// Hours of power left for the ventilator (least over devices), if it has one.
    pub power_hours_left: Option<f64>,
    pub oxygen_hours_left: Option<f64>,
    pub unreached_minutes: Option<f64>,
    /// How each device's hours were worked out, with the assumed values.
    pub power: Vec<DeviceHours>,
}

/// The priority list with the outage it was computed for.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct PatientList {
    pub outage: Option<OutageDeclaration>,
    /// RFC 3339: the `now` the countdowns were computed at.
    pub computed_at: String,
    pub patients: Vec<RankedPatient>,
    /// The threshold file's version (every number in it is a default of ours).
    pub config_version: String,
}

/// The list as the screen shows it (audited like `ranked`).
pub fn list(store: &mut Store, now: DateTime<Utc>) -> Result<PatientList, ApiError> {
    let patients = ranked(store, now)?;
    Ok(PatientList {
        outage: store.open_outage()?.map(|(_, d)| d),
        computed_at: timestamp(now),
        patients,
        config_version: config().map_err(ApiError::Priority)?.version,
    })
}

/// One record, for the editor and the support plan (audited).
pub fn get(store: &mut Store, id: &str, now: DateTime<Utc>) -> Result<PatientRecord, ApiError> {
    let record = store.patient(id)?.ok_or_else(|| ApiError::NoSuchPatient(id.into()))?;
    store.audit(&timestamp(now), "patient.view", id, "")?;
    Ok(record)
}

/// The safety checks of the open outage, oldest first (the timeline).
pub fn checks(store: &Store) -> Result<Vec<SafetyCheck>, ApiError> {
    match store.open_outage()? {
        Some((id, _)) => Ok(store.safety_checks(id)?),
        None => Ok(vec![]),
    }
}

/// Saves a record (a new one gets the next id). A malformed record is refused and nothing changes.
pub fn save(store: &mut Store, record: PatientRecord, now: DateTime<Utc>) -> Result<String, ApiError> {
    check(&record)?;
    if let Some(m) = &record.municipality {
        let known = store.regions()?.is_some_and(|r| r.place_of(m).is_some());
        if !known {
            return Err(ApiError::UnknownMunicipality(m.clone()));
        }
    }
    let at = timestamp(now);
    store.atomically(|store| {
        let id = store.save_patient(&record, &at)?;
        store.audit(&at, "patient.save", &id, "")?;
        Ok::<String, ApiError>(id)
    })
}

/// The register in priority order at `now`, during the open outage if there is one. Audited.
pub fn ranked(store: &mut Store, now: DateTime<Utc>) -> Result<Vec<RankedPatient>, ApiError> {
    let config = config().map_err(ApiError::Priority)?;
    let outage = store.open_outage()?;
    let checks = match &outage {
        Some((id, _)) => store.safety_checks(*id)?,
        None => vec![],
    };
    let records = store.patients()?;
    // The response screen refreshes the list every 30 s: one entry per 10 minutes of continuous
    // viewing says who looked and when without burying every other event.
    let recently = store
        .last_audit("patient.list", "*")?
        .and_then(|at| DateTime::parse_from_rfc3339(&at).ok())
        .is_some_and(|at| now.signed_duration_since(at) < chrono::Duration::minutes(LIST_AUDIT_MINUTES));
    if !recently {
        store.audit(&timestamp(now), "patient.list", "*", &format!("{} records", records.len()))?;
    }
    Ok(rank_records(&records, outage.as_ref().map(|(_, d)| d), &checks, now, &config))
}

/// The records in priority order at `now` under `outage` (real, or a drill's hypothetical one). Pure.
pub fn rank_records(
    records: &[PatientRecord],
    outage: Option<&OutageDeclaration>,
    checks: &[SafetyCheck],
    now: DateTime<Utc>,
    config: &priority::PriorityConfig,
) -> Vec<RankedPatient> {
    let mut by_patient: HashMap<&str, Vec<&SafetyCheck>> = HashMap::new();
    for check in checks {
        by_patient.entry(check.patient_id.as_str()).or_default().push(check);
    }
    let declared = outage.map(Declared::new);
    let (facts, power): (Vec<_>, Vec<_>) = records
        .iter()
        .map(|r| derive(r, declared.as_ref(), by_patient.get(r.id.as_str()).map_or(&[], Vec::as_slice), now))
        .map(|d| (d.facts, d.power))
        .unzip();
    // Sorted on a key (tier, score and the facts that break ties), so each row's reasons are built
    // once and moved, never copied: at 10,000 patients the copies were most of the time.
    let items: Vec<(RankedPatient, Ranking, &priority::Facts)> = records
        .iter()
        .zip(&facts)
        .zip(power)
        .map(|((record, facts), power)| {
            let ranking = priority::rank(facts, config);
            // A clinician's recorded tier replaces the computed one for ordering; both are shown.
            let tier = record.tier_override.as_ref().map_or(ranking.tier, |o| o.tier);
            let key = Ranking { tier, score: ranking.score, reasons: vec![], config_version: String::new() };
            let row = RankedPatient {
                id: record.id.clone(),
                name: record.name.clone(),
                municipality: record.municipality.clone(),
                tier,
                ranking,
                overridden: record.tier_override.is_some(),
                tier_override: record.tier_override.clone(),
                power_hours_left: facts.power_hours_left,
                oxygen_hours_left: facts.oxygen_hours_left,
                unreached_minutes: facts.unreached_minutes,
                power,
            };
            (row, key, facts)
        })
        .collect();
    // Ordered by position, then the rows taken out in that order: sorting the rows themselves moved
    // ten thousand large structs around.
    let mut keys: Vec<(usize, Ranking, &priority::Facts)> =
        items.iter().enumerate().map(|(i, (_, key, facts))| (i, key.clone(), *facts)).collect();
    order(&mut keys);
    let mut rows: Vec<Option<RankedPatient>> = items.into_iter().map(|(row, _, _)| Some(row)).collect();
    keys.into_iter().filter_map(|(i, _, _)| rows[i].take()).collect()
}

/// 停電・災害対応を開始: one outage at a time.
pub fn start_outage(
    store: &mut Store,
    declaration: OutageDeclaration,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    if DateTime::parse_from_rfc3339(&declaration.started_at).is_err() {
        return Err(ApiError::BadTime(declaration.started_at));
    }
    if store.open_outage()?.is_some() {
        return Err(ApiError::OutageAlreadyOpen);
    }
    let at = timestamp(now);
    store.atomically(|store| {
        store.start_outage(&declaration)?;
        store.audit(&at, "outage.start", &declaration.started_at, &declaration.municipalities.join(","))?;
        Ok::<(), ApiError>(())
    })
}

/// Sets the municipalities under 避難指示 (警戒レベル4+) during the open outage; an empty list lifts
/// them. Patients living there in a deep-flood or landslide zone move up (priority rules P0/P1).
pub fn set_evacuation_orders(
    store: &mut Store,
    municipalities: Vec<String>,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let (id, mut declaration) = store.open_outage()?.ok_or(ApiError::NoOutage)?;
    let regions = store.regions()?;
    if let Some(unknown) =
        municipalities.iter().find(|m| regions.as_ref().is_none_or(|r| r.place_of(m).is_none()))
    {
        return Err(ApiError::UnknownMunicipality(unknown.clone()));
    }
    declaration.evacuation_orders = municipalities;
    let at = timestamp(now);
    store.atomically(|store| {
        store.update_outage(id, &declaration)?;
        store.audit(&at, "outage.evacuation-order", "*", &declaration.evacuation_orders.join(","))?;
        Ok::<(), ApiError>(())
    })
}

/// Records a safety check (安否確認) in the open outage.
pub fn record_check(store: &mut Store, check: SafetyCheck) -> Result<(), ApiError> {
    let (outage, _) = store.open_outage()?.ok_or(ApiError::NoOutage)?;
    if DateTime::parse_from_rfc3339(&check.at).is_err() {
        return Err(ApiError::BadTime(check.at));
    }
    if store.patient(&check.patient_id)?.is_none() {
        return Err(ApiError::NoSuchPatient(check.patient_id));
    }
    if check.battery_pct.is_some_and(|p| p > 100) {
        return Err(ApiError::BadBattery);
    }
    Ok(store.add_safety_check(outage, &check)?)
}

/// Ends the open outage; its checks stay as the record of what happened.
pub fn end_outage(store: &mut Store, now: DateTime<Utc>) -> Result<(), ApiError> {
    let (outage, _) = store.open_outage()?.ok_or(ApiError::NoOutage)?;
    let at = timestamp(now);
    store.atomically(|store| {
        store.end_outage(outage, &at)?;
        store.audit(&at, "outage.end", &outage.to_string(), "")?;
        Ok::<(), ApiError>(())
    })
}
