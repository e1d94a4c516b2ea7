//! 交換ファイルと連携型BCP: the organisation's keys, writing and reading exchange files, the partner
//! directory and agreements, and the checks across partners' plans (issue #6).

use super::{ApiError, timestamp};
use crate::exchange::content::{
    self, BreakGlass, CONTENT_VERSION, ExchangeContent, PatientCount, SharedOrganization, SharedPlan,
};
use crate::exchange::envelope;
use crate::exchange::keys::{Fingerprint, OrgKeys, PublicCard};
use crate::link::checks::{self, Finding, Side};
use crate::link::{Agreement, Partner, PartnerKind, check_agreement, check_partner};
use crate::patient::priority::Tier;
use crate::patient::record::ConsentScope;
use crate::store::Store;
use crate::store::links::RemotePlanRow;
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use sha2::{Digest, Sha256};

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct IdentityView {
    /// Read to partners over the phone so they know a file really comes from us.
    pub fingerprint: Fingerprint,
    pub card: PublicCard,
}

/// The organisation's keys, made on first use and kept for good.
pub fn keys(store: &mut Store, now: DateTime<Utc>) -> Result<OrgKeys, ApiError> {
    if store.identity_secrets()?.is_none() {
        let fresh = OrgKeys::generate().map_err(|e| ApiError::Keys(e.to_string()))?;
        let (signing, age) = fresh.to_secrets();
        store.insert_identity(&signing, &age, &timestamp(now))?;
    }
    let (signing, age) = store.identity_secrets()?.ok_or_else(|| ApiError::Keys("not stored".into()))?;
    OrgKeys::from_secrets(&signing, &age).map_err(|e| ApiError::Keys(e.to_string()))
}

pub fn identity(store: &mut Store, now: DateTime<Utc>) -> Result<IdentityView, ApiError> {
    let card = keys(store, now)?.card();
    Ok(IdentityView { fingerprint: card.fingerprint(), card })
}

/// The plan as this organisation shares it: the last fixed version, else the working copy.
fn shared_plan(store: &Store) -> Result<Option<SharedPlan>, ApiError> {
    if store.current_plan()?.is_none() {
        return Ok(None);
    }
    let history = super::revision::history(store)?;
    Ok(Some(match history.last() {
        Some(last) => SharedPlan {
            revision: Some(last.number),
            revised_on: Some(last.revised_on.clone()),
            snapshot: super::revision::snapshot(store, Some(last.number))?,
            history: history.clone(),
        },
        None => SharedPlan {
            revision: None,
            revised_on: None,
            snapshot: super::revision::snapshot(store, None)?,
            history: vec![],
        },
    }))
}

/// Which consent covers a recipient of this kind.
fn consent_scope(kind: PartnerKind) -> ConsentScope {
    match kind {
        PartnerKind::Municipality | PartnerKind::HealthCenter => ConsentScope::Municipality,
        PartnerKind::CoordinationBase => ConsentScope::RegionalBase,
        PartnerKind::PowerCompany => ConsentScope::PowerCompany,
        _ => ConsentScope::Partners,
    }
}

/// This organisation as its exchange file carries it; names only for `recipient` with consent.
pub fn our_content(
    store: &mut Store,
    recipient: Option<&Partner>,
    now: DateTime<Utc>,
    today: NaiveDate,
) -> Result<ExchangeContent, ApiError> {
    content_with(store, recipient, None, now, today)
}

