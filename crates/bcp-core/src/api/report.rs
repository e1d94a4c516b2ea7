//! Printing.

use super::ApiError;
use crate::report::cover::{self, CoverInput};
use crate::report::fonts::Fonts;
use crate::report::{Printed, pdf};
use crate::store::Store;
use chrono::{DateTime, FixedOffset, Utc};

/// The cover page as PDF bytes, dated `now` in Japan time (作成日 is a Japanese calendar day).
pub fn cover(store: &Store, now: DateTime<Utc>) -> Result<Printed, ApiError> {
    let view = super::organization::get(store)?.ok_or(ApiError::NoOrganization)?;
    let fonts = Fonts::load()?;
    let input = CoverInput { organization: &view.organization, place: view.place.as_ref(), date: japan_date(now) };
    let layout = cover::layout(&input, &fonts);
    Ok(pdf::render(&layout, &fonts, now.timestamp()))
}

/// A file name to offer in the save dialog: 「表紙_訪問看護ステーションさくら_20261125.pdf」.
pub fn cover_file_name(store: &Store, now: DateTime<Utc>) -> Result<String, ApiError> {
    let view = super::organization::get(store)?.ok_or(ApiError::NoOrganization)?;
    let name: String = view
        .organization
        .name
        .chars()
        .map(|c| if r#"\/:*?"<>|"#.contains(c) || c.is_control() { '_' } else { c })
        .take(60)
        .collect();
    Ok(format!("表紙_{}_{}.pdf", name.trim(), japan_date(now).format("%Y%m%d")))
}

fn japan_date(now: DateTime<Utc>) -> chrono::NaiveDate {
    let jst = FixedOffset::east_opt(9 * 3600).expect("+09:00 is a valid offset");
    now.with_timezone(&jst).date_naive()
}
