//! 優先度 (`Priority`) and 区分 (`Tier` P0–P3): who is checked and moved first, and why.
//!
//! Two layers (ventilator.md §6.3): hard tier rules, first match wins; then an additive score that
//! orders patients inside a tier. The structure of the rules is code; every threshold and point value
//! is data (`templates/priority/priority.toml`, versioned, and every one of them a default of ours).
//! Each result lists its reasons: the rule, the input and its value.

use super::figures::{Fixed, Plain};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::fmt;

const CONFIG: &str = include_str!("../../../../templates/priority/priority.toml");

#[derive(Debug, Clone, Deserialize)]
pub struct PriorityConfig {
    pub version: String,
    pub tiers: TierThresholds,
    pub points: Points,
}

#[derive(Debug, Clone, Deserialize)]
pub struct TierThresholds {
    pub p0_power_hours: f64,
    pub p0_invasive_hours_per_day: f64,
    pub p0_unreached_minutes: f64,
    pub nppv_dependent_hours_per_day: f64,
    pub p1_power_hours: f64,
    pub p1_oxygen_hours: f64,
    pub p2_power_hours: f64,
    pub p2_oxygen_hours: f64,
    pub p2_unreached_minutes: f64,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Points {
    pub invasive_full: u32,
    pub invasive_part: u32,
    pub nppv_dependent: u32,
    pub nppv_night: u32,
    pub oxygen_high: u32,
    pub oxygen_low: u32,
    pub oxygen_high_flow_lpm: f64,
    pub tolerance_under_5_min: u32,
    pub tolerance_under_60_min: u32,
    pub power_under_3: u32,
    pub power_under_6: u32,
    pub power_under_12: u32,
    pub power_under_24: u32,
    pub no_backup: u32,
    pub no_manual_suction: u32,
    pub no_bag_operator: u32,
    pub vulnerable_household: u32,
    pub high_floor_lift: u32,
    pub landslide_special: u32,
    pub flood_deep: u32,
    pub flood_mid: u32,
    pub landslide_warning: u32,
    pub outage_confirmed: u32,
    pub outage_unknown: u32,
    pub unreached_per_hour: u32,
    pub unreached_max: u32,
    pub no_admission: u32,
    pub plan_overdue: u32,
    pub stale_reading: u32,
}

/// The bundled thresholds. A broken file is a build defect (tested), reported as an error here.
pub fn config() -> Result<PriorityConfig, String> {
    toml::from_str(CONFIG).map_err(|e| format!("templates/priority/priority.toml: {e}"))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, specta::Type)]
