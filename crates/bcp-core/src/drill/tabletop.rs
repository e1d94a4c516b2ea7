//! 机上訓練 on the organisation's own data: "a blackout of N hours from T0, these partners down" →
//! which electricity-dependent patients pass their power limit and when, who visits them, and who
//! bridges the gap (機器・電源の貸出, 入院受入) under the agreements — with the reason for each answer.
//!
//! Rules (ours; the guide describes the drill, not this arithmetic):
//! - A patient's limit is the least of the ventilators' battery hours and the oxygen cylinders' hours
//!   at T0, worked out as the register does during an outage (`patient::facts`), fully as recorded.
//! - Capacity (`capacity_patients`) is handed out in order of who runs out first; an agreement with no
//!   stated capacity is not limited, and that is said.
//! - A partner that is down gives no help; if we provide backup visits to it, its patients (counts from
//!   its last imported plan file) become our extra load.

use super::super::link::{Agreement, AgreementKind, Direction, Partner};
use crate::exchange::content::PatientCount;
use crate::guide::Text;
use crate::patient::DeviceClass;
use crate::patient::facts::{Declared, derive};
use crate::patient::outage::OutageDeclaration;
use crate::patient::priority::{PriorityConfig, Tier, rank};
use crate::patient::record::PatientRecord;
use chrono::{DateTime, Duration, FixedOffset};
use serde::Serialize;
use std::collections::HashMap;

pub struct TabletopInput<'a> {
    pub records: &'a [PatientRecord],
    pub partners: &'a [Partner],
    pub agreements: &'a [Agreement],
    /// Patient counts from each partner's newest imported plan, by partner id.
    pub partner_counts: &'a HashMap<String, Vec<PatientCount>>,
    pub starts_at: DateTime<FixedOffset>,
    pub blackout_hours: f64,
    pub office_down: bool,
    pub partners_down: &'a [String],
    pub config: &'a PriorityConfig,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Tabletop {
    pub blackout_hours: f64,
    /// RFC 3339, in the drill's offset.
    pub starts_at: String,
    pub ends_at: String,
    /// Every patient with a life-critical device, the first to run out first.
    pub patients: Vec<TabletopPatient>,
    /// How many pass their limit before power returns.
    pub running_out: u32,
    /// Of those, how many nobody can bridge.
    pub uncovered: u32,
    /// How many nobody can visit (only when our office is down).
    pub unvisited: u32,
    pub extra_load: Vec<PartnerLoad>,
    /// Agreements the run relied on that state no capacity.
    pub notes: Vec<Text>,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct TabletopPatient {
    pub id: String,
    pub name: String,
    pub municipality: Option<String>,
    pub tier: Tier,
    /// Hours the life-critical devices last from T0; `None` when none can be worked out.
    pub limit_hours: Option<f64>,
    /// RFC 3339 when the limit falls inside the blackout.
    pub runs_out_at: Option<String>,
    pub runs_out: bool,
    pub visit: Cover,
    /// For patients who run out: what bridges the gap.
    pub bridge: Option<Cover>,
    pub reasons: Vec<Text>,
}

/// Who does it, under what.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum CoverBy {
    /// Our own staff.
    Us,
    /// A partner under an agreement.
    Partner,
    /// The patient's own admission arrangement (recorded in the register).
    OwnArrangement,
    Nobody,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Cover {
    pub by: CoverBy,
    /// For `Partner`: who, and under which agreement.
    pub partner_id: Option<String>,
    pub partner_name: Option<String>,
    pub agreement_id: Option<String>,
    pub kind: Option<AgreementKind>,
}

