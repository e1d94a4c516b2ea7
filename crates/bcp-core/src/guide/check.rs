//! Checks a guide definition: ids unique, every reference resolves, every text present in ja and en,
//! every option list usable, every example of its field's shape.

use super::model::{ColumnKind, Guide, Shape, Text};
use crate::plan::value;
use std::collections::HashSet;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GuideError {
    #[error("guide file {0} is missing")]
    Missing(String),
    #[error("{file}: {message}")]
    Syntax { file: String, message: String },
    #[error("{at}: {problem}")]
    Invalid { at: String, problem: String },
}

pub(super) fn check(guide: &Guide) -> Result<(), GuideError> {
    let bad = |at: String, problem: &str| Err(GuideError::Invalid { at, problem: problem.to_string() });
    let text_ok = |t: &Text| !t.ja.trim().is_empty() && !t.en.trim().is_empty();
    if guide.version.trim().is_empty() {
        return bad("guide.toml".into(), "version is empty");
    }
    unique(guide.chapters.iter().map(|c| c.id.as_str()), "guide.toml chapters")?;
    // Source ids are the research notes' labels (S17), so they are exempt from the kebab-case rule.
    let mut seen = HashSet::new();
    if let Some(s) = guide.sources.iter().find(|s| !seen.insert(s.id.as_str())) {
        return bad("guide.toml sources".into(), &format!("id {:?} appears twice", s.id));
    }
    unique(guide.steps.iter().map(|s| s.id.as_str()), "guide.toml steps")?;
    for step in &guide.steps {
        let at = |what: &str| format!("step {}{what}", step.id);
        if !guide.chapters.iter().any(|c| c.id == step.chapter) {
            return bad(at(""), "chapter is not in guide.toml");
        }
        if ![&step.title, &step.summary, &step.guidance].into_iter().all(text_ok) {
            return bad(at(""), "title, summary and guidance need both ja and en");
        }
        if step.hazards.is_empty() {
            return bad(at(""), "hazards is empty");
        }
        if let Some(s) = step.source.iter().find(|s| !guide.sources.iter().any(|g| &g.id == *s)) {
            return bad(at(""), &format!("source {s} is not in guide.toml"));
        }
        if step.fields.is_empty() {
            return bad(at(""), "has no fields");
        }
        unique(step.fields.iter().map(|f| f.id.as_str()), &at(" fields"))?;
        for field in &step.fields {
            let at = |what: &str| format!("step {} field {}{what}", step.id, field.id);
            if !text_ok(&field.label) || !text_ok(&field.help) {
                return bad(at(""), "label and help need both ja and en");
            }
            match &field.shape {
                Shape::Choice { options } | Shape::Multichoice { options, .. } => {
                    if options.is_empty() {
                        return bad(at(""), "has no options");
                    }
                    unique(options.iter().map(|o| o.id.as_str()), &at(" options"))?;
                }
                Shape::Table { columns, .. } => {
                    if columns.is_empty() {
                        return bad(at(""), "has no columns");
                    }
                    unique(columns.iter().map(|c| c.id.as_str()), &at(" columns"))?;
                    for c in columns {
                        if !text_ok(&c.label) {
                            return bad(at(&format!(" column {}", c.id)), "label needs both ja and en");
                        }
                        if c.kind == ColumnKind::Choice && c.options.is_empty() {
                            return bad(at(&format!(" column {}", c.id)), "a choice column needs options");
                        }
                    }
                }
                Shape::Matrix { rows, columns, .. } => {
                    if rows.is_empty() || columns.is_empty() {
                        return bad(at(""), "a matrix needs rows and columns");
                    }
                    unique(rows.iter().map(|r| r.id.as_str()), &at(" rows"))?;
                    unique(columns.iter().map(|c| c.id.as_str()), &at(" columns"))?;
                }
                _ => {}
            }
            // An own field's example is still the model of how to write it.
            if field.own && field.example.is_none() {
                return bad(at(""), "an own field needs an example to show how to write it");
            }
            if let Some(Err(e)) = field.example.as_ref().map(|example| value::check(&field.shape, example)) {
                return bad(at(" example"), &e.to_string());
            }
        }
    }
    Ok(())
}

fn unique<'a>(ids: impl Iterator<Item = &'a str>, at: &str) -> Result<(), GuideError> {
    let mut seen = HashSet::new();
    for id in ids {
        if id.is_empty() || !id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
            return Err(GuideError::Invalid {
                at: at.into(),
                problem: format!("id {id:?} is not kebab-case"),
            });
        }
        if !seen.insert(id) {
            return Err(GuideError::Invalid { at: at.into(), problem: format!("id {id:?} appears twice") });
        }
    }
    Ok(())
}
