//! From a register record, the current outage and its safety checks, to the [`Facts`] the priority
//! rules read, at a given `now`. The power estimate drains from the outage's start (or from the last
//! reported battery level, if later); a reported level is taken as the charge of the battery feeding
//! the ventilator first in the record (usually the internal one) — an assumption, said in the workings.

use super::DeviceClass;
use super::outage::{Condition, DeviceState, OutageDeclaration, SafetyCheck};
use super::power::{DeviceHours, hours_left, oxygen_hours};
use super::priority::{Facts, Outage};
use super::record::{Living, PatientRecord, Substitute};
use chrono::{DateTime, Utc};
use std::borrow::Cow;

/// Facts plus the power workings behind them (shown with the reasons).
pub struct Derived {
    pub facts: Facts,
    pub power: Vec<DeviceHours>,
}

fn parse(at: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(at).ok().map(|d| d.with_timezone(&Utc))
}

fn hours_between(from: DateTime<Utc>, to: DateTime<Utc>) -> f64 {
    ((to - from).num_seconds() as f64 / 3600.0).max(0.0)
}

/// An outage declaration with its start read once (not once per patient of a register).
pub struct Declared<'a> {
    pub declaration: &'a OutageDeclaration,
    pub onset: Option<DateTime<Utc>>,
}

impl<'a> Declared<'a> {
    pub fn new(declaration: &'a OutageDeclaration) -> Self {
        Declared { declaration, onset: parse(&declaration.started_at) }
    }
}

/// `checks` are the outage's safety checks of this patient (others are ignored): ranking a whole
/// register groups them once rather than scanning every check for every patient.
pub fn derive(
    record: &PatientRecord,
    outage: Option<&Declared>,
    checks: &[&SafetyCheck],
    now: DateTime<Utc>,
) -> Derived {
    let declared = outage.filter(|o| o.declaration.covers(record.municipality.as_deref()));
    let onset = declared.and_then(|o| o.onset);
    let outage = declared.map(|o| o.declaration);
    let mine: Vec<&SafetyCheck> = checks.iter().copied().filter(|c| c.patient_id == record.id).collect();
    let since_onset = |c: &&&SafetyCheck| onset.is_none_or(|o| parse(&c.at).is_some_and(|at| at >= o));
    let last_reached = mine.iter().filter(since_onset).filter(|c| c.reached).max_by_key(|c| parse(&c.at));
    let last_battery = last_reached.filter(|c| c.battery_pct.is_some());

    // The battery in use drains from the outage's start, or from the last reported level of it.
    // Copied only when a reported level replaces the record's (rarely: most patients have none).
    let mut sources = Cow::Borrowed(record.power_sources.as_slice());
    let ventilator = record
        .devices
        .iter()
        .find(|d| matches!(d.device.class, DeviceClass::InvasiveVentilator | DeviceClass::Nppv))
        .map(|d| d.device.id.clone());
    let drained = match (onset, last_battery) {
        (Some(_), Some(check)) => {
            if let Some(source) =
                sources.to_mut().iter_mut().find(|s| ventilator.as_ref().is_some_and(|v| s.feeds.contains(v)))
            {
                source.state_of_charge = check.battery_pct.map(|p| f64::from(p) / 100.0);
            }
            parse(&check.at).map_or(0.0, |at| hours_between(at, now))
        }
        (Some(start), None) => hours_between(start, now),
        (None, _) => 0.0,
    };
    let devices: Vec<&super::power::Device> = record.devices.iter().map(|d| &d.device).collect();
    let power = hours_left(&devices, &sources, drained);
    let power_hours_left = power
        .iter()
        .filter(|d| matches!(d.class, DeviceClass::InvasiveVentilator | DeviceClass::Nppv))
        .map(|d| d.hours)
        .reduce(f64::min);
    let oxygen_hours_left = record.oxygen.as_ref().map(|o| {
        let flow = o.flow_day_lpm.max(o.flow_night_lpm);
        let full = oxygen_hours(&o.cylinders, flow, o.demand_valve);
        (full - onset.map_or(0.0, |start| hours_between(start, now))).max(0.0)
    });
    let caregivers = &record.caregivers;
    let vulnerable = record.living == Living::Alone
        || (!caregivers.is_empty() && caregivers.iter().all(|c| c.age.is_some_and(|a| a >= 75)))
        || (!caregivers.is_empty() && caregivers.iter().all(|c| !c.night_available));
    let last_check = mine.iter().filter(since_onset).max_by_key(|c| parse(&c.at));
    let plan_overdue = record
        .support_plan_reviewed_on
        .as_deref()
        .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .is_none_or(|d| (now.date_naive() - d).num_days() > 365);
    let facts = Facts {
        invasive_hours_per_day: record.hours_on(DeviceClass::InvasiveVentilator),
        nppv_hours_per_day: record.hours_on(DeviceClass::Nppv),
        oxygen_flow_lpm: record.oxygen.as_ref().map(|o| o.flow_day_lpm.max(o.flow_night_lpm)),
        off_vent_tolerance_min: record.off_vent_tolerance_min,
        power_hours_left,
        oxygen_hours_left: oxygen_hours_left.filter(|_| outage.is_some()),
        backup_beyond_internal: record
            .power_sources
            .iter()
            .any(|s| s.kind != super::power::SourceKind::Internal && !s.feeds.is_empty()),
        manual_suction: record.has_substitute(Substitute::ManualSuction),
        bag_operator_present: caregivers.iter().any(|c| c.can_bag),
        vulnerable_household: vulnerable,
        floor: record.residence.floor,
        lift_needs_power: record.residence.lift_needs_power,
        flood_depth: record.residence.flood_depth,
        landslide_special_zone: record.residence.landslide_special_zone,
        landslide_warning_zone: record.residence.landslide_warning_zone,
        evacuation_order: outage
            .is_some_and(|o| record.municipality.as_ref().is_some_and(|m| o.evacuation_orders.contains(m))),
        outage: if outage.is_some() { Outage::Confirmed } else { Outage::None },
        unreached_minutes: match (onset, last_reached) {
            (Some(start), None) => Some(hours_between(start, now) * 60.0),
            _ => None,
        },
        last_check_alarm: last_check
            .is_some_and(|c| c.condition == Condition::Deteriorated || c.device_state == DeviceState::Failed),
        admission_arranged: record.admission_arranged,
        plan_overdue,
        stale_reading: onset.is_some() && last_battery.is_none() && !record.power_sources.is_empty(),
    };
    Derived { facts, power }
}
