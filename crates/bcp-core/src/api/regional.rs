//! 地域BCP: the coordination base's region, bulk import of members' files, and the dashboard (issue #7).

use super::{ApiError, timestamp};
use crate::api::exchange::{ImportedFile, remote_plans};
use crate::organization::OrganizationKind;
use crate::regional::RegionScope;
use crate::regional::dashboard::{Dashboard, Member, dashboard as compute};
use crate::store::Store;
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

const SCOPE_KEY: &str = "regional.scope";

/// Sets the base's region. Every name must be in the region master; only a 連携拠点 has a region.
pub fn set_scope(store: &mut Store, scope: RegionScope, now: DateTime<Utc>) -> Result<Vec<String>, ApiError> {
    let organization = store.organization()?.ok_or(ApiError::NoOrganization)?;
    if organization.kind != OrganizationKind::CoordinationBase {
        return Err(ApiError::NotACoordinationBase);
    }
    let master = store.regions()?.ok_or(ApiError::NoRegionMaster)?;
    for r in &scope.home_care_regions {
        if !master.rows.iter().any(|row| &row.home_care_region == r) {
            return Err(ApiError::UnknownHomeCareRegion(r.clone()));
        }
    }
    for m in &scope.municipalities {
        if master.place_of(m).is_none() {
            return Err(ApiError::UnknownMunicipality(m.clone()));
        }
    }
    let json = serde_json::to_string(&scope).map_err(|e| ApiError::Snapshot(e.to_string()))?;
    store.atomically(|store| {
        store.set_setting(SCOPE_KEY, &json)?;
        store.audit(&timestamp(now), "regional.scope", "*", &json)?;
        Ok::<(), ApiError>(())
    })?;
    municipalities(store)
}

pub fn scope(store: &Store) -> Result<RegionScope, ApiError> {
    Ok(match store.setting(SCOPE_KEY)? {
        Some(json) => serde_json::from_str(&json).map_err(|e| ApiError::Snapshot(e.to_string()))?,
        None => RegionScope::default(),
    })
}

/// The region's municipalities in master order, then the extra ones.
pub fn municipalities(store: &Store) -> Result<Vec<String>, ApiError> {
    let scope = scope(store)?;
    let master = store.regions()?.ok_or(ApiError::NoRegionMaster)?;
    let mut all: Vec<String> = master
        .rows
        .iter()
        .filter(|row| scope.home_care_regions.contains(&row.home_care_region))
        .flat_map(|row| row.municipalities.iter().cloned())
        .collect();
    for m in scope.municipalities {
        if !all.contains(&m) {
            all.push(m);
        }
    }
    Ok(all)
}

/// One file of a bulk import and what became of it.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct FileResult {
    pub file: String,
    pub imported: Option<ImportedFile>,
    /// Why the file was refused (nothing of it was stored).
    pub refused: Option<String>,
}

/// Imports each file on its own: a refused file changes nothing and does not stop the others.
/// One backup is taken before the batch; if it cannot be, nothing is imported.
pub fn import_files(store: &mut Store, files: Vec<(String, Vec<u8>)>, now: DateTime<Utc>) -> Vec<FileResult> {
    if files.is_empty() {
        return Vec::new();
    }
    if let Err(e) = super::backups::before_import(store, now) {
        let refused = Some(format!("取り込み前のバックアップを作れませんでした: {e}"));
        return files
            .into_iter()
            .map(|(file, _)| FileResult { file, imported: None, refused: refused.clone() })
            .collect();
    }
    files
        .into_iter()
        .map(|(file, bytes)| match super::exchange::import_with(store, &bytes, now, false) {
            Ok(imported) => FileResult { file, imported: Some(imported), refused: None },
            Err(e) => FileResult { file, imported: None, refused: Some(refusal_ja(&e)) },
        })
        .collect()
}

fn refusal_ja(e: &ApiError) -> String {
    match e {
        ApiError::Envelope(e) => e.describe_ja(),
        ApiError::Content(e) => e.describe_ja(),
        ApiError::OwnFile => "この事業所自身のファイルです。".into(),
        other => other.to_string(),
    }
}

/// The region at a glance from the members' current files.
pub fn dashboard(store: &Store, today: NaiveDate) -> Result<Dashboard, ApiError> {
    let municipalities = municipalities(store)?;
    let plans = remote_plans(store)?;
    let members: Vec<Member> =
        plans.iter().map(|p| Member { fingerprint: &p.fingerprint, content: &p.content }).collect();
    Ok(compute(&municipalities, &members, super::plan::guide()?, today))
}

/// A patient named in a member's file (consent to the base, or released under break-glass).
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct NamedPatient {
    pub member: String,
    pub name: String,
    pub municipality: Option<String>,
    pub phone: String,
    /// Why the base may see this name: `None` = the patient's consent; else the break-glass reason.
    pub released_under: Option<String>,
}

/// Every named patient in the members' current files. Each view is written to the audit log.
pub fn named_patients(store: &mut Store, now: DateTime<Utc>) -> Result<Vec<NamedPatient>, ApiError> {
    let plans = remote_plans(store)?;
    let named: Vec<NamedPatient> = plans
        .iter()
        .flat_map(|p| {
            let release = p.content.break_glass.as_ref().map(|b| b.reason.clone());
            p.content.patients.iter().map(move |r| NamedPatient {
                member: p.content.organization.name.clone(),
                name: r.name.clone(),
                municipality: r.municipality.clone(),
                phone: r.phone.clone(),
                // A consenting patient stays a consenting patient in a break-glass file.
                released_under: if r
                    .consents_to(crate::patient::record::ConsentScope::RegionalBase, now.date_naive())
                {
                    None
                } else {
                    release.clone()
                },
            })
        })
        .collect();
    store.audit(&timestamp(now), "regional.names", "*", &format!("{} named", named.len()))?;
    Ok(named)
}