/// `break_glass`: also name the P0/P1 patients whatever their consent (see [`export_break_glass`]).
fn content_with(
    store: &mut Store,
    recipient: Option<&Partner>,
    break_glass: Option<BreakGlass>,
    now: DateTime<Utc>,
    today: NaiveDate,
) -> Result<ExchangeContent, ApiError> {
    let organization = store.organization()?.ok_or(ApiError::NoOrganization)?;
    let ranked = super::patients::ranked(store, now)?;
    let records = store.patients()?;
    let mut counts: Vec<PatientCount> = Vec::new();
    for p in &ranked {
        let record = records.iter().find(|r| r.id == p.id);
        let device_class =
            record.and_then(|r| r.devices.iter().map(|d| d.device.class).find(|c| c.is_life_critical()));
        let key = (p.municipality.clone(), device_class, p.tier);
        match counts.iter_mut().find(|c| (c.municipality.clone(), c.device_class, c.tier) == key) {
            Some(c) => c.count += 1,
            None => counts.push(PatientCount { municipality: key.0, device_class, tier: p.tier, count: 1 }),
        }
    }
    let urgent: Vec<&str> = ranked
        .iter()
        .filter(|p| break_glass.is_some() && matches!(p.tier, Tier::P0 | Tier::P1))
        .map(|p| p.id.as_str())
        .collect();
    let patients: Vec<_> = match recipient {
        Some(partner) => {
            let scope = consent_scope(partner.kind);
            records
                .into_iter()
                .filter(|r| r.consents_to(scope, today) || urgent.contains(&r.id.as_str()))
                .collect()
        }
        None => vec![],
    };
    let content = ExchangeContent {
        content_version: CONTENT_VERSION,
        organization: SharedOrganization {
            kind: organization.kind,
            name: organization.name.clone(),
            corporation_name: organization.corporation_name.clone(),
            address: organization.address.clone(),
            municipality: organization.municipality.clone(),
            phone: organization.phone.clone(),
            manager_name: organization.manager_name.clone(),
        },
        plan: shared_plan(store)?,
        partners: store.partners()?,
        agreements: store.agreements()?,
        patient_counts: counts,
        patients,
        break_glass,
    };
    Ok(content)
}

/// A written exchange file and what went into it.
#[derive(Debug, Clone, PartialEq)]
pub struct Exported {
    pub bytes: Vec<u8>,
    pub file_name: String,
    /// Patients named in the file (0 in a file anyone can read).
    pub names: u32,
}

/// Writes this organisation's exchange file. `to`: a partner whose fingerprint was confirmed and whose
/// file we hold; the file is then encrypted to it and names the patients whose consent covers it.
/// Without `to` the file is readable by anyone and carries counts only. Audited.
pub fn export(
    store: &mut Store,
    to: Option<&Fingerprint>,
    now: DateTime<Utc>,
    today: NaiveDate,
) -> Result<Exported, ApiError> {
    export_with(store, to, None, now, today)
}

fn export_with(
    store: &mut Store,
    to: Option<&Fingerprint>,
    break_glass: Option<BreakGlass>,
    now: DateTime<Utc>,
    today: NaiveDate,
) -> Result<Exported, ApiError> {
    let keys = keys(store, now)?;
    let organization = store.organization()?.ok_or(ApiError::NoOrganization)?;
    let recipient = match to {
        None => None,
        Some(fingerprint) => {
            let partner = store
                .partners()?
                .into_iter()
                .find(|p| p.fingerprint.as_ref() == Some(fingerprint))
                .ok_or_else(|| ApiError::UnknownRecipient(fingerprint.clone()))?;
            let row = store
                .current_remote_plans()?
                .into_iter()
                .find(|r| r.fingerprint == fingerprint.0)
                .ok_or_else(|| ApiError::UnknownRecipient(fingerprint.clone()))?;
            let card: PublicCard =
                serde_json::from_str(&row.sender_card).map_err(|e| ApiError::Keys(e.to_string()))?;
            Some((partner, card))
        }
    };
    let reason = break_glass.as_ref().map(|b| b.reason.clone());
    let content = content_with(store, recipient.as_ref().map(|(p, _)| p), break_glass, now, today)?;
    let names = u32::try_from(content.patients.len()).unwrap_or(u32::MAX);
    let payload = serde_json::to_vec(&content).map_err(|e| ApiError::Keys(e.to_string()))?;
    let bytes = envelope::seal(
        &keys,
        &organization.name,
        &timestamp(now),
        &payload,
        recipient.as_ref().map(|(_, card)| card),
    )?;
    let audience = recipient.as_ref().map_or("public".to_string(), |(p, _)| format!("{} ({})", p.name, p.id));
    match &reason {
        None => {
            let basis = if names > 0 { "consent" } else { "" };
            store.audit_with_basis(
                &timestamp(now),
                "exchange.export",
                "*",
                &format!("for {audience}, {names} named"),
                basis,
            )?
        }
        Some(reason) => store.audit_with_basis(
            &timestamp(now),
            "exchange.break-glass",
            "*",
            &format!("for {audience}, {names} named; reason: {reason}"),
            &format!("break-glass: {reason}"),
        )?,
    }
    let to_label = recipient.as_ref().map_or("公開用".to_string(), |(p, _)| format!("{}宛", p.name));
    let file_name = super::report::file_name_with(store, &format!("連携BCP_{to_label}"), today, "hcbcp")?;
    Ok(Exported { bytes, file_name, names })
}

