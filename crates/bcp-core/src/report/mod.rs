//! Printed documents. Two steps, so that what is printed can be tested as data:
//! 1. a document module (e.g. [`cover`]) turns domain data into a [`layout::Layout`]: pages of
//!    positioned lines in millimetres, measured with the real font metrics;
//! 2. [`pdf::render`] draws a layout with printpdf and embeds font subsets.
//!
//! Typography rules (禁則, ぶら下げ) live in [`linebreak`]; fonts and missing-glyph handling in [`fonts`].

pub mod action_cards;
pub mod answer_text;
pub mod connected;
pub mod cover;
pub mod drill_pack;
pub mod evacuation_plan;
pub mod evidence;
pub mod flow;
pub mod fonts;
pub mod layout;
pub mod linebreak;
pub mod pdf;
pub mod plan;
pub mod regional;
pub mod roster;
pub mod summary;
pub mod support_plan;
mod templates;
pub mod words;

/// A finished PDF and what the user should know about it.
#[derive(Debug, Clone)]
pub struct Printed {
    pub bytes: Vec<u8>,
    pub pages: usize,
    /// Characters the font lacks, printed as 〓. The user is told so they can write them in by hand.
    pub missing_glyphs: Vec<char>,
}

#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error("the embedded font could not be read: {0}")]
    Font(&'static str),
    #[error("a print template is broken: {0}")]
    Template(String),
}
