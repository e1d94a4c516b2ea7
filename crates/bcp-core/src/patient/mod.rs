//! 電源を要する患者 (`Patient`): the parts of the register that decide who is checked and moved first.
//!
//! This module holds the pure rules, ahead of the register's storage and screens (issue #5):
//! - [`power`]: hours of power left per life-critical device, and oxygen hours from cylinders, with
//!   every assumed value labelled as assumed (shared/research/ventilator.md §4);
//! - [`priority`]: tier rules and an additive score from a versioned threshold file
//!   (`templates/priority/`), every result carrying its reasons (ventilator.md §6.3).

pub mod facts;
pub mod figures;
pub mod outage;
pub mod power;
pub mod priority;
pub mod record;
pub mod table;

use serde::{Deserialize, Serialize};

/// 医療機器の種類.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
pub enum DeviceClass {
    /// 人工呼吸器（気管切開下, TPPV）
    InvasiveVentilator,
    /// 非侵襲的陽圧換気 (NPPV)
    Nppv,
    Cpap,
    /// 酸素濃縮器
    OxygenConcentrator,
    /// 吸引器
    Suction,
    /// 加温加湿器
    Humidifier,
    /// 経腸栄養ポンプ
    FeedingPump,
    /// 輸液・PCAポンプ
    InfusionPump,
    Other,
}

impl DeviceClass {
    /// Devices whose stop endangers life within hours; the power estimate is about these.
    pub fn is_life_critical(self) -> bool {
        matches!(self, DeviceClass::InvasiveVentilator | DeviceClass::Nppv | DeviceClass::OxygenConcentrator)
    }

    pub fn label_ja(self) -> &'static str {
        match self {
            DeviceClass::InvasiveVentilator => "人工呼吸器（気管切開）",
            DeviceClass::Nppv => "NPPV",
            DeviceClass::Cpap => "CPAP",
            DeviceClass::OxygenConcentrator => "酸素濃縮器",
            DeviceClass::Suction => "吸引器",
            DeviceClass::Humidifier => "加温加湿器",
            DeviceClass::FeedingPump => "経腸栄養ポンプ",
            DeviceClass::InfusionPump => "輸液・PCAポンプ",
            DeviceClass::Other => "その他の機器",
        }
    }
}
