//! Print layouts as data (`templates/print/`): which answers the summary and the action cards show.
//! References to the guide are checked by the tests of [`super::summary`] and [`super::action_cards`].

use crate::guide::Text;
use serde::Deserialize;

const SUMMARY: &str = include_str!("../../../../templates/print/summary.toml");
const ACTION_CARDS: &str = include_str!("../../../../templates/print/action-cards.toml");

#[derive(Debug, Clone, Deserialize)]
pub struct SummaryTemplate {
    pub title: Text,
    pub sections: Vec<SummarySection>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct SummarySection {
    pub title: Text,
    pub fields: Vec<FieldRef>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct FieldRef {
    pub step: String,
    pub field: String,
    #[serde(default)]
    pub columns: Option<Vec<String>>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ActionCardsTemplate {
    pub roles: RoleSource,
    pub common: Vec<CommonItem>,
}

/// The table whose rows are the roles, and which of its columns say what.
#[derive(Debug, Clone, Deserialize)]
pub struct RoleSource {
    pub step: String,
    pub field: String,
    pub title: String,
    pub holder: String,
    pub alternates: String,
    pub duties: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct CommonItem {
    pub title: Text,
    pub step: String,
    pub field: String,
}

pub fn summary() -> Result<SummaryTemplate, String> {
    toml::from_str(SUMMARY).map_err(|e| format!("templates/print/summary.toml: {e}"))
}

pub fn action_cards() -> Result<ActionCardsTemplate, String> {
    toml::from_str(ACTION_CARDS).map_err(|e| format!("templates/print/action-cards.toml: {e}"))
}
