//! サンプル: load a bundled sample organisation with its plan into an empty data folder.

use super::ApiError;
use crate::samples::{self, Sample};
use crate::store::Store;
use chrono::{DateTime, Utc};
use serde::Serialize;

/// A sample as the first-run screen offers it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SampleInfo {
    pub id: String,
    pub title: crate::guide::Text,
}

pub fn list() -> Result<Vec<SampleInfo>, ApiError> {
    Ok(all()?.into_iter().map(|s| SampleInfo { id: s.id, title: s.title }).collect())
}

/// Loads sample `id` as one unit. Refused (nothing changes) when an organisation is already registered.
pub fn load(store: &mut Store, id: &str, now: DateTime<Utc>) -> Result<(), ApiError> {
    let sample = all()?.into_iter().find(|s| s.id == id).ok_or_else(|| ApiError::NoSuchSample(id.into()))?;
    if store.organization()?.is_some() {
        return Err(ApiError::SampleNeedsEmptyFolder);
    }
    store.atomically(|store| {
        super::organization::save(store, sample.organization.clone(), now)?;
        super::plan::start(store, sample.scope, now)?;
        let guide = super::plan::guide()?;
        for step in &guide.steps {
            for field in &step.fields {
                let chosen = sample.answers.get(&step.id).and_then(|f| f.get(&field.id)).cloned();
                let value = chosen.or_else(|| field.example.clone().filter(|_| sample.adopt_examples));
                if let Some(value) = value {
                    super::plan::save_answer(store, &step.id, &field.id, value, now)?;
                }
            }
        }
        for revision in &sample.revisions {
            super::revision::revise(store, revision.clone(), now)?;
        }
        Ok::<(), ApiError>(())
    })?;
    Ok(())
}

fn all() -> Result<Vec<Sample>, ApiError> {
    samples::all().map_err(ApiError::Sample)
}
