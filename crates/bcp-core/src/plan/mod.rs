//! The plan (機関型BCP): what it covers, the answers to the guide's fields, and how complete it is.
//!
//! An incomplete plan is not an error: saving an answer succeeds whenever the value has the field's
//! shape, and what is missing is reported as data ([`progress::Progress`] with its [`progress::Gap`]s).

pub mod insights;
pub mod obligations;
pub mod progress;
pub mod revision;
pub mod value;

use crate::guide::Hazard;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What a plan covers (計画の対象).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum PlanScope {
    /// 自然災害
    Disaster,
    /// 感染症
    Infection,
    /// 一体型: one plan for both
    Combined,
}

impl PlanScope {
    pub fn hazards(self) -> &'static [Hazard] {
        match self {
            PlanScope::Disaster => &[Hazard::Disaster],
            PlanScope::Infection => &[Hazard::Infection],
            PlanScope::Combined => &[Hazard::Disaster, Hazard::Infection],
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            PlanScope::Disaster => "disaster",
            PlanScope::Infection => "infection",
            PlanScope::Combined => "combined",
        }
    }

    pub fn from_code(code: &str) -> Option<PlanScope> {
        [PlanScope::Disaster, PlanScope::Infection, PlanScope::Combined]
            .into_iter()
            .find(|s| s.code() == code)
    }

    pub fn label_ja(self) -> &'static str {
        match self {
            PlanScope::Disaster => "自然災害",
            PlanScope::Infection => "感染症",
            PlanScope::Combined => "自然災害・感染症（一体型）",
        }
    }

    pub fn label(self, language: crate::settings::Language) -> &'static str {
        match (language, self) {
            (crate::settings::Language::Ja, _) => self.label_ja(),
            (crate::settings::Language::En, PlanScope::Disaster) => "natural disasters",
            (crate::settings::Language::En, PlanScope::Infection) => "infectious diseases",
            (crate::settings::Language::En, PlanScope::Combined) => {
                "natural disasters and infectious diseases (combined)"
            }
        }
    }
}

/// Answers by step id, then field id. A missing entry is an unanswered field.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct Answers(pub BTreeMap<String, BTreeMap<String, serde_json::Value>>);

impl Answers {
    pub fn get(&self, step: &str, field: &str) -> Option<&serde_json::Value> {
        self.0.get(step)?.get(field)
    }

    pub fn set(&mut self, step: &str, field: &str, value: serde_json::Value) {
        if value.is_null() {
            if let Some(fields) = self.0.get_mut(step) {
                fields.remove(field);
                if fields.is_empty() {
                    self.0.remove(step);
                }
            }
        } else {
            self.0.entry(step.to_string()).or_default().insert(field.to_string(), value);
        }
    }
}
