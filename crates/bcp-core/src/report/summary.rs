//! 事業継続計画サマリ: the plan on one A4 page, for the wall and the first minutes of a disaster.
//! What it shows is data (`templates/print/summary.toml`).

use super::ReportError;
use super::answer_text::{View, value_block};
use super::flow::{Flow, frame_pages};
use super::fonts::{Fonts, Weight};
use super::layout::Layout;
use super::templates;
use super::words::{say, words};
use crate::guide::Guide;
use crate::organization::Organization;
use crate::plan::Answers;
use crate::plan::value::is_blank;
use crate::settings::Language;
use chrono::NaiveDate;

pub struct SummaryInput<'a> {
    pub guide: &'a Guide,
    pub organization: &'a Organization,
    pub answers: &'a Answers,
    pub version_label: String,
    pub date: NaiveDate,
    pub language: Language,
}

pub fn layout(input: &SummaryInput, fonts: &Fonts) -> Result<Layout, ReportError> {
    let template = templates::summary().map_err(ReportError::Template)?;
    let language = input.language;
    let w = words();
    let title = say(&template.title, language);
    let mut flow = Flow::new(fonts);
    flow.body_pt = 7.5;
    flow.table_pt = 7.0;
    flow.heading(&format!("{title}　{}", input.organization.name), 1);
    flow.paragraph(
        &format!(
            "{}　{}{}",
            input.version_label,
            say(&w.printed_on, language),
            crate::dates::for_language(input.date, language)
        ),
        0.0,
        Weight::Regular,
        Some(8.0),
    );
    // Two columns below the title: a summary is read at a glance, not page by page.
    flow.set_columns(2);
    for section in &template.sections {
        flow.heading(say(&section.title, language), 3);
        let mut printed = false;
        for r in &section.fields {
            let field = input.guide.step(&r.step).and_then(|s| s.field(&r.field));
            let value = input.answers.get(&r.step, &r.field).filter(|v| !is_blank(v));
            if let (Some(field), Some(value)) = (field, value) {
                value_block(
                    &mut flow,
                    field,
                    value,
                    View { only_columns: r.columns.as_deref(), max_rows: Some(4), language },
                );
                printed = true;
            }
        }
        if !printed {
            flow.paragraph(say(&w.none_filled, language), 4.0, Weight::Regular, None);
        }
    }
    let (mut pages, missing_glyphs) = flow.finish();
    frame_pages(&mut pages, fonts, &input.organization.name, title, false);
    Ok(Layout { title: format!("{title} — {}", input.organization.name), pages, missing_glyphs })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reference_exists_in_the_guide() {
        let guide = crate::guide::embedded().expect("guide");
        let template = templates::summary().expect("summary.toml parses");
        for r in template.sections.iter().flat_map(|s| &s.fields) {
            let field = guide.step(&r.step).and_then(|s| s.field(&r.field));
            let field = field.unwrap_or_else(|| panic!("summary.toml: no field {}/{}", r.step, r.field));
            if let (Some(columns), crate::guide::Shape::Table { columns: defined, .. }) =
                (&r.columns, &field.shape)
            {
                for c in columns {
                    assert!(
                        defined.iter().any(|d| &d.id == c),
                        "summary.toml: {}/{} has no column {c}",
                        r.step,
                        r.field
                    );
                }
            }
        }
    }
}