pub enum Tier {
    /// 直ちに対応
    P0,
    /// 優先
    P1,
    /// 当日中
    P2,
    /// 通常
    P3,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum Outage {
    /// No outage at the patient's address.
    None,
    /// Not known whether the power is on.
    Unknown,
    Confirmed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum FloodDepth {
    None,
    Under05m,
    From05To3m,
    Over3m,
}

/// What the rules look at, derived from the register and the current outage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Facts {
    pub invasive_hours_per_day: Option<f64>,
    pub nppv_hours_per_day: Option<f64>,
    /// Home oxygen flow, L/min.
    pub oxygen_flow_lpm: Option<f64>,
    pub off_vent_tolerance_min: Option<f64>,
    pub power_hours_left: Option<f64>,
    pub oxygen_hours_left: Option<f64>,
    pub backup_beyond_internal: bool,
    pub manual_suction: bool,
    pub bag_operator_present: bool,
    pub vulnerable_household: bool,
    pub floor: Option<i32>,
    pub lift_needs_power: bool,
    pub flood_depth: FloodDepth,
    pub landslide_special_zone: bool,
    pub landslide_warning_zone: bool,
    /// 警戒レベル4 or higher at the address.
    pub evacuation_order: bool,
    pub outage: Outage,
    /// Minutes since the outage began without a successful safety check; `None` = reached (or no outage).
    pub unreached_minutes: Option<f64>,
    /// The last safety check found the patient deteriorated or a device failed.
    pub last_check_alarm: bool,
    pub admission_arranged: bool,
    pub plan_overdue: bool,
    /// Battery readings older than the outage's start.
    pub stale_reading: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Reason {
    /// The rule that produced it (`P0-power`, `no-backup`…). A `Cow` borrowed from the rule table:
    /// a ranked register holds ten reasons per patient.
    pub rule: Cow<'static, str>,
    /// The reason in plain Japanese, with the input value.
    pub text: String,
    /// Points it added (score rules); `None` for the tier rule.
    pub points: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Ranking {
    pub tier: Tier,
    pub score: u32,
    /// The tier rule first, then every point in the score.
    pub reasons: Vec<Reason>,
    pub config_version: String,
}

impl Facts {
    fn ventilator_dependent(&self, c: &TierThresholds) -> bool {
        self.invasive_hours_per_day.is_some_and(|h| h > 0.0)
            || self.nppv_hours_per_day.is_some_and(|h| h >= c.nppv_dependent_hours_per_day)
    }

    fn electricity_dependent(&self) -> bool {
        self.invasive_hours_per_day.is_some()
            || self.nppv_hours_per_day.is_some()
            || self.oxygen_flow_lpm.is_some()
    }

    fn during_outage(&self) -> bool {
        self.outage != Outage::None
    }
}

/// 「2.5時間」, written straight into the reason (no intermediate string per number).
struct Hours(f64);

impl fmt::Display for Hours {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}時間", Fixed::<1>(self.0))
    }
}

/// The tier and its reason (first rule that matches).
fn tier(f: &Facts, c: &TierThresholds) -> (Tier, Reason) {
    let reason = |rule: &'static str, text: String| Reason { rule: rule.into(), text, points: None };
    let power = f.power_hours_left;
    let oxygen = f.oxygen_hours_left;
    let unreached = f.unreached_minutes;
    let out = f.outage == Outage::Confirmed;
    if f.last_check_alarm {
        return (
            Tier::P0,
            reason("P0-alarm", "直近の安否確認で、状態の悪化または機器の停止が報告されています".into()),
        );
    }
    if f.ventilator_dependent(c)
        && out
        && let Some(p) = power.filter(|p| *p < c.p0_power_hours)
    {
        return (
            Tier::P0,
            reason(
                "P0-power",
                format!(
                    "人工呼吸器に依存し停電中、電源の残りが{}（{}未満）",
                    Hours(p),
                    Hours(c.p0_power_hours)
                ),
            ),
        );
    }
    if let (Some(h), Some(m)) = (f.invasive_hours_per_day, unreached)
        && h >= c.p0_invasive_hours_per_day
        && f.during_outage()
        && m >= c.p0_unreached_minutes
    {
        return (
            Tier::P0,
            reason(
                "P0-unreached",
                format!(
                    "気管切開下の人工呼吸 1日{}時間、停電開始から{}分連絡がつかない",
                    Plain(h),
                    Fixed::<0>(m)
                ),
            ),
        );
    }
    if f.evacuation_order
        && f.ventilator_dependent(c)
        && (f.landslide_special_zone || f.flood_depth == FloodDepth::Over3m)
    {
        return (
            Tier::P0,
            reason(
                "P0-hazard",
                "警戒レベル4以上で、土砂災害特別警戒区域または浸水3m以上の住まい、人工呼吸器に依存".into(),
            ),
        );
    }
    if f.ventilator_dependent(c)
        && f.during_outage()
        && let Some(p) = power.filter(|p| *p < c.p1_power_hours)
    {
        return (
            Tier::P1,
            reason(
                "P1-power",
                format!("人工呼吸器に依存し、電源の残りが{}（{}未満）", Hours(p), Hours(c.p1_power_hours)),
            ),
        );
    }
    if f.oxygen_flow_lpm.is_some()
        && f.during_outage()
        && let Some(o) = oxygen.filter(|o| *o < c.p1_oxygen_hours)
    {
        return (
            Tier::P1,
            reason(
                "P1-oxygen",
                format!("在宅酸素で停電中、酸素の残りが{}（{}未満）", Hours(o), Hours(c.p1_oxygen_hours)),
            ),
        );
    }
    if f.evacuation_order
        && f.electricity_dependent()
        && (f.flood_depth == FloodDepth::From05To3m || f.landslide_warning_zone)
    {
        return (
            Tier::P1,
            reason(
                "P1-hazard",
                "警戒レベル4以上で、浸水0.5〜3mまたは土砂災害警戒区域の住まい、電源を要する機器あり".into(),
            ),
        );
    }
    if f.during_outage() {
        if let Some(p) = power.filter(|p| *p < c.p2_power_hours) {
            return (
                Tier::P2,
                reason("P2-power", format!("電源の残りが{}（{}未満）", Hours(p), Hours(c.p2_power_hours))),
            );
        }
        if let Some(o) = oxygen.filter(|o| *o < c.p2_oxygen_hours) {
            return (
                Tier::P2,
                reason("P2-oxygen", format!("酸素の残りが{}（{}未満）", Hours(o), Hours(c.p2_oxygen_hours))),
            );
        }
        if let Some(m) = unreached.filter(|m| *m >= c.p2_unreached_minutes) {
            return (
                Tier::P2,
                reason("P2-unreached", format!("停電開始から{}分連絡がつかない", Fixed::<0>(m))),
            );
        }
    }
    (Tier::P3, reason("P3", "上の条件のいずれにも当たらない登録患者".into()))
}

/// Appends the score's reasons after the tier's.
fn score(f: &Facts, c: &PriorityConfig, reasons: &mut Vec<Reason>) {
    let p = &c.points;
    let mut add = |rule: &'static str, points: u32, text: String| {
        if points > 0 {
            reasons.push(Reason { rule: rule.into(), text, points: Some(points) });
        }
    };
    match (f.invasive_hours_per_day, f.nppv_hours_per_day) {
        (Some(h), _) if h >= c.tiers.p0_invasive_hours_per_day => {
            add("invasive-full", p.invasive_full, format!("気管切開下の人工呼吸 1日{}時間", Plain(h)))
        }
        (Some(h), _) => {
            add("invasive-part", p.invasive_part, format!("気管切開下の人工呼吸 1日{}時間", Plain(h)))
        }
        (None, Some(h)) if h >= c.tiers.nppv_dependent_hours_per_day => {
            add("nppv-dependent", p.nppv_dependent, format!("NPPV 1日{}時間", Plain(h)))
        }
        (None, Some(h)) => add("nppv-night", p.nppv_night, format!("NPPV 1日{}時間（夜間中心）", Plain(h))),
        (None, None) => {}
    }
    if let Some(flow) = f.oxygen_flow_lpm {
        if flow >= p.oxygen_high_flow_lpm {
            add("oxygen-high", p.oxygen_high, format!("在宅酸素 毎分{}L", Plain(flow)));
        } else {
            add("oxygen-low", p.oxygen_low, format!("在宅酸素 毎分{}L", Plain(flow)));
        }
    }
    match f.off_vent_tolerance_min {
        Some(m) if m < 5.0 => {
            add("tolerance-5", p.tolerance_under_5_min, format!("呼吸器を外せる時間が{}分", Plain(m)))
        }
        Some(m) if m < 60.0 => {
            add("tolerance-60", p.tolerance_under_60_min, format!("呼吸器を外せる時間が{}分", Plain(m)))
        }
        _ => {}
    }
    match f.power_hours_left {
        Some(h) if h < 3.0 => add("power-3", p.power_under_3, format!("電源の残り{}", Hours(h))),
        Some(h) if h < 6.0 => add("power-6", p.power_under_6, format!("電源の残り{}", Hours(h))),
        Some(h) if h < 12.0 => add("power-12", p.power_under_12, format!("電源の残り{}", Hours(h))),
        Some(h) if h < 24.0 => add("power-24", p.power_under_24, format!("電源の残り{}", Hours(h))),
        _ => {}
    }
    let on_device = f.electricity_dependent();
    if on_device && !f.backup_beyond_internal {
        add("no-backup", p.no_backup, "内部バッテリーのほかに予備電源がない".into());
    }
    if f.invasive_hours_per_day.is_some() && !f.manual_suction {
        add("no-manual-suction", p.no_manual_suction, "手動（足踏み）吸引器がない".into());
    }
    if f.ventilator_dependent(&c.tiers) && !f.bag_operator_present {
        add("no-bag-operator", p.no_bag_operator, "蘇生バッグを使える人がそばにいない".into());
    }
    if f.vulnerable_household {
        add("household", p.vulnerable_household, "独居、または介護者が75歳以上・夜間不在".into());
    }
    if f.during_outage() && f.lift_needs_power && f.floor.is_some_and(|fl| fl >= 3) {
        add(
            "high-floor",
            p.high_floor_lift,
            format!("{}階でエレベーターが停電で止まる", f.floor.unwrap_or(3)),
        );
    }
    if f.landslide_special_zone {
        add("landslide-special", p.landslide_special, "土砂災害特別警戒区域".into());
    } else if f.landslide_warning_zone {
        add("landslide-warning", p.landslide_warning, "土砂災害警戒区域".into());
    }
    match f.flood_depth {
        FloodDepth::Over3m => add("flood-deep", p.flood_deep, "想定浸水深3m以上".into()),
        FloodDepth::From05To3m => add("flood-mid", p.flood_mid, "想定浸水深0.5〜3m".into()),
        _ => {}
    }
    match f.outage {
        Outage::Confirmed => add("outage", p.outage_confirmed, "停電を確認".into()),
        Outage::Unknown => add("outage-unknown", p.outage_unknown, "停電の有無が不明".into()),
        Outage::None => {}
    }
    if let Some(m) = f.unreached_minutes.filter(|_| f.during_outage()) {
        let hours_unreached = (m / 60.0).floor() as u32;
        let points = (hours_unreached * p.unreached_per_hour).min(p.unreached_max);
        add("unreached", points, format!("停電開始から{}分連絡がつかない", Fixed::<0>(m)));
    }
    if on_device && !f.admission_arranged {
        add("no-admission", p.no_admission, "停電時の入院先が決まっていない".into());
    }
    if f.plan_overdue {
        add("plan-overdue", p.plan_overdue, "個別支援計画の見直しが12か月以上ない".into());
    }
    if f.stale_reading {
        add("stale-reading", p.stale_reading, "バッテリー残量の記録が停電開始より前".into());
    }
}

pub fn rank(facts: &Facts, config: &PriorityConfig) -> Ranking {
    let (tier, tier_reason) = tier(facts, &config.tiers);
    let mut reasons = Vec::with_capacity(12);
    reasons.push(tier_reason);
    score(facts, config, &mut reasons);
    let score = reasons.iter().filter_map(|r| r.points).sum::<u32>().min(100);
    Ranking { tier, score, reasons, config_version: config.version.clone() }
}

/// Orders patients: tier, then score (high first), then the least power left, then the longest unreached.
pub fn order<T>(items: &mut [(T, Ranking, &Facts)]) {
    items.sort_by(|a, b| {
        a.1.tier
            .cmp(&b.1.tier)
            .then(b.1.score.cmp(&a.1.score))
            .then(
                a.2.power_hours_left
                    .unwrap_or(f64::INFINITY)
                    .total_cmp(&b.2.power_hours_left.unwrap_or(f64::INFINITY)),
            )
            .then(b.2.unreached_minutes.unwrap_or(0.0).total_cmp(&a.2.unreached_minutes.unwrap_or(0.0)))
    });
}

#[cfg(test)]
mod tests;