impl Cover {
    fn plain(by: CoverBy) -> Cover {
        Cover { by, partner_id: None, partner_name: None, agreement_id: None, kind: None }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct PartnerLoad {
    pub partner_id: String,
    pub partner_name: String,
    /// Their electricity-dependent patients in the agreement's areas, from their last file.
    pub patients: Option<u32>,
    pub capacity: Option<u32>,
    pub reason: Text,
}

fn t(ja: impl Into<String>, en: impl Into<String>) -> Text {
    Text { ja: ja.into(), en: en.into() }
}

fn life_critical(record: &PatientRecord) -> Vec<DeviceClass> {
    record.devices.iter().map(|d| d.device.class).filter(|c| c.is_life_critical()).collect()
}

fn helps_us(a: &Agreement) -> bool {
    matches!(a.direction, Direction::TheyProvide | Direction::Mutual)
}

fn covers(a: &Agreement, municipality: Option<&str>, classes: &[DeviceClass]) -> bool {
    let area = a.areas.is_empty() || municipality.is_some_and(|m| a.areas.iter().any(|x| x == m));
    let device = a.device_classes.is_empty() || classes.iter().any(|c| a.device_classes.contains(c));
    area && device
}

struct Capacity<'a> {
    left: HashMap<&'a str, Option<u32>>,
}

impl<'a> Capacity<'a> {
    /// Takes one place from the first agreement of `kind` that helps us, is not down and covers the
    /// patient; `None` when there is none.
    fn take(
        &mut self,
        input: &'a TabletopInput,
        kind: AgreementKind,
        record: &PatientRecord,
        classes: &[DeviceClass],
        notes: &mut Vec<Text>,
    ) -> Option<Cover> {
        for a in input.agreements.iter().filter(|a| a.kind == kind && helps_us(a)) {
            if input.partners_down.contains(&a.partner_id)
                || !covers(a, record.municipality.as_deref(), classes)
            {
                continue;
            }
            let Some(partner) = input.partners.iter().find(|p| p.id == a.partner_id) else { continue };
            let left = self.left.entry(a.id.as_str()).or_insert(a.capacity_patients);
            match left {
                Some(0) => continue,
                Some(n) => *n -= 1,
                None => {
                    let note = t(
                        format!(
                            "{}との{}の協定には受入人数の定めがないため、人数の上限なしとして計算しました。",
                            partner.name,
                            kind.label_ja()
                        ),
                        format!(
                            "The {} agreement with {} states no capacity; it was taken as unlimited.",
                            kind.label_ja(),
                            partner.name
                        ),
                    );
                    if !notes.contains(&note) {
                        notes.push(note);
                    }
                }
            }
            return Some(Cover {
                by: CoverBy::Partner,
                partner_id: Some(partner.id.clone()),
                partner_name: Some(partner.name.clone()),
                agreement_id: Some(a.id.clone()),
                kind: Some(kind),
            });
        }
        None
    }
}

/// 「45」 for whole hours, 「4.8」 otherwise.
fn hours_label(h: f64) -> String {
    if h.fract() == 0.0 { format!("{h:.0}") } else { format!("{h:.1}") }
}

pub fn run(input: &TabletopInput) -> Tabletop {
    let start_utc = input.starts_at.to_utc();
    let outage = OutageDeclaration {
        started_at: input.starts_at.to_rfc3339(),
        municipalities: vec![],
        note: String::new(),
        evacuation_orders: vec![],
    };
    let at = |hours: f64| {
        (input.starts_at + Duration::seconds((hours * 3600.0).round() as i64))
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
    };
    struct Row<'r> {
        record: &'r PatientRecord,
        classes: Vec<DeviceClass>,
        tier: Tier,
        limit: Option<f64>,
        reasons: Vec<Text>,
    }
    let mut rows: Vec<Row> = input
        .records
        .iter()
        .filter_map(|record| {
            let classes = life_critical(record);
            if classes.is_empty() {
                return None;
            }
            let derived = derive(record, Some(&Declared::new(&outage)), &[], start_utc);
            let ranking = rank(&derived.facts, input.config);
            let tier = record.tier_override.as_ref().map_or(ranking.tier, |o| o.tier);
            let mut reasons = Vec::new();
            let power = derived.facts.power_hours_left;
            let oxygen = if classes.contains(&DeviceClass::OxygenConcentrator) {
                match &record.oxygen {
                    Some(o) => Some(crate::patient::power::oxygen_hours(
                        &o.cylinders,
                        o.flow_day_lpm.max(o.flow_night_lpm),
                        o.demand_valve,
                    )),
                    None => {
                        reasons.push(t(
                            "酸素濃縮器を使っているが酸素ボンベの記録がないため、停電と同時に酸素が止まるとみなしました。",
                            "Uses an oxygen concentrator with no cylinders recorded: taken as out of oxygen when the power fails.",
                        ));
                        Some(0.0)
                    }
                }
            } else {
                None
            };
            if let Some(p) = power {
                reasons.push(t(
                    format!("人工呼吸器の電源：開始時点で{}時間もつ（台帳の電源の記録から）。", hours_label(p)),
                    format!("Ventilator power: {} h from the start (from the register's power sources).", hours_label(p)),
                ));
            }
            if let Some(o) = oxygen.filter(|_| record.oxygen.is_some()) {
                reasons.push(t(
                    format!("酸素ボンベ：{}時間もつ。", hours_label(o)),
                    format!("Oxygen cylinders: {} h.", hours_label(o)),
                ));
            }
            let limit = [power, oxygen].into_iter().flatten().reduce(f64::min);
            Some(Row { record, classes, tier, limit, reasons })
        })
        .collect();
    rows.sort_by(|a, b| {
        let key = |r: &Row| r.limit.unwrap_or(f64::INFINITY);
        key(a).total_cmp(&key(b)).then(a.tier.cmp(&b.tier)).then(a.record.id.cmp(&b.record.id))
    });

