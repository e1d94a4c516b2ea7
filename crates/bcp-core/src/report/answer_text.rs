//! Answers as printed text: choice ids become their labels, dates 和暦（西暦）, lists numbered,
//! tables and matrices as bordered tables. Shared by the plan, the summary and the action cards.

use super::flow::{Flow, TableSpec};
use super::fonts::Weight;
use super::words::{say, say_n, words};
use crate::guide::{Choice, Column, ColumnKind, Field, Shape, Text};
use crate::plan::value::is_blank as is_empty;
use crate::settings::Language;
use chrono::NaiveDate;
use serde_json::Value;

/// How much of an answer to show: all of it in the plan, a shortened view in the summary.
#[derive(Debug, Clone, Copy, Default)]
pub struct View<'a> {
    /// Only these table columns.
    pub only_columns: Option<&'a [String]>,
    /// At most this many list items or table rows, then 「ほかn件」.
    pub max_rows: Option<usize>,
    /// Labels of choices, units and headers (the answers themselves are as the user wrote them).
    pub language: Language,
}

/// Sets a non-empty answer.
pub fn value_block(flow: &mut Flow, field: &Field, value: &Value, view: View) {
    let only_columns = view.only_columns;
    let language = view.language;
    let limit = view.max_rows.unwrap_or(usize::MAX);
    let more = |flow: &mut Flow, total: usize| {
        if total > limit {
            flow.paragraph(&say_n(&words().more_rows, language, total - limit), 4.0, Weight::Regular, None);
        }
    };
    match &field.shape {
        Shape::Text { .. } | Shape::Longtext { .. } => {
            for paragraph in value.as_str().unwrap_or_default().split('\n').filter(|p| !p.trim().is_empty()) {
                flow.paragraph(paragraph, 4.0, Weight::Regular, None);
            }
        }
        Shape::List { .. } => {
            let items = strings(value);
            for (i, item) in items.iter().enumerate().take(limit) {
                flow.item(&format!("{}. ", i + 1), item, 4.0);
            }
            more(flow, items.len());
        }
        Shape::Choice { options } => {
            flow.paragraph(&option_label(options, value, language), 4.0, Weight::Regular, None)
        }
        Shape::Multichoice { options, .. } => {
            let labels: Vec<String> = strings(value).iter().map(|s| label_of(options, s, language)).collect();
            flow.paragraph(&labels.join(say(&words().list_separator, language)), 4.0, Weight::Regular, None);
        }
        Shape::Number { unit, .. } => {
            let unit = unit.as_ref().map_or("", |u| text(u, language));
            let gap = if language == Language::En && !unit.is_empty() { " " } else { "" };
            flow.paragraph(&format!("{}{gap}{unit}", number(value)), 4.0, Weight::Regular, None);
        }
        Shape::Date {} => flow.paragraph(&date_in(value, language), 4.0, Weight::Regular, None),
        Shape::Table { columns, .. } => {
            let columns: Vec<&Column> =
                columns.iter().filter(|c| only_columns.is_none_or(|only| only.contains(&c.id))).collect();
            let mut rows: Vec<Vec<String>> = value
                .as_array()
                .map(|rows| {
                    rows.iter()
                        .filter(|r| !is_empty(r))
                        .map(|row| {
                            columns.iter().map(|c| cell_text_in(c, row.get(&c.id), language)).collect()
                        })
                        .collect()
                })
                .unwrap_or_default();
            let total = rows.len();
            rows.truncate(limit);
            let spec = TableSpec {
                columns: columns.iter().map(|c| (column_header(c, language), column_weight(c))).collect(),
                rows,
            };
            flow.table(&spec);
            more(flow, total);
        }
        Shape::Matrix { rows, columns, .. } => {
            let mut header = vec![(String::new(), 1.3)];
            header.extend(columns.iter().map(|c| (choice_text(c, language).to_string(), 1.0)));
            let body = rows
                .iter()
                .filter_map(|r| {
                    let cells = value.get(&r.id)?;
                    if is_empty(cells) {
                        return None;
                    }
                    let mut line = vec![choice_text(r, language).to_string()];
                    line.extend(
                        columns
                            .iter()
                            .map(|c| cells.get(&c.id).and_then(Value::as_str).unwrap_or("").to_string()),
                    );
                    Some(line)
                })
                .collect();
            flow.table(&TableSpec { columns: header, rows: body });
        }
    }
}

fn column_header(c: &Column, language: Language) -> String {
    match (&c.unit, language) {
        (Some(u), Language::Ja) => format!("{}（{}）", c.label.ja, u.ja),
        (Some(u), Language::En) => format!("{} ({})", c.label.en, u.en),
        (None, _) => text(&c.label, language).to_string(),
    }
}

fn text(t: &Text, language: Language) -> &str {
    say(t, language)
}

fn choice_text(c: &Choice, language: Language) -> &str {
    match language {
        Language::Ja => &c.ja,
        Language::En => &c.en,
    }
}

/// Relative column widths: prose needs room, numbers and choices little.
fn column_weight(c: &Column) -> f32 {
    match c.kind {
        ColumnKind::Longtext => 2.2,
        ColumnKind::List => 1.6,
        ColumnKind::Text => 1.3,
        ColumnKind::Choice | ColumnKind::Date => 0.9,
        ColumnKind::Number | ColumnKind::Boolean => 0.6,
    }
}

/// A table cell as printed in Japanese.
pub fn cell_text(column: &Column, cell: Option<&Value>) -> String {
    cell_text_in(column, cell, Language::Ja)
}

pub fn cell_text_in(column: &Column, cell: Option<&Value>, language: Language) -> String {
    let Some(cell) = cell.filter(|c| !is_empty(c)) else { return String::new() };
    match column.kind {
        ColumnKind::Choice => option_label(&column.options, cell, language),
        ColumnKind::Date => date_in(cell, language),
        ColumnKind::Number => number(cell),
        ColumnKind::Boolean => if cell.as_bool() == Some(true) { "○" } else { "×" }.into(),
        ColumnKind::List => strings(cell)
            .iter()
            .enumerate()
            .map(|(i, s)| format!("{}. {s}", i + 1))
            .collect::<Vec<_>>()
            .join("\n"),
        ColumnKind::Text | ColumnKind::Longtext => cell.as_str().unwrap_or_default().to_string(),
    }
}

pub fn option_label(options: &[Choice], value: &Value, language: Language) -> String {
    label_of(options, value.as_str().unwrap_or_default(), language)
}

fn label_of(options: &[Choice], id: &str, language: Language) -> String {
    options
        .iter()
        .find(|o| o.id == id)
        .map_or_else(|| id.to_string(), |o| choice_text(o, language).to_string())
}

pub fn strings(value: &Value) -> Vec<String> {
    value
        .as_array()
        .map(|a| {
            a.iter().filter_map(Value::as_str).filter(|s| !s.trim().is_empty()).map(str::to_string).collect()
        })
        .unwrap_or_default()
}

fn number(value: &Value) -> String {
    match value.as_f64() {
        Some(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{}", n as i64),
        Some(n) => n.to_string(),
        None => String::new(),
    }
}

/// A stored date as printed in Japanese: 和暦（西暦）.
pub fn date(value: &Value) -> String {
    date_in(value, Language::Ja)
}

pub fn date_in(value: &Value, language: Language) -> String {
    let text = value.as_str().unwrap_or_default();
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_or_else(|_| text.to_string(), |d| crate::dates::for_language(d, language))
}
