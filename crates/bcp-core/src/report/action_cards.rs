//! 発災時アクションカード: one card per role of the emergency organisation, two per A4 page, cut apart
//! for drills. Each card: the role, who holds it and who stands in (代行順位), its duties, and the
//! items every role needs (first actions, command posts). Source rows: `templates/print/action-cards.toml`.

use super::ReportError;
use super::answer_text::{View, strings, value_block};
use super::flow::{BODY_TOP, Flow, frame_pages};
use super::fonts::{Fonts, Weight};
use super::layout::{A4_HEIGHT_MM, Layout, Page};
use super::templates;
use super::words::{say, words};
use crate::guide::Guide;
use crate::organization::Organization;
use crate::plan::Answers;
use crate::plan::value::is_blank;
use crate::settings::Language;
use serde_json::Value;

pub struct CardsInput<'a> {
    pub guide: &'a Guide,
    pub organization: &'a Organization,
    pub answers: &'a Answers,
    pub version_label: String,
    pub language: Language,
}

const HALF: f32 = A4_HEIGHT_MM / 2.0;

pub fn layout(input: &CardsInput, fonts: &Fonts) -> Result<Layout, ReportError> {
    let (mut pages, missing_glyphs) = card_pages(input, fonts)?;
    let title = say(&words().cards_title, input.language);
    let header = format!("{title}　{}", input.version_label);
    frame_pages(&mut pages, fonts, &input.organization.name, &header, false);
    Ok(Layout { title: format!("{title} — {}", input.organization.name), pages, missing_glyphs })
}

/// The cards' pages without running headers and numbers (a drill pack frames them with its own).
pub fn card_pages(input: &CardsInput, fonts: &Fonts) -> Result<(Vec<Page>, Vec<char>), ReportError> {
    let template = templates::action_cards().map_err(ReportError::Template)?;
    let roles = &template.roles;
    let language = input.language;
    let w = words();
    let word = |t: &'static crate::guide::Text| -> &'static str { say(t, language) };
    let rows: Vec<&serde_json::Map<String, Value>> = input
        .answers
        .get(&roles.step, &roles.field)
        .and_then(Value::as_array)
        .map(|rows| rows.iter().filter(|r| !is_blank(r)).filter_map(Value::as_object).collect())
        .unwrap_or_default();
    let text = |row: &serde_json::Map<String, Value>, column: &str| {
        row.get(column).and_then(Value::as_str).map(str::trim).unwrap_or_default().to_string()
    };

    let mut flow = Flow::new(fonts);
    flow.body_pt = 8.0;
    flow.table_pt = 7.5;
    if rows.is_empty() {
        flow.heading(word(&w.cards_title), 1);
        flow.paragraph(word(&w.cards_no_roles), 0.0, Weight::Regular, None);
    }
    let (mut slot, mut last_card_page) = (0, 0);
    for (i, row) in rows.iter().enumerate() {
        // Two cards per page, upper half then lower half. A card that overflowed its half spilled onto
        // a new page; the next card then starts at the top of a fresh page.
        let lower = slot == 1 && flow.page_index() == last_card_page;
        let (top, bottom) =
            if lower { (HALF + 4.0, A4_HEIGHT_MM - 16.0) } else { (BODY_TOP - 6.0, HALF - 4.0) };
        if i > 0 && !lower {
            flow.page_break();
        }
        last_card_page = flow.page_index();
        slot = if lower { 0 } else { 1 };
        flow.set_band(top + 3.0, bottom - 3.0);
        flow.frame(top, bottom);
        let title = text(row, &roles.title);
        flow.heading(
            &format!("{}{}", word(&w.card), if title.is_empty() { word(&w.card_no_role) } else { &title }),
            1,
        );
        let holder = text(row, &roles.holder);
        flow.paragraph(
            &format!(
                "{}{}",
                word(&w.card_holder),
                if holder.is_empty() { word(&w.card_undecided) } else { &holder }
            ),
            0.0,
            Weight::Bold,
            None,
        );
        let alternates = row.get(&roles.alternates).map(strings).unwrap_or_default();
        if !alternates.is_empty() {
            let ordered: Vec<String> =
                alternates.iter().enumerate().map(|(n, a)| format!("{}. {a}", n + 1)).collect();
            flow.paragraph(
                &format!("{}{}", word(&w.card_alternates), ordered.join("　")),
                0.0,
                Weight::Regular,
                None,
            );
        }
        let duties = text(row, &roles.duties);
        if !duties.is_empty() {
            flow.paragraph(&format!("{}{duties}", word(&w.card_duties)), 0.0, Weight::Regular, None);
        }
        for item in &template.common {
            let field = input.guide.step(&item.step).and_then(|s| s.field(&item.field));
            if let (Some(field), Some(value)) =
                (field, input.answers.get(&item.step, &item.field).filter(|v| !is_blank(v)))
            {
                flow.heading(say(&item.title, language), 3);
                value_block(&mut flow, field, value, View { language, ..View::default() });
            }
        }
    }
    Ok(flow.finish())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::{ColumnKind, Shape};

    #[test]
    fn the_role_source_and_common_items_exist_in_the_guide() {
        let guide = crate::guide::embedded().expect("guide");
        let template = templates::action_cards().expect("action-cards.toml parses");
        let r = &template.roles;
        let field = guide.step(&r.step).and_then(|s| s.field(&r.field)).expect("roles field exists");
        let Shape::Table { columns, .. } = &field.shape else { panic!("roles must be a table") };
        for (column, kind) in
            [(&r.title, ColumnKind::Text), (&r.holder, ColumnKind::Text), (&r.alternates, ColumnKind::List)]
        {
            let found =
                columns.iter().find(|c| &c.id == column).unwrap_or_else(|| panic!("no column {column}"));
            assert_eq!(found.kind, kind, "column {column}");
        }
        assert!(columns.iter().any(|c| c.id == r.duties), "no column {}", r.duties);
        for item in &template.common {
            assert!(
                guide.step(&item.step).and_then(|s| s.field(&item.field)).is_some(),
                "{}/{}",
                item.step,
                item.field
            );
        }
    }
}
