//! 残り時間 (`PowerHoursLeft`): how long each life-critical device keeps running on what the patient has.
//!
//! ventilator.md §4.1:
//! - a source with a known energy: usable Wh = nominal Wh × state of charge × health × path efficiency,
//!   hours = usable Wh ÷ the total draw of the devices it feeds;
//! - a battery pack known by rated hours: hours = rated hours × state of charge × health × (rated draw ÷
//!   current draw);
//! - the sources are used one after another, so the hours the devices have already run on battery
//!   (since the outage began, or since the last reported level) are subtracted once from the total.
//!
//! Unknown inputs take conservative defaults and say so: every estimate lists its assumptions.

use super::DeviceClass;
use super::figures::{Fixed, Plain};
use serde::{Deserialize, Serialize};
use std::borrow::Borrow;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Device {
    pub id: String,
    pub class: DeviceClass,
    /// Measured draw in W (a dealer's measurement); nameplate values overstate use 5–10×.
    pub measured_draw_w: Option<f64>,
    pub nameplate_w: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum SourceKind {
    /// 内部バッテリー
    Internal,
    /// 外部バッテリー
    ExternalPack,
    /// ポータブル電源
    PortableStation,
    Generator,
    Vehicle,
}

/// How the source's energy reaches the device (losses differ).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum PowerPath {
    /// The device's own battery.
    DeviceNative,
    /// DC output with the maker's cable.
    Dc,
    /// AC inverter of a portable station.
    AcInverter,
    /// A car's socket inverter.
    CarInverter,
}

