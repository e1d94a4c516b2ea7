//! Answer values: does a value have its field's shape (else it is refused and nothing is saved), and
//! is it filled (else completeness says why not).
//!
//! Shapes in JSON: text/longtext/choice/date → string; list/multichoice → array of strings;
//! number → number; table → array of objects keyed by column id; matrix → object row → column → string.
//! `null` clears an answer.

use crate::guide::{Column, ColumnKind, Shape};
use serde::{Deserialize, Serialize};
use serde_json::Value;

const DEFAULT_TEXT_MAX: u32 = 200;
const DEFAULT_LONGTEXT_MAX: u32 = 4000;
const MAX_ITEMS: usize = 500;

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ValueError {
    #[error("expected {0}")]
    WrongType(&'static str),
    #[error("{0:?} is not one of the options")]
    UnknownOption(String),
    #[error("longer than {0} characters")]
    TooLong(u32),
    #[error("more than {MAX_ITEMS} items")]
    TooMany,
    #[error("{0:?} is not a date (YYYY-MM-DD)")]
    NotADate(String),
    #[error("{0} is outside the allowed range")]
    OutOfRange(f64),
    #[error("unknown column {0:?}")]
    UnknownColumn(String),
    #[error("unknown row {0:?}")]
    UnknownRow(String),
    #[error("row {row}, column {column}: {reason}")]
    InCell { row: usize, column: String, reason: Box<ValueError> },
}

/// Why a field does not count as filled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum GapReason {
    /// Nothing entered.
    Empty,
    /// A list or multiple choice has fewer entries than the guide asks for.
    TooFewItems { have: u32, need: u32 },
    /// A table has fewer complete rows than the guide asks for.
    TooFewRows { have: u32, need: u32 },
    /// A table row lacks a cell its column requires (1-based row).
    IncompleteRow { row: u32, column: String },
    /// A matrix has fewer rows with any entry than the guide asks for.
    TooFewFilledRows { have: u32, need: u32 },
}

/// Checks that `value` has the shape of the field. `null` (clear) always passes.
pub fn check(shape: &Shape, value: &Value) -> Result<(), ValueError> {
    if value.is_null() {
        return Ok(());
    }
    match shape {
        Shape::Text { max_length } => text(value, max_length.unwrap_or(DEFAULT_TEXT_MAX)),
        Shape::Longtext { max_length } => text(value, max_length.unwrap_or(DEFAULT_LONGTEXT_MAX)),
        Shape::List { max_length, .. } => {
            strings(value)?.iter().try_for_each(|s| length(s, max_length.unwrap_or(DEFAULT_TEXT_MAX)))
        }
        Shape::Choice { options } => option(value, options.iter().map(|o| o.id.as_str())),
        Shape::Multichoice { options, .. } => strings(value)?
            .iter()
            .try_for_each(|s| option(&Value::String(s.to_string()), options.iter().map(|o| o.id.as_str()))),
        Shape::Number { min, max, .. } => {
            let n = value.as_f64().ok_or(ValueError::WrongType("a number"))?;
            if min.is_some_and(|m| n < m) || max.is_some_and(|m| n > m) || !n.is_finite() {
                return Err(ValueError::OutOfRange(n));
            }
            Ok(())
        }
        Shape::Date {} => date(value),
        Shape::Table { columns, .. } => {
            let rows = value.as_array().ok_or(ValueError::WrongType("a list of rows"))?;
            if rows.len() > MAX_ITEMS {
                return Err(ValueError::TooMany);
            }
            for (i, row) in rows.iter().enumerate() {
                let cells = row.as_object().ok_or(ValueError::WrongType("a row of cells"))?;
                for (key, cell) in cells {
                    let column = columns
                        .iter()
                        .find(|c| &c.id == key)
                        .ok_or_else(|| ValueError::UnknownColumn(key.clone()))?;
                    cell_check(column, cell).map_err(|e| ValueError::InCell {
                        row: i + 1,
                        column: key.clone(),
                        reason: Box::new(e),
                    })?;
                }
            }
            Ok(())
        }
        Shape::Matrix { rows, columns, .. } => {
            let grid = value.as_object().ok_or(ValueError::WrongType("a table of rows"))?;
            for (row_id, cells) in grid {
                if !rows.iter().any(|r| &r.id == row_id) {
                    return Err(ValueError::UnknownRow(row_id.clone()));
                }
                let cells = cells.as_object().ok_or(ValueError::WrongType("a row of cells"))?;
                for (column_id, cell) in cells {
                    if !columns.iter().any(|c| &c.id == column_id) {
                        return Err(ValueError::UnknownColumn(column_id.clone()));
                    }
                    if !cell.is_null() {
                        text(cell, DEFAULT_TEXT_MAX)?;
                    }
                }
            }
            Ok(())
        }
    }
}

