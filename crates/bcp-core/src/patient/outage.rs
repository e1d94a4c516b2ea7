//! 停電・災害対応 (`Outage`): a declared outage and the safety checks (安否確認) made during it.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct OutageDeclaration {
    /// RFC 3339.
    pub started_at: String,
    /// Affected municipalities; empty = every patient.
    #[serde(default)]
    pub municipalities: Vec<String>,
    #[serde(default)]
    pub note: String,
    /// Municipalities under 避難指示 (警戒レベル4) or higher, as announced; may be set after the start.
    #[serde(default)]
    pub evacuation_orders: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum CheckChannel {
    Phone,
    Visit,
    Message,
    /// Through someone else (family, partner, municipality).
    Relay,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum Condition {
    Ok,
    Unwell,
    /// 悪化: the patient needs help now.
    Deteriorated,
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum DeviceState {
    Mains,
    Battery,
    /// Being ventilated by hand with a bag.
    Bag,
    Failed,
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SafetyCheck {
    pub patient_id: String,
    /// RFC 3339.
    pub at: String,
    pub by: String,
    pub channel: CheckChannel,
    pub reached: bool,
    pub condition: Condition,
    pub device_state: DeviceState,
    /// Battery level reported for the battery in use (0–100).
    pub battery_pct: Option<u8>,
    #[serde(default)]
    pub note: String,
}

impl OutageDeclaration {
    pub fn covers(&self, municipality: Option<&str>) -> bool {
        self.municipalities.is_empty()
            || municipality.is_some_and(|m| self.municipalities.iter().any(|x| x == m))
    }
}
