//! サンプル: load a bundled sample organisation with its plan, partners and agreements into an empty
//! data folder, from its exchange file (checked like any other), and import its partners' files.

use super::{ApiError, timestamp};
use crate::exchange::content::{self, ExchangeContent};
use crate::exchange::envelope;
use crate::exchange::keys::OrgKeys;
use crate::organization::OrganizationDraft;
use crate::plan::revision::RevisionInput;
use crate::samples::{self, Bundled, Sample};
use crate::store::Store;
use chrono::{DateTime, Utc};
use serde::Serialize;

/// A sample as the first-run screen offers it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SampleInfo {
    pub id: String,
    pub title: crate::guide::Text,
    /// The first-run screen offers a coordinator the coordination base, a manager the others.
    pub kind: crate::organization::OrganizationKind,
}

pub fn list() -> Result<Vec<SampleInfo>, ApiError> {
    Ok(all()?
        .into_iter()
        .filter(|b| !b.sample.partner_only)
        .map(|b| SampleInfo { id: b.sample.id, title: b.sample.title, kind: b.sample.organization.kind })
        .collect())
}

/// Loads sample `id` as one unit. Refused (nothing changes) when an organisation is already registered.
pub fn load(store: &mut Store, id: &str, now: DateTime<Utc>) -> Result<(), ApiError> {
    let bundled = all()?;
    let chosen = bundled
        .iter()
        .find(|b| b.sample.id == id && !b.sample.partner_only)
        .ok_or_else(|| ApiError::NoSuchSample(id.into()))?;
    if store.organization()?.is_some() {
        return Err(ApiError::SampleNeedsEmptyFolder);
    }
    let keys = super::exchange::keys(store, now)?;
    let opened = envelope::open(chosen.exchange_file, &keys).map_err(|e| ApiError::Sample(e.to_string()))?;
    let content = content::parse(&opened.payload, false).map_err(|e| ApiError::Sample(e.to_string()))?;
    store.atomically(|store| {
        restore(store, &content, now)?;
        for partner in &chosen.sample.partner_files {
            let file = bundled
                .iter()
                .find(|b| &b.sample.id == partner)
                .ok_or_else(|| ApiError::Sample(format!("partner file {partner:?} is not bundled")))?;
            super::exchange::import(store, file.exchange_file, now)?;
        }
        if let Some(scope) = &chosen.sample.region_scope {
            super::regional::set_scope(store, scope.clone(), now)?;
        }
        // Members' files go through the exchange importer like any the coordinator receives; the
        // folder was empty, so no backup is taken for them.
        for member in &chosen.sample.member_files {
            let bytes = bundled
                .iter()
                .find(|b| &b.sample.id == member)
                .map(|b| b.exchange_file)
                .or_else(|| {
                    samples::REGION_FILES.iter().find(|(name, _)| name == member).map(|(_, bytes)| *bytes)
                })
                .ok_or_else(|| ApiError::Sample(format!("member file {member:?} is not bundled")))?;
            super::exchange::import_with(store, bytes, now, false)?;
        }
        Ok::<(), ApiError>(())
    })
}

/// Makes `content` this organisation's own: organisation, plan (answers, then its revisions), partners
/// and agreements. Every value goes through the same checks as typing it in.
fn restore(store: &mut Store, content: &ExchangeContent, now: DateTime<Utc>) -> Result<(), ApiError> {
    let o = &content.organization;
    let draft = OrganizationDraft {
        kind: o.kind,
        name: o.name.clone(),
        corporation_name: o.corporation_name.clone(),
        address: o.address.clone(),
        municipality: o.municipality.clone(),
        phone: o.phone.clone(),
        manager_name: o.manager_name.clone(),
    };
    super::organization::save(store, draft, now)?;
    if let Some(plan) = &content.plan {
        super::plan::start(store, plan.snapshot.scope, now)?;
        for (step, fields) in &plan.snapshot.answers.0 {
            for (field, value) in fields {
                super::plan::save_answer(store, step, field, value.clone(), now)?;
            }
        }
        // Only the last version's content travels; earlier entries of the history are restored as the
        // same content (samples have one version).
        for r in &plan.history {
            let input = RevisionInput {
                revised_on: r.revised_on.clone(),
                reason: r.reason.clone(),
                approver: r.approver.clone(),
                next_review_due: r.next_review_due.clone(),
            };
            super::revision::revise(store, input, now)?;
        }
    }
    for p in &content.partners {
        super::exchange::save_partner(store, p.clone(), now)?;
    }
    for a in &content.agreements {
        super::exchange::save_agreement(store, a.clone(), now)?;
    }
    Ok(())
}

/// Builds a recipe into `store` (empty): what a person following it in the app would enter.
fn build(store: &mut Store, sample: &Sample, now: DateTime<Utc>) -> Result<(), ApiError> {
    super::organization::save(store, sample.organization.clone(), now)?;
    for group in &sample.demo_patients {
        for n in 1..=group.count {
            let mut record = crate::patient::record::PatientRecord {
                municipality: Some(group.municipality.clone()),
                ..crate::patient::record::PatientRecord::new(&format!("デモ患者 {} {n}", group.municipality))
            };
            record.devices.push(crate::patient::record::RegisteredDevice {
                device: crate::patient::power::Device {
                    id: "d1".into(),
                    class: group.device,
                    measured_draw_w: None,
                    nameplate_w: None,
                },
                hours_per_day: 24.0,
                substitutes: vec![],
            });
            super::patients::save(store, record, now)?;
        }
    }
    if sample.no_plan {
        return Ok(());
    }
    super::plan::start(store, sample.scope, now)?;
    let guide = super::plan::guide()?;
    let kind = sample.organization.kind;
    for step in guide.steps.iter().filter(|s| s.kinds.as_ref().is_none_or(|k| k.contains(&kind))) {
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
    for p in &sample.partners {
        super::exchange::save_partner(store, p.clone(), now)?;
    }
    for a in &sample.agreements {
        super::exchange::save_agreement(store, a.clone(), now)?;
    }
    Ok(())
}

/// The exchange file a recipe makes: same recipe, same bytes (fixed time, published demo key).
pub fn sealed_file(sample: &Sample) -> Result<Vec<u8>, ApiError> {
    let now = DateTime::parse_from_rfc3339(&sample.created_at)
        .map_err(|_| ApiError::BadTime(sample.created_at.clone()))?
        .to_utc();
    let mut store = super::open_in_memory(now)?;
    build(&mut store, sample, now)?;
    let content = super::exchange::our_content(&mut store, None, now, now.date_naive())?;
    let keys = OrgKeys::from_secrets(&sample.demo_key.signing, &sample.demo_key.age)
        .map_err(|e| ApiError::Keys(e.to_string()))?;
    let payload = serde_json::to_vec(&content).map_err(|e| ApiError::Sample(e.to_string()))?;
    Ok(envelope::seal(&keys, &content.organization.name, &timestamp(now), &payload, None)?)
}

/// Every recipe with its bundled file, for the drift test and `cargo xtask seeds`.
pub fn bundled() -> Result<Vec<Bundled>, ApiError> {
    all()
}

fn all() -> Result<Vec<Bundled>, ApiError> {
    samples::all().map_err(ApiError::Sample)
}
