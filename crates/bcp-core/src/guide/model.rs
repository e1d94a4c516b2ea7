//! Types of the guide definition. Field names match the TOML files (see `templates/guide/README.md`).

use crate::organization::OrganizationKind;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A text in both UI languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Text {
    pub ja: String,
    pub en: String,
}

#[derive(Debug, Clone, Deserialize)]
pub(super) struct GuideIndex {
    pub version: String,
    pub title: Text,
    pub steps: Vec<String>,
    #[serde(default)]
    pub sources: Vec<Source>,
    pub chapters: Vec<Chapter>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct Guide {
    pub version: String,
    pub title: Text,
    pub sources: Vec<Source>,
    /// In print order.
    pub chapters: Vec<Chapter>,
    /// In wizard order.
    pub steps: Vec<Step>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Source {
    pub id: String,
    pub ja: String,
    pub en: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Chapter {
    pub id: String,
    pub title: Text,
}

/// What a plan covers. A combined plan (一体型) is one document for both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum Hazard {
    /// 自然災害
    Disaster,
    /// 感染症
    Infection,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum Requirement {
    Required,
    Recommended,
    Optional,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct Step {
    pub id: String,
    pub chapter: String,
    pub title: Text,
    pub summary: Text,
    pub guidance: Text,
    #[serde(default)]
    pub source: Vec<String>,
    pub hazards: Vec<Hazard>,
    /// Only for these organisation kinds; `None` = all.
    #[serde(default)]
    pub kinds: Option<Vec<OrganizationKind>>,
    pub fields: Vec<Field>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct Field {
    pub id: String,
    pub label: Text,
    pub help: Text,
    pub requirement: Requirement,
    #[serde(default)]
    pub requirement_by_kind: BTreeMap<OrganizationKind, Requirement>,
    /// Only when the plan covers one of these; `None` = whenever the step applies.
    #[serde(default)]
    pub hazards: Option<Vec<Hazard>>,
    /// 例示: a value of this field's shape the user can adopt.
    #[serde(default)]
    pub example: Option<serde_json::Value>,
    /// The answer is the organisation's own facts (its people, phone numbers, municipalities,
    /// partners): the example shows how to write it and is not offered for adoption, since a
    /// fictional name or number in a real plan is worse than a gap.
    #[serde(default)]
    pub own: bool,
    #[serde(flatten)]
    pub shape: Shape,
}

/// The kind of value a field holds, with its rules.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Shape {
    Text {
        #[serde(default)]
        max_length: Option<u32>,
    },
    Longtext {
        #[serde(default)]
        max_length: Option<u32>,
    },
    List {
        #[serde(default)]
        min_items: Option<u32>,
        #[serde(default)]
        max_length: Option<u32>,
    },
    Choice {
        options: Vec<Choice>,
    },
    Multichoice {
        options: Vec<Choice>,
        #[serde(default)]
        min_items: Option<u32>,
    },
    Number {
        #[serde(default)]
        min: Option<f64>,
        #[serde(default)]
        max: Option<f64>,
        #[serde(default)]
        unit: Option<Text>,
    },
    Date {},
    Table {
        #[serde(default)]
        min_rows: Option<u32>,
        columns: Vec<Column>,
    },
    Matrix {
        rows: Vec<Choice>,
        columns: Vec<Choice>,
        #[serde(default)]
        min_filled_rows: Option<u32>,
    },
}

/// An option of a choice, or a fixed row/column of a matrix.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Choice {
    pub id: String,
    pub ja: String,
    pub en: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct Column {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: ColumnKind,
    pub label: Text,
    /// A row is incomplete without this cell.
    #[serde(default)]
    pub required: bool,
    #[serde(default)]
    pub options: Vec<Choice>,
    #[serde(default)]
    pub unit: Option<Text>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "lowercase")]
pub enum ColumnKind {
    Text,
    Longtext,
    Number,
    Choice,
    Date,
    List,
    Boolean,
}

impl Guide {
    pub fn step(&self, id: &str) -> Option<&Step> {
        self.steps.iter().find(|s| s.id == id)
    }
}

impl Step {
    pub fn field(&self, id: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.id == id)
    }

    /// Whether the step belongs in a plan of this kind covering these hazards.
    pub fn applies(&self, kind: OrganizationKind, covered: &[Hazard]) -> bool {
        self.kinds.as_ref().is_none_or(|k| k.contains(&kind))
            && self.hazards.iter().any(|h| covered.contains(h))
    }
}

impl Field {
    /// The requirement level for an organisation kind.
    pub fn requirement_for(&self, kind: OrganizationKind) -> Requirement {
        self.requirement_by_kind.get(&kind).copied().unwrap_or(self.requirement)
    }

    pub fn applies(&self, covered: &[Hazard]) -> bool {
        self.hazards.as_ref().is_none_or(|h| h.iter().any(|h| covered.contains(h)))
    }
}