impl PowerPath {
    /// ventilator.md §4.1 path efficiencies (D4, D10, D11; approximate).
    pub fn efficiency(self) -> f64 {
        match self {
            PowerPath::DeviceNative => 1.0,
            PowerPath::Dc => 0.9,
            PowerPath::AcInverter => 0.8,
            PowerPath::CarInverter => 0.75,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct PowerSource {
    pub id: String,
    pub kind: SourceKind,
    /// Device ids this source runs.
    pub feeds: Vec<String>,
    pub nominal_wh: Option<f64>,
    /// Run time at `rated_draw_w` (how packs are quoted).
    pub rated_hours: Option<f64>,
    pub rated_draw_w: Option<f64>,
    pub path: PowerPath,
    /// 0–1; `None` → an assumed value by kind.
    pub health: Option<f64>,
    /// 0–1 as last known; `None` → assumed full for external packs and stations (charged in
    /// readiness) and 70 % for internal batteries in daily use.
    pub state_of_charge: Option<f64>,
}

/// One device's estimate and how it was reached.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct DeviceHours {
    pub device_id: String,
    pub class: DeviceClass,
    pub hours: f64,
    /// 「外部バッテリー 8時間 × 充電100% × 劣化1.0 = 8.0時間」 … one line per source, then the subtraction.
    pub workings: Vec<String>,
    /// Every value that was not entered but assumed.
    pub assumptions: Vec<String>,
}

/// Typical draw when nothing was measured (ventilator.md §4.2 measured typical figures); assumed.
fn typical_draw_w(class: DeviceClass) -> f64 {
    match class {
        DeviceClass::InvasiveVentilator | DeviceClass::Nppv => 30.0,
        DeviceClass::Cpap => 56.0,
        DeviceClass::OxygenConcentrator => 120.0,
        DeviceClass::Humidifier => 100.0,
        DeviceClass::Suction => 30.0,
        DeviceClass::FeedingPump | DeviceClass::InfusionPump => 10.0,
        DeviceClass::Other => 50.0,
    }
}

/// Battery health when not entered (a used battery, not a new one: conservative).
fn assumed_health(kind: SourceKind) -> f64 {
    match kind {
        SourceKind::Internal | SourceKind::ExternalPack => 0.8,
        SourceKind::PortableStation => 0.85, // usable share of the label (D11)
        SourceKind::Generator | SourceKind::Vehicle => 1.0,
    }
}

fn assumed_charge(kind: SourceKind) -> f64 {
    match kind {
        SourceKind::Internal => 0.7,
        _ => 1.0,
    }
}

fn draw_of(device: &Device, assumptions: &mut Vec<String>) -> f64 {
    match device.measured_draw_w {
        Some(w) if w > 0.0 => w,
        _ => {
            let w = typical_draw_w(device.class);
            assumptions.push(format!(
                "{}の消費電力は実測値がないため一般的な値 {}W と仮定",
                device.class.label_ja(),
                Plain(w)
            ));
            w
        }
    }
}

/// Hours each life-critical device can run. Generators and vehicles are not counted as stored energy
/// (they recharge while fuel lasts; ventilator.md §4.1 models them as recharge windows, not yet here).
/// `drained_hours`: how long the devices have run on these sources since their levels were known.
/// Takes the devices by reference or by value (`&[&Device]` saves a register-wide copy when ranking).
pub fn hours_left<D: Borrow<Device>>(
    devices: &[D],
    sources: &[PowerSource],
    drained_hours: f64,
) -> Vec<DeviceHours> {
    devices
        .iter()
        .map(Borrow::borrow)
        .filter(|d: &&Device| d.class.is_life_critical())
        .map(|device| {
            let mut assumptions = Vec::new();
            let mut workings = Vec::new();
            let own_draw = draw_of(device, &mut assumptions);
            let mut hours = 0.0;
            for source in sources.iter().filter(|s| s.feeds.iter().any(|f| f == &device.id)) {
                if matches!(source.kind, SourceKind::Generator | SourceKind::Vehicle) {
                    workings.push(format!(
                        "{}：燃料がある間の充電手段として扱い、残り時間には含めない",
                        kind_ja(source.kind)
                    ));
                    continue;
                }
                // Everything on this source shares its energy.
                let shared_draw: f64 = source
                    .feeds
                    .iter()
                    .filter_map(|id| devices.iter().map(Borrow::borrow).find(|d: &&Device| &d.id == id))
                    .map(|d| if d.id == device.id { own_draw } else { draw_of(d, &mut assumptions) })
                    .sum();
                let health = source.health.unwrap_or_else(|| {
                    let h = assumed_health(source.kind);
                    assumptions.push(format!("{}の劣化係数を{}と仮定", kind_ja(source.kind), Plain(h)));
                    h
                });
                let charge = source.state_of_charge.unwrap_or_else(|| {
                    let c = assumed_charge(source.kind);
                    assumptions.push(format!(
                        "{}の充電率を{}%と仮定",
                        kind_ja(source.kind),
                        Fixed::<0>(c * 100.0)
                    ));
                    c
                });
                let at_reading = match (source.nominal_wh, source.rated_hours) {
                    (Some(wh), _) => {
                        let eff = source.path.efficiency();
                        let h = wh * charge * health * eff / shared_draw;
                        workings.push(format!(
                            "{} {}Wh × 充電{}% × 劣化{} × 効率{} ÷ {}W = {}時間",
                            kind_ja(source.kind),
                            Plain(wh),
                            Fixed::<0>(charge * 100.0),
                            Plain(health),
                            Plain(eff),
                            Plain(shared_draw),
                            Fixed::<1>(h)
                        ));
                        h
                    }
                    (None, Some(rated)) => {
                        let rated_draw = source.rated_draw_w.unwrap_or(own_draw);
                        if source.rated_draw_w.is_none() {
                            assumptions.push(format!(
                                "{}の定格時間は現在の消費電力で測られたものと仮定",
                                kind_ja(source.kind)
                            ));
                        }
                        let h = rated * charge * health * rated_draw / shared_draw;
                        workings.push(format!(
                            "{} {}時間 × 充電{}% × 劣化{} × ({}W ÷ {}W) = {}時間",
                            kind_ja(source.kind),
                            Plain(rated),
                            Fixed::<0>(charge * 100.0),
                            Plain(health),
                            Plain(rated_draw),
                            Plain(shared_draw),
                            Fixed::<1>(h)
                        ));
                        h
                    }
                    (None, None) => {
                        workings.push(format!("{}：容量が未記入のため数えない", kind_ja(source.kind)));
                        0.0
                    }
                };
                hours += at_reading;
            }
            if drained_hours > 0.0 {
                let left = (hours - drained_hours).max(0.0);
                workings.push(format!(
                    "合計{}時間から、電池で動いた{}時間を引いて残り{}時間",
                    Fixed::<1>(hours),
                    Fixed::<1>(drained_hours),
                    Fixed::<1>(left)
                ));
                hours = left;
            }
            DeviceHours { device_id: device.id.clone(), class: device.class, hours, workings, assumptions }
        })
        .collect()
}

fn kind_ja(kind: SourceKind) -> &'static str {
    match kind {
        SourceKind::Internal => "内部バッテリー",
        SourceKind::ExternalPack => "外部バッテリー",
        SourceKind::PortableStation => "ポータブル電源",
        SourceKind::Generator => "発電機",
        SourceKind::Vehicle => "車両",
    }
}

/// Oxygen cylinders: litres × (pressure ÷ full pressure) ÷ flow (L/min) ÷ 60 × demand-valve factor
/// (1 continuous; 2–3 with a demand valve, 2 assumed here as the cautious end). ventilator.md §4.2.
pub fn oxygen_hours(cylinders: &[(f64, f64)], flow_lpm: f64, demand_valve: bool) -> f64 {
    if flow_lpm <= 0.0 {
        return 0.0;
    }
    let litres: f64 = cylinders.iter().map(|(litres, fill)| litres * fill.clamp(0.0, 1.0)).sum();
    let factor = if demand_valve { 2.0 } else { 1.0 };
    litres / flow_lpm / 60.0 * factor
}

#[cfg(test)]
mod tests;
