//! The home-care BCP guide as data (`templates/guide/`, embedded at build time): chapters, steps and
//! fields, with the rules that decide when a field is filled. The wizard UI, completeness and the
//! printed plan all read this; no step or field is hard-coded anywhere else.

mod check;
pub mod model;

pub use check::GuideError;
pub use model::*;

use std::sync::LazyLock;

include!(concat!(env!("OUT_DIR"), "/guide_files.rs"));

static EMBEDDED: LazyLock<Result<Guide, GuideError>> = LazyLock::new(|| parse(GUIDE_FILES));

/// The guide this binary was built with. Its validity is a test (`guide::tests`), so the `Err` arm
/// is reached only by a broken build; callers still get an error, not a panic.
pub fn embedded() -> Result<&'static Guide, &'static GuideError> {
    EMBEDDED.as_ref()
}

/// Parses and checks a guide from its files: `guide.toml` and `steps/*.toml`.
pub fn parse(files: &[(&str, &str)]) -> Result<Guide, GuideError> {
    let find = |name: &str| files.iter().find(|(n, _)| *n == name).map(|(_, text)| *text);
    let index_text = find("guide.toml").ok_or_else(|| GuideError::Missing("guide.toml".into()))?;
    let index: GuideIndex = toml::from_str(index_text)
        .map_err(|e| GuideError::Syntax { file: "guide.toml".into(), message: e.to_string() })?;
    let mut steps = Vec::new();
    for (position, id) in index.steps.iter().enumerate() {
        let file = format!("steps/{position:02}-{id}.toml");
        let text = find(&file).ok_or_else(|| GuideError::Missing(file.clone()))?;
        let step: Step = toml::from_str(text)
            .map_err(|e| GuideError::Syntax { file: file.clone(), message: e.to_string() })?;
        steps.push(step);
    }
    let guide = Guide {
        version: index.version,
        title: index.title,
        sources: index.sources,
        chapters: index.chapters,
        steps,
    };
    check::check(&guide)?;
    Ok(guide)
}

#[cfg(test)]
mod tests;
