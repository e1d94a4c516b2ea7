//! Printing.

use super::ApiError;
use crate::report::cover::{self, CoverInput};
use crate::report::fonts::Fonts;
use crate::report::plan::PlanInput;
use crate::report::{Printed, pdf};
use crate::store::Store;
use chrono::{DateTime, NaiveDate, Utc};

/// The cover page as PDF bytes. `today` is the user's calendar day (作成日); `now` stamps the file.
pub fn cover(store: &Store, now: DateTime<Utc>, today: NaiveDate) -> Result<Printed, ApiError> {
    let view = super::organization::get(store)?.ok_or(ApiError::NoOrganization)?;
    let fonts = Fonts::load()?;
    let subtitle = match store.current_plan()? {
        Some(plan) => format!("機関型BCP（{}）", plan.scope.label_ja()),
        None => "機関型BCP".to_string(),
    };
    let input =
        CoverInput { organization: &view.organization, place: view.place.as_ref(), date: today, subtitle };
    let layout = cover::layout(&input, &fonts);
    Ok(pdf::render(&layout, &fonts, now.timestamp()))
}

/// The whole plan: cover, contents, chapters in MHLW order, gaps marked 「未記入」.
pub fn plan(store: &Store, now: DateTime<Utc>, today: NaiveDate) -> Result<Printed, ApiError> {
    let view = super::organization::get(store)?.ok_or(ApiError::NoOrganization)?;
    let plan = super::plan::current(store)?.ok_or(ApiError::NoPlan)?;
    let fonts = Fonts::load()?;
    let input = PlanInput {
        guide: super::plan::guide()?,
        organization: &view.organization,
        place: view.place.as_ref(),
        scope: plan.scope,
        answers: &plan.answers,
        date: today,
    };
    let layout = crate::report::plan::layout(&input, &fonts);
    Ok(pdf::render(&layout, &fonts, now.timestamp()))
}

/// 「BCP_訪問看護ステーションさくら_20261125.pdf」.
pub fn plan_file_name(store: &Store, today: NaiveDate) -> Result<String, ApiError> {
    file_name(store, "BCP", today)
}

/// A file name to offer in the save dialog: 「表紙_訪問看護ステーションさくら_20261125.pdf」.
pub fn cover_file_name(store: &Store, today: NaiveDate) -> Result<String, ApiError> {
    file_name(store, "表紙", today)
}

fn file_name(store: &Store, prefix: &str, today: NaiveDate) -> Result<String, ApiError> {
    let view = super::organization::get(store)?.ok_or(ApiError::NoOrganization)?;
    let name: String = view
        .organization
        .name
        .chars()
        .map(|c| if r#"\/:*?"<>|"#.contains(c) || c.is_control() { '_' } else { c })
        .take(60)
        .collect();
    Ok(format!("{prefix}_{}_{}.pdf", name.trim(), today.format("%Y%m%d")))
}
