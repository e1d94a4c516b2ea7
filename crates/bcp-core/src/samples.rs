//! Sample organisations with complete plans (`seeds/samples/`), for trying the app and for training.
//!
//! Each sample has a recipe (`*.toml`: start from the guide's 例示, replace some answers, fix 第1版, add
//! partners and agreements) and the exchange file built from it (`*.hcbcp`, signed with the recipe's
//! published demo key). The app loads the exchange file, checked like any other; the recipe is how the
//! file is made again, byte for byte (`cargo xtask seeds`; a test fails when the two drift apart).
//! A sample loads only into an empty data folder, as one unit, so it can never mix with real data.

use crate::guide::Text;
use crate::link::{Agreement, Partner};
use crate::organization::OrganizationDraft;
use crate::plan::PlanScope;
use crate::plan::revision::RevisionInput;
use serde::Deserialize;
use std::collections::BTreeMap;

/// (recipe file, recipe text, exchange file bytes).
const FILES: &[(&str, &str, &[u8])] = &[
    (
        "station-obihiro",
        include_str!("../../../seeds/samples/station-obihiro.toml"),
        include_bytes!("../../../seeds/samples/station-obihiro.hcbcp"),
    ),
    (
        "clinic-asahikawa",
        include_str!("../../../seeds/samples/clinic-asahikawa.toml"),
        include_bytes!("../../../seeds/samples/clinic-asahikawa.hcbcp"),
    ),
    (
        "partner-memuro",
        include_str!("../../../seeds/samples/partner-memuro.toml"),
        include_bytes!("../../../seeds/samples/partner-memuro.hcbcp"),
    ),
    (
        "base-obihiro",
        include_str!("../../../seeds/samples/base-obihiro.toml"),
        include_bytes!("../../../seeds/samples/base-obihiro.hcbcp"),
    ),
];

/// The demo region's member files (`seeds/region-tokachi/`), which the coordination-base sample
/// imports as its members' plans: (file name without extension, exchange file bytes).
pub const REGION_FILES: &[(&str, &[u8])] = &[
    ("hiroo-clinic", include_bytes!("../../../seeds/region-tokachi/hiroo-clinic.hcbcp")),
    ("makubetsu-station", include_bytes!("../../../seeds/region-tokachi/makubetsu-station.hcbcp")),
    ("obihiro-clinic", include_bytes!("../../../seeds/region-tokachi/obihiro-clinic.hcbcp")),
    ("otofuke-station", include_bytes!("../../../seeds/region-tokachi/otofuke-station.hcbcp")),
];

/// Keys are camelCase like the app's other data (`corporationName`, `revisedOn`).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Sample {
    pub id: String,
    pub title: Text,
    pub scope: PlanScope,
    /// Start from every field's 例示, then apply `answers`.
    #[serde(default)]
    pub adopt_examples: bool,
    /// A partner's file imported with another sample, not offered on its own.
    #[serde(default)]
    pub partner_only: bool,
    /// Samples whose exchange files are imported as partners when this one loads.
    #[serde(default)]
    pub partner_files: Vec<String>,
    /// A coordination base's region, set when the sample loads.
    #[serde(default)]
    pub region_scope: Option<crate::regional::RegionScope>,
    /// Members' files imported when a coordination-base sample loads: a bundled sample's id or a
    /// file of [`REGION_FILES`].
    #[serde(default)]
    pub member_files: Vec<String>,
    /// When the exchange file says it was made (fixed, so the file is reproducible).
    pub created_at: String,
    pub demo_key: DemoKey,
    pub organization: OrganizationDraft,
    /// step id → field id → value, replacing the example.
    #[serde(default)]
    pub answers: BTreeMap<String, BTreeMap<String, serde_json::Value>>,
    #[serde(default)]
    pub revisions: Vec<RevisionInput>,
    #[serde(default)]
    pub partners: Vec<Partner>,
    #[serde(default)]
    pub agreements: Vec<Agreement>,
    /// A member that has not started a plan (未策定), for demo regions.
    #[serde(default)]
    pub no_plan: bool,
    /// Fictional register entries, only so that the file carries patient counts.
    #[serde(default)]
    pub demo_patients: Vec<DemoPatients>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DemoPatients {
    pub municipality: String,
    pub device: crate::patient::DeviceClass,
    pub count: u32,
}

/// Reads one recipe (the demo region's recipes live outside the app, under `seeds/region-tokachi/`).
pub fn parse(file: &str, text: &str) -> Result<Sample, String> {
    toml::from_str::<Sample>(text).map_err(|e| format!("{file}: {e}"))
}

#[derive(Debug, Clone, Deserialize)]
pub struct DemoKey {
    pub signing: String,
    pub age: String,
}

/// A recipe with the name of its file and its built exchange file.
pub struct Bundled {
    pub file: &'static str,
    pub sample: Sample,
    pub exchange_file: &'static [u8],
}

/// Every bundled sample, in a fixed order. A broken recipe is a build defect caught by tests.
pub fn all() -> Result<Vec<Bundled>, String> {
    FILES
        .iter()
        .map(|(file, text, exchange_file)| {
            let sample =
                toml::from_str::<Sample>(text).map_err(|e| format!("seeds/samples/{file}.toml: {e}"))?;
            Ok(Bundled { file, sample, exchange_file })
        })
        .collect()
}
