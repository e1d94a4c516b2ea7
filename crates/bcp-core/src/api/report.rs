//! Printing.

use super::ApiError;
use crate::report::cover::{self, CoverInput};
use crate::report::fonts::Fonts;
use crate::report::{Printed, pdf};
use crate::store::Store;
use chrono::{DateTime, NaiveDate, Utc};

/// The cover page as PDF bytes. `today` is the user's calendar day (作成日); `now` stamps the file.
pub fn cover(store: &Store, now: DateTime<Utc>, today: NaiveDate) -> Result<Printed, ApiError> {
    let view = super::organization::get(store)?.ok_or(ApiError::NoOrganization)?;
    let fonts = Fonts::load()?;
    let input = CoverInput { organization: &view.organization, place: view.place.as_ref(), date: today };
    let layout = cover::layout(&input, &fonts);
    Ok(pdf::render(&layout, &fonts, now.timestamp()))
}

/// A file name to offer in the save dialog: 「表紙_訪問看護ステーションさくら_20261125.pdf」.
pub fn cover_file_name(store: &Store, today: NaiveDate) -> Result<String, ApiError> {
    let view = super::organization::get(store)?.ok_or(ApiError::NoOrganization)?;
    let name: String = view
        .organization
        .name
        .chars()
        .map(|c| if r#"\/:*?"<>|"#.contains(c) || c.is_control() { '_' } else { c })
        .take(60)
        .collect();
    Ok(format!("表紙_{}_{}.pdf", name.trim(), today.format("%Y%m%d")))
}