/// 緊急時の開示 (break-glass): during a declared outage or disaster, names the P0/P1 patients to one
/// partner even without their recorded consent, for the protection of life (個人情報保護法 27条1項2号
/// allows this when consent cannot be obtained; whether it applies is the organisation's judgement,
/// so a reason is required). Written to the audit log with the reason; the file says it was released so.
pub fn export_break_glass(
    store: &mut Store,
    to: &Fingerprint,
    reason: &str,
    now: DateTime<Utc>,
    today: NaiveDate,
) -> Result<Exported, ApiError> {
    if reason.trim().is_empty() {
        return Err(ApiError::BreakGlassReasonRequired);
    }
    let (_, outage) = store.open_outage()?.ok_or(ApiError::NoOutage)?;
    let release = BreakGlass {
        reason: reason.trim().into(),
        outage_started_at: outage.started_at,
        released_at: timestamp(now),
    };
    export_with(store, Some(to), Some(release), now, today)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum ImportKind {
    /// The first file from this sender.
    New,
    /// A newer file from a known sender: it becomes the current one; the older stays in the history.
    Newer,
    /// Older than the current one: kept in the history only.
    Older,
    /// This very file was imported before: nothing changed.
    AlreadyImported,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ImportedFile {
    pub kind: ImportKind,
    pub sender_name: String,
    /// Compare with what the sender reads out by phone before relying on the file.
    pub fingerprint: Fingerprint,
    /// Whether a partner in our directory carries this fingerprint (confirmed earlier).
    pub known_partner: Option<String>,
    pub revision: Option<u32>,
    pub names: u32,
}

/// Checks everything about an exchange file, then stores it; a file that fails any check changes
/// nothing. A backup is taken before a file that passed the checks is stored.
pub fn import(store: &mut Store, bytes: &[u8], now: DateTime<Utc>) -> Result<ImportedFile, ApiError> {
    import_with(store, bytes, now, true)
}

/// `backup`: false when the caller took one for a whole batch.
pub(crate) fn import_with(
    store: &mut Store,
    bytes: &[u8],
    now: DateTime<Utc>,
    backup: bool,
) -> Result<ImportedFile, ApiError> {
    let keys = keys(store, now)?;
    let opened = envelope::open(bytes, &keys)?;
    let content = content::parse(&opened.payload, opened.header.recipient.is_some())?;
    let fingerprint = opened.header.sender.fingerprint();
    if fingerprint == keys.card().fingerprint() {
        return Err(ApiError::OwnFile);
    }
    let file_sha256: String = Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect();
    let known_partner =
        store.partners()?.into_iter().find(|p| p.fingerprint.as_ref() == Some(&fingerprint)).map(|p| p.name);
    let names = u32::try_from(content.patients.len()).unwrap_or(u32::MAX);
    let summary = |kind| ImportedFile {
        kind,
        sender_name: content.organization.name.clone(),
        fingerprint: fingerprint.clone(),
        known_partner: known_partner.clone(),
        revision: content.plan.as_ref().and_then(|p| p.revision),
        names,
    };
    if store.has_remote_file(&file_sha256)? {
        return Ok(summary(ImportKind::AlreadyImported));
    }
    if backup {
        super::backups::before_import(store, now)?;
    }
    let kind = match store.latest_remote_created_at(&fingerprint.0)? {
        None => ImportKind::New,
        Some(latest) if latest.as_str() < opened.header.created_at.as_str() => ImportKind::Newer,
        Some(_) => ImportKind::Older,
    };
    let row = RemotePlanRow {
        fingerprint: fingerprint.0.clone(),
        sender_name: content.organization.name.clone(),
        sender_card: serde_json::to_string(&opened.header.sender)
            .map_err(|e| ApiError::Keys(e.to_string()))?,
        created_at: opened.header.created_at.clone(),
        content: String::from_utf8_lossy(&opened.payload).into_owned(),
        file_sha256,
        imported_at: timestamp(now),
    };
    let at = timestamp(now);
    store.atomically(|store| {
        store.insert_remote_plan(&row)?;
        store.audit(
            &at,
            "exchange.import",
            &fingerprint.0,
            &format!("{} ({kind:?}), {names} named", row.sender_name),
        )?;
        Ok::<(), ApiError>(())
    })?;
    Ok(summary(kind))
}

/// The partners' current plans (newest file per sender).
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct RemotePlan {
    pub fingerprint: Fingerprint,
    pub sender_name: String,
    pub created_at: String,
    pub imported_at: String,
    /// Files from this sender kept in the history.
    pub versions: u32,
    pub known_partner: Option<String>,
    pub content: ExchangeContent,
}

pub fn remote_plans(store: &Store) -> Result<Vec<RemotePlan>, ApiError> {
    let partners = store.partners()?;
    let versions = store.remote_plan_versions()?;
    store
        .current_remote_plans()?
        .into_iter()
        .map(|row| {
            let content = content::parse(row.content.as_bytes(), true)?;
            let fingerprint = Fingerprint(row.fingerprint.clone());
            Ok(RemotePlan {
                versions: versions.iter().find(|(f, _)| *f == row.fingerprint).map_or(0, |(_, n)| *n),
                known_partner: partners
                    .iter()
                    .find(|p| p.fingerprint.as_ref() == Some(&fingerprint))
                    .map(|p| p.name.clone()),
                fingerprint,
                sender_name: row.sender_name,
                created_at: row.created_at,
                imported_at: row.imported_at,
                content,
            })
        })
        .collect()
}

/// Adds (empty id) or replaces a partner; returns its id.
pub fn save_partner(store: &mut Store, partner: Partner, now: DateTime<Utc>) -> Result<String, ApiError> {
    check_partner(&partner)?;
    Ok(store.save_partner(&partner, &timestamp(now))?)
}

/// Adds (empty id) or replaces an agreement; returns its id.
pub fn save_agreement(
    store: &mut Store,
    agreement: Agreement,
    now: DateTime<Utc>,
) -> Result<String, ApiError> {
    check_agreement(&agreement, &store.partners()?)?;
    Ok(store.save_agreement(&agreement, &timestamp(now))?)
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct LinkView {
    pub partners: Vec<Partner>,
    pub agreements: Vec<Agreement>,
    pub remote_plans: Vec<RemotePlan>,
    /// What does not fit between our plan and the partners' plans, each with its reason.
    pub findings: Vec<FindingView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct FindingView {
    pub finding: Finding,
    pub text_ja: String,
}

/// 連携型BCP: our directory and agreements, the partners' plans, and the checks between them.
pub fn link_view(store: &mut Store, now: DateTime<Utc>, today: NaiveDate) -> Result<LinkView, ApiError> {
    let fingerprint = keys(store, now)?.card().fingerprint();
    let organization = store.organization()?.ok_or(ApiError::NoOrganization)?;
    let partners = store.partners()?;
    let agreements = store.agreements()?;
    let remote = remote_plans(store)?;
    let ours = Side {
        name: &organization.name,
        fingerprint: &fingerprint,
        phone: &organization.phone,
        partners: &partners,
        agreements: &agreements,
    };
    let theirs: Vec<Side> = remote.iter().map(|r| Side::of(&r.content, &r.fingerprint)).collect();
    let unarranged = store
        .patients()?
        .iter()
        .filter(|p| !p.admission_arranged && p.devices.iter().any(|d| d.device.class.is_life_critical()))
        .count();
    let findings = checks::check(&ours, &theirs, today, u32::try_from(unarranged).unwrap_or(u32::MAX))
        .into_iter()
        .map(|finding| FindingView { text_ja: finding.text_ja(), finding })
        .collect();
    Ok(LinkView { partners, agreements, remote_plans: remote, findings })
}
