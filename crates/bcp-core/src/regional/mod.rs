//! 地域BCP (`Regional`): the coordination base (在宅医療に必要な連携を担う拠点) assembles its region's
//! picture from the members' exchange files (issue #7).
//!
//! - [`RegionScope`]: which 在宅医療圏 (and extra municipalities) the base looks after;
//! - [`dashboard`]: plan status, completeness, municipalities without a provider, patients by
//!   municipality × device × tier with small cells hidden ([`suppress`]), capacity against need,
//!   agreements between members — every number with the member files behind it.

pub mod dashboard;
pub mod suppress;

use serde::{Deserialize, Serialize};

/// The base's region: whole 在宅医療圏 from the region master, plus single municipalities.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct RegionScope {
    #[serde(default)]
    pub home_care_regions: Vec<String>,
    #[serde(default)]
    pub municipalities: Vec<String>,
}
