//! The register's record of one patient (患者・利用者): everything ventilator.md §2 and §6.1 list that
//! the priority, the countdown and the printed support plan need. Stored as one document per patient;
//! [`check`] refuses a malformed record before anything is written.

use super::DeviceClass;
use super::power::{Device, PowerSource};
use super::priority::{FloodDepth, Tier};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct PatientRecord {
    /// Assigned by the register (P0001 …); empty in a new record.
    #[serde(default)]
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub kana: String,
    /// YYYY-MM-DD
    pub birth_date: Option<String>,
    #[serde(default)]
    pub address: String,
    /// The household's own telephone.
    #[serde(default)]
    pub phone: String,
    /// Asked for by the 避難行動要支援者名簿 (art. 49-10); optional here.
    #[serde(default)]
    pub sex: Option<Sex>,
    /// From the region master.
    pub municipality: Option<String>,
    pub living: Living,
    #[serde(default)]
    pub primary_doctor: String,
    #[serde(default)]
    pub care_manager: String,
    #[serde(default)]
    pub caregivers: Vec<Caregiver>,
    #[serde(default)]
    pub contacts: Vec<Contact>,
    pub residence: Residence,
    #[serde(default)]
    pub devices: Vec<RegisteredDevice>,
    #[serde(default)]
    pub power_sources: Vec<PowerSource>,
    pub oxygen: Option<OxygenSupply>,
    /// How long the patient manages off the ventilator (minutes).
    pub off_vent_tolerance_min: Option<f64>,
    #[serde(default)]
    pub evacuation_destinations: Vec<String>,
    /// 避難支援等実施者 (Basic Act art. 49-14): who helps the patient evacuate.
    #[serde(default)]
    pub evacuation_supporters: Vec<EvacuationSupporter>,
    /// 移動手段 (own car, care taxi, hospital transport …) and how many carry the patient.
    #[serde(default)]
    pub evacuation_transport: String,
    /// 避難経路, as the household would walk or drive it.
    #[serde(default)]
    pub evacuation_route: String,
    #[serde(default)]
    pub admission_arranged: bool,
    #[serde(default)]
    pub power_company_registered: bool,
    #[serde(default)]
    pub consents: Vec<Consent>,
    /// 災害時個別支援計画: last reviewed (YYYY-MM-DD), if one exists.
    pub support_plan_reviewed_on: Option<String>,
    /// A clinician's tier, replacing the computed one, with the reason recorded.
    pub tier_override: Option<TierOverride>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum Living {
    /// 独居
    Alone,
    /// 高齢者のみの世帯
    ElderlyOnly,
    /// 家族と同居
    WithFamily,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum Sex {
    Female,
    Male,
    /// Recorded as the person states it; printed as 「その他」.
    Other,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct EvacuationSupporter {
    pub name: String,
    /// 続柄 or role (近隣住民, 民生委員, 自主防災組織 …).
    pub relation: String,
    #[serde(default)]
    pub address: String,
    pub phone: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Caregiver {
    pub relation: String,
    pub age: Option<u32>,
    pub night_available: bool,
    pub can_suction: bool,
    /// Can ventilate with a resuscitation bag (蘇生バッグ).
    pub can_bag: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Contact {
    /// e.g. 機器業者（24時間）, 酸素業者, 受入病院, 家族
    pub role: String,
    pub name: String,
    pub phone: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Residence {
    pub floor: Option<i32>,
    #[serde(default)]
    pub lift_needs_power: bool,
    pub flood_depth: FloodDepth,
    #[serde(default)]
    pub landslide_special_zone: bool,
    #[serde(default)]
    pub landslide_warning_zone: bool,
    #[serde(default)]
    pub tsunami_zone: bool,
    /// Which hazard map and when it was checked.
    #[serde(default)]
    pub hazard_source: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct RegisteredDevice {
    #[serde(flatten)]
    pub device: Device,
    pub hours_per_day: f64,
    /// Non-electric stand-ins the household has: 人工鼻 (HME), 手動吸引器, 酸素ボンベ, 蘇生バッグ.
    #[serde(default)]
    pub substitutes: Vec<Substitute>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum Substitute {
    Hme,
    ManualSuction,
    OxygenCylinder,
    ResuscitationBag,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct OxygenSupply {
    pub flow_day_lpm: f64,
    pub flow_night_lpm: f64,
    /// (litres, how full 0–1) per cylinder at home.
    #[serde(default)]
    pub cylinders: Vec<(f64, f64)>,
    #[serde(default)]
    pub demand_valve: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum ConsentScope {
    /// 連携先（代行訪問など）
    Partners,
    /// 市町村
    Municipality,
    /// 在宅医療の連携拠点
    RegionalBase,
    /// 電力会社
    PowerCompany,
}

impl ConsentScope {
    pub fn label_ja(self) -> &'static str {
        match self {
            ConsentScope::Partners => "連携先（代行訪問など）",
            ConsentScope::Municipality => "市町村",
            ConsentScope::RegionalBase => "在宅医療の連携拠点",
            ConsentScope::PowerCompany => "電力会社",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Consent {
    pub scope: ConsentScope,
    pub granted_on: String,
    pub withdrawn_on: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct TierOverride {
    pub tier: Tier,
    pub reason: String,
    pub by: String,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum RecordError {
    #[error("the patient's name is empty")]
    NameRequired,
    #[error("{0:?} is not a date (YYYY-MM-DD)")]
    BadDate(String),
    #[error("device {0:?} appears twice")]
    DuplicateDevice(String),
    #[error("power source {source_id:?} feeds unknown device {device:?}")]
    UnknownDevice { source_id: String, device: String },
    #[error("{what} must be between {min} and {max}")]
    OutOfRange { what: &'static str, min: f64, max: f64 },
    #[error("a tier override needs a reason and who decided it")]
    OverrideReasonRequired,
}

impl RecordError {
    /// The record's field at fault, as the editor names it (camelCase), so the window can point at it.
    pub fn field(&self) -> &'static str {
        match self {
            RecordError::NameRequired => "name",
            RecordError::BadDate(_) => "dates",
            RecordError::DuplicateDevice(_) => "devices",
            RecordError::UnknownDevice { .. } => "powerSources",
            RecordError::OutOfRange { what, .. } if what.starts_with("hours") => "devices",
            RecordError::OutOfRange { .. } => "powerSources",
            RecordError::OverrideReasonRequired => "tierOverride",
        }
    }
}

/// Checks a record before it is stored (structure, not completeness: a partial record is fine).
pub fn check(record: &PatientRecord) -> Result<(), RecordError> {
    if record.name.trim().is_empty() {
        return Err(RecordError::NameRequired);
    }
    let date = |s: &str| {
        chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .map(|_| ())
            .map_err(|_| RecordError::BadDate(s.into()))
    };
    for d in record.birth_date.iter().chain(&record.support_plan_reviewed_on) {
        date(d)?;
    }
    for c in &record.consents {
        date(&c.granted_on)?;
        if let Some(w) = &c.withdrawn_on {
            date(w)?;
        }
    }
    let range = |what: &'static str, v: f64, min: f64, max: f64| {
        if (min..=max).contains(&v) { Ok(()) } else { Err(RecordError::OutOfRange { what, min, max }) }
    };
    let mut ids = Vec::new();
    for d in &record.devices {
        if ids.contains(&&d.device.id) {
            return Err(RecordError::DuplicateDevice(d.device.id.clone()));
        }
        ids.push(&d.device.id);
        range("hours per day", d.hours_per_day, 0.0, 24.0)?;
    }
    for s in &record.power_sources {
        if let Some(device) = s.feeds.iter().find(|f| !ids.contains(f)) {
            return Err(RecordError::UnknownDevice { source_id: s.id.clone(), device: device.clone() });
        }
        for v in [s.health, s.state_of_charge].into_iter().flatten() {
            range("battery health and charge", v, 0.0, 1.0)?;
        }
    }
    if let Some(o) = &record.tier_override
        && (o.reason.trim().is_empty() || o.by.trim().is_empty())
    {
        return Err(RecordError::OverrideReasonRequired);
    }
    Ok(())
}

impl PatientRecord {
    /// An empty record for `name`: nothing known yet, no hazards recorded.
    pub fn new(name: &str) -> Self {
        PatientRecord {
            id: String::new(),
            name: name.trim().into(),
            kana: String::new(),
            birth_date: None,
            address: String::new(),
            phone: String::new(),
            sex: None,
            municipality: None,
            living: Living::WithFamily,
            primary_doctor: String::new(),
            care_manager: String::new(),
            caregivers: vec![],
            contacts: vec![],
            residence: Residence {
                floor: None,
                lift_needs_power: false,
                flood_depth: FloodDepth::None,
                landslide_special_zone: false,
                landslide_warning_zone: false,
                tsunami_zone: false,
                hazard_source: String::new(),
            },
            devices: vec![],
            power_sources: vec![],
            oxygen: None,
            off_vent_tolerance_min: None,
            evacuation_destinations: vec![],
            evacuation_supporters: vec![],
            evacuation_transport: String::new(),
            evacuation_route: String::new(),
            admission_arranged: false,
            power_company_registered: false,
            consents: vec![],
            support_plan_reviewed_on: None,
            tier_override: None,
        }
    }

    pub fn hours_on(&self, class: DeviceClass) -> Option<f64> {
        self.devices.iter().filter(|d| d.device.class == class).map(|d| d.hours_per_day).reduce(f64::max)
    }

    /// Whether the patient's consent to share with `scope` is in force on `today` (granted on or
    /// before it, not withdrawn by then).
    pub fn consents_to(&self, scope: ConsentScope, today: chrono::NaiveDate) -> bool {
        let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        self.consents.iter().any(|c| {
            c.scope == scope
                && day(&c.granted_on).is_some_and(|g| g <= today)
                && c.withdrawn_on.as_deref().and_then(day).is_none_or(|w| w > today)
        })
    }

    pub fn has_substitute(&self, s: Substitute) -> bool {
        self.devices.iter().any(|d| d.substitutes.contains(&s))
    }
}
