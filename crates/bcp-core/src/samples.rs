//! Sample organisations with complete plans (`seeds/samples/`), for trying the app and for training.
//! A sample loads only into an empty data folder, as one unit, so it can never mix with real data.

use crate::guide::Text;
use crate::organization::OrganizationDraft;
use crate::plan::PlanScope;
use crate::plan::revision::RevisionInput;
use serde::Deserialize;
use std::collections::BTreeMap;

const FILES: &[(&str, &str)] = &[
    ("station-obihiro.toml", include_str!("../../../seeds/samples/station-obihiro.toml")),
    ("clinic-asahikawa.toml", include_str!("../../../seeds/samples/clinic-asahikawa.toml")),
];

/// Keys are camelCase like the app's other data (`corporationName`, `revisedOn`).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Sample {
    pub id: String,
    pub title: Text,
    pub scope: PlanScope,
    /// Start from every field's 例示, then apply `answers`.
    #[serde(default)]
    pub adopt_examples: bool,
    pub organization: OrganizationDraft,
    /// step id → field id → value, replacing the example.
    #[serde(default)]
    pub answers: BTreeMap<String, BTreeMap<String, serde_json::Value>>,
    #[serde(default)]
    pub revisions: Vec<RevisionInput>,
}

/// Every bundled sample, in a fixed order. A broken sample file is a build defect caught by tests.
pub fn all() -> Result<Vec<Sample>, String> {
    FILES
        .iter()
        .map(|(name, text)| toml::from_str::<Sample>(text).map_err(|e| format!("seeds/samples/{name}: {e}")))
        .collect()
}