fn cell_check(column: &Column, cell: &Value) -> Result<(), ValueError> {
    if cell.is_null() {
        return Ok(());
    }
    match column.kind {
        ColumnKind::Text => text(cell, DEFAULT_TEXT_MAX),
        ColumnKind::Longtext => text(cell, DEFAULT_LONGTEXT_MAX),
        ColumnKind::Number => {
            cell.as_f64().filter(|n| n.is_finite()).map(|_| ()).ok_or(ValueError::WrongType("a number"))
        }
        ColumnKind::Choice => option(cell, column.options.iter().map(|o| o.id.as_str())),
        ColumnKind::Date => date(cell),
        ColumnKind::List => strings(cell)?.iter().try_for_each(|s| length(s, DEFAULT_TEXT_MAX)),
        ColumnKind::Boolean => cell.as_bool().map(|_| ()).ok_or(ValueError::WrongType("yes or no")),
    }
}

fn text(value: &Value, max: u32) -> Result<(), ValueError> {
    length(value.as_str().ok_or(ValueError::WrongType("text"))?, max)
}

fn length(s: &str, max: u32) -> Result<(), ValueError> {
    if s.chars().count() > max as usize { Err(ValueError::TooLong(max)) } else { Ok(()) }
}

fn strings(value: &Value) -> Result<Vec<&str>, ValueError> {
    let items = value.as_array().ok_or(ValueError::WrongType("a list"))?;
    if items.len() > MAX_ITEMS {
        return Err(ValueError::TooMany);
    }
    items.iter().map(|v| v.as_str().ok_or(ValueError::WrongType("a list of texts"))).collect()
}

fn option<'a>(value: &Value, mut ids: impl Iterator<Item = &'a str>) -> Result<(), ValueError> {
    let s = value.as_str().ok_or(ValueError::WrongType("an option"))?;
    if s.is_empty() || ids.any(|id| id == s) { Ok(()) } else { Err(ValueError::UnknownOption(s.to_string())) }
}

fn date(value: &Value) -> Result<(), ValueError> {
    let s = value.as_str().ok_or(ValueError::WrongType("a date"))?;
    if s.is_empty() || chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok() {
        Ok(())
    } else {
        Err(ValueError::NotADate(s.to_string()))
    }
}

/// `None` when the value counts as filled; otherwise the reason it does not.
pub fn gap(shape: &Shape, value: Option<&Value>) -> Option<GapReason> {
    let Some(value) = value.filter(|v| !v.is_null()) else { return Some(GapReason::Empty) };
    let need = |min: Option<u32>| min.unwrap_or(1).max(1);
    match shape {
        Shape::Text { .. } | Shape::Longtext { .. } | Shape::Choice { .. } | Shape::Date {} => {
            (!is_blank(value)).then_some(()).map_or(Some(GapReason::Empty), |()| None)
        }
        Shape::Number { .. } => value.as_f64().map_or(Some(GapReason::Empty), |_| None),
        Shape::List { min_items, .. } | Shape::Multichoice { min_items, .. } => {
            let have = value.as_array().map_or(0, |a| a.iter().filter(|v| !is_blank(v)).count()) as u32;
            count_gap(have, need(*min_items), |have, need| GapReason::TooFewItems { have, need })
        }
        Shape::Table { min_rows, columns } => {
            let rows: Vec<&serde_json::Map<String, Value>> = value
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(Value::as_object)
                        .filter(|r| r.values().any(|c| !is_blank(c)))
                        .collect()
                })
                .unwrap_or_default();
            for (i, row) in rows.iter().enumerate() {
                if let Some(column) =
                    columns.iter().find(|c| c.required && row.get(&c.id).is_none_or(is_blank))
                {
                    return Some(GapReason::IncompleteRow { row: i as u32 + 1, column: column.id.clone() });
                }
            }
            count_gap(rows.len() as u32, need(*min_rows), |have, need| GapReason::TooFewRows { have, need })
        }
        Shape::Matrix { min_filled_rows, .. } => {
            let have = value.as_object().map_or(0, |grid| {
                grid.values()
                    .filter(|cells| cells.as_object().is_some_and(|c| c.values().any(|v| !is_blank(v))))
                    .count()
            }) as u32;
            count_gap(have, need(*min_filled_rows), |have, need| GapReason::TooFewFilledRows { have, need })
        }
    }
}

fn count_gap(have: u32, need: u32, reason: impl Fn(u32, u32) -> GapReason) -> Option<GapReason> {
    match have {
        0 => Some(GapReason::Empty),
        h if h < need => Some(reason(h, need)),
        _ => None,
    }
}

/// Nothing a reader would see: null, blank text, or containers of only those.
pub fn is_blank(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        Value::Array(a) => a.iter().all(is_blank),
        Value::Object(o) => o.values().all(is_blank),
        Value::Bool(_) | Value::Number(_) => false,
    }
}

#[cfg(test)]
mod tests;