    let mut capacity = Capacity { left: HashMap::new() };
    let mut notes = Vec::new();
    let mut patients = Vec::new();
    for row in rows {
        let Row { record, classes, tier, limit, mut reasons } = row;
        let runs_out = limit.is_none_or(|h| h < input.blackout_hours) && input.blackout_hours > 0.0;
        if runs_out {
            let when = limit.unwrap_or(0.0);
            reasons.push(t(
                format!(
                    "停電{}時間のうちに電源が切れる：開始から{}時間後。",
                    hours_label(input.blackout_hours),
                    hours_label(when)
                ),
                format!(
                    "Runs out within the {} h blackout: {} h after the start.",
                    hours_label(input.blackout_hours),
                    hours_label(when)
                ),
            ));
        }
        let visit = if input.office_down {
            match capacity.take(input, AgreementKind::BackupVisits, record, &classes, &mut notes) {
                Some(cover) => cover,
                None => {
                    reasons.push(t(
                        "当事業所は訪問できない想定で、代行訪問の協定（稼働中・地域と機器が合うもの・受入枠あり）がありません。",
                        "Our office is down and no working backup-visit agreement covers this area and device with room left.",
                    ));
                    Cover::plain(CoverBy::Nobody)
                }
            }
        } else {
            Cover::plain(CoverBy::Us)
        };
        let bridge = runs_out.then(|| {
            if record.admission_arranged {
                return Cover::plain(CoverBy::OwnArrangement);
            }
            for kind in [AgreementKind::Lending, AgreementKind::Admission] {
                if let Some(cover) = capacity.take(input, kind, record, &classes, &mut notes) {
                    return cover;
                }
            }
            reasons.push(t(
                "電源の貸出・入院受入の協定（稼働中・地域と機器が合うもの・受入枠あり）がなく、入院先の調整も台帳にありません。",
                "No working lending or admission agreement covers this patient with room left, and no admission is arranged.",
            ));
            Cover::plain(CoverBy::Nobody)
        });
        patients.push(TabletopPatient {
            id: record.id.clone(),
            name: record.name.clone(),
            municipality: record.municipality.clone(),
            tier,
            limit_hours: limit,
            runs_out_at: if runs_out { Some(at(limit.unwrap_or(0.0))) } else { None },
            runs_out,
            visit,
            bridge,
            reasons,
        });
    }

    let extra_load = input
        .agreements
        .iter()
        .filter(|a| a.kind == AgreementKind::BackupVisits)
        .filter(|a| matches!(a.direction, Direction::WeProvide | Direction::Mutual))
        .filter(|a| input.partners_down.contains(&a.partner_id))
        .filter_map(|a| {
            let partner = input.partners.iter().find(|p| p.id == a.partner_id)?;
            let counted = input.partner_counts.get(&a.partner_id).map(|counts| {
                counts
                    .iter()
                    .filter(|c| c.device_class.is_some_and(|d| d.is_life_critical()))
                    .filter(|c| a.areas.is_empty() || c.municipality.as_ref().is_some_and(|m| a.areas.contains(m)))
                    .filter(|c| a.device_classes.is_empty() || c.device_class.is_some_and(|d| a.device_classes.contains(&d)))
                    .map(|c| c.count)
                    .sum::<u32>()
            });
            let reason = match (counted, a.capacity_patients) {
                (None, _) => t(
                    format!("{}は停止の想定。代行訪問を引き受ける協定がありますが、計画ファイルを取り込んでいないため患者数は分かりません。", partner.name),
                    format!("{} is down. We provide backup visits to it, but its plan file has not been imported, so its patient count is unknown.", partner.name),
                ),
                (Some(n), Some(cap)) if n > cap => t(
                    format!("{}は停止の想定。電源を要する患者{n}名（相手の計画ファイルから）に対し、協定の受入枠は{cap}名で足りません。", partner.name),
                    format!("{} is down: {n} electricity-dependent patients (from its plan file) against an agreed capacity of {cap}.", partner.name),
                ),
                (Some(n), cap) => t(
                    format!("{}は停止の想定。電源を要する患者{n}名（相手の計画ファイルから）の代行訪問を当事業所が引き受けます{}。", partner.name, cap.map_or("（受入枠の定めなし）".to_string(), |c| format!("（受入枠{c}名）"))),
                    format!("{} is down: we take on backup visits for its {n} electricity-dependent patients (from its plan file){}.", partner.name, cap.map_or(" (no capacity stated)".to_string(), |c| format!(" (capacity {c})"))),
                ),
            };
            Some(PartnerLoad {
                partner_id: partner.id.clone(),
                partner_name: partner.name.clone(),
                patients: counted,
                capacity: a.capacity_patients,
                reason,
            })
        })
        .collect();

    let count = |f: &dyn Fn(&TabletopPatient) -> bool| patients.iter().filter(|p| f(p)).count() as u32;
    Tabletop {
        blackout_hours: input.blackout_hours,
        starts_at: input.starts_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, false),
        ends_at: at(input.blackout_hours),
        running_out: count(&|p| p.runs_out),
        uncovered: count(&|p| p.bridge.as_ref().is_some_and(|b| b.by == CoverBy::Nobody)),
        unvisited: count(&|p| p.visit.by == CoverBy::Nobody),
        patients,
        extra_load,
        notes,
    }
}
