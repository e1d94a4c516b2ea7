//! One function per user action. The desktop commands, the command line and the tests all call these,
//! so the UI and the terminal can never disagree. Each takes the [`Store`] and, where time matters,
//! `now` from the caller.

pub mod audit;
pub mod backups;
pub mod drills;
pub mod exchange;
pub mod lock;
pub mod organization;
pub mod patient_table;
pub mod patients;
pub mod plan;
pub mod regional;
pub mod regions;
pub mod report;
pub mod revision;
pub mod samples;
pub mod settings;

use crate::guide::GuideError;
use crate::organization::OrganizationError;
use crate::plan::revision::RevisionError;
use crate::plan::value::ValueError;
use crate::region::csv::RegionFileError;
use crate::report::ReportError;
use crate::store::{Store, StoreError};
use chrono::{DateTime, Utc};
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("invalid organisation: {0}")]
    Organization(#[from] OrganizationError),
    #[error("region file rejected: {0}")]
    RegionFile(#[from] RegionFileError),
    #[error("region file rejected: it drops municipality {0:?}, which the organisation is in")]
    RegionDropsOrganizationMunicipality(String),
    #[error("no organisation has been registered yet")]
    NoOrganization,
    #[error("no plan has been started yet")]
    NoPlan,
    #[error("the guide has no field {step}/{field}")]
    UnknownField { step: String, field: String },
    #[error("{step}/{field}: {error}")]
    InvalidAnswer { step: String, field: String, error: ValueError },
    #[error("the embedded guide is broken: {0}")]
    Guide(GuideError),
    #[error("revision rejected: {0}")]
    Revision(#[from] RevisionError),
    #[error("a stored version could not be read: {0}")]
    Snapshot(String),
    #[error("there is no sample {0:?}")]
    NoSuchSample(String),
    #[error("a sample can only be loaded into an empty data folder; this one already has an organisation")]
    SampleNeedsEmptyFolder,
    #[error("a bundled sample is broken: {0}")]
    Sample(String),
    #[error("patient record rejected: {0}")]
    Patient(#[from] crate::patient::record::RecordError),
    #[error("municipality {0:?} is not in the region master")]
    UnknownMunicipality(String),
    #[error("the priority thresholds are broken: {0}")]
    Priority(String),
    #[error("{0:?} is not a time (RFC 3339)")]
    BadTime(String),
    #[error("an outage is already declared; end it first")]
    OutageAlreadyOpen,
    #[error("no outage is declared")]
    NoOutage,
    #[error("there is no patient {0:?}")]
    NoSuchPatient(String),
    #[error("a battery level is between 0 and 100 %")]
    BadBattery,
    #[error(transparent)]
    Report(#[from] ReportError),
    #[error("the file cannot be read as a table: {0}")]
    Table(#[from] crate::patient::table::read::TableError),
    #[error("the column mapping is wrong: {0}")]
    ImportMapping(crate::patient::table::import::MappingError),
    #[error("{} rows are wrong; nothing was imported:\n{}", .0.len(), describe_rejected(.0))]
    ImportRejected(Vec<patient_table::RejectedRow>),
    #[error(transparent)]
    Export(#[from] crate::patient::table::export::ExportError),
    #[error("the organisation's keys are unusable: {0}")]
    Keys(String),
    #[error("exchange file rejected: {0}")]
    Envelope(#[from] crate::exchange::envelope::EnvelopeError),
    #[error("exchange file rejected: {0}")]
    Content(#[from] crate::exchange::content::ContentError),
    #[error("this is this organisation's own exchange file")]
    OwnFile,
    #[error(
        "no partner with fingerprint {0} whose file has been imported: import their file and record the fingerprint first"
    )]
    UnknownRecipient(crate::exchange::keys::Fingerprint),
    #[error("partner or agreement rejected: {0}")]
    Link(#[from] crate::link::LinkError),
    #[error("a release without consent (break-glass) needs a reason")]
    BreakGlassReasonRequired,
    #[error("only a coordination base (在宅医療の連携拠点) manages a region")]
    NotACoordinationBase,
    #[error("the region master is missing")]
    NoRegionMaster,
    #[error("{0:?} is not a home-care region of the region master")]
    UnknownHomeCareRegion(String),
    #[error("drill or briefing rejected: {0}")]
    Drill(#[from] crate::drill::DrillError),
    #[error(transparent)]
    Backup(#[from] backups::BackupError),
    #[error(transparent)]
    Lock(#[from] lock::LockError),
}

/// Opens the database at `path`, and on first run loads the seeded region master through the same
/// import path as any region file.
pub fn open(path: &Path, now: DateTime<Utc>) -> Result<Store, ApiError> {
    backups::before_upgrade(path, now)?;
    let mut store = Store::open(path)?;
    seed(&mut store, now)?;
    Ok(store)
}

/// A throwaway in-memory store with the seed loaded (tests, one-shot command-line work).
pub fn open_in_memory(now: DateTime<Utc>) -> Result<Store, ApiError> {
    let mut store = Store::open_in_memory()?;
    seed(&mut store, now)?;
    Ok(store)
}

fn seed(store: &mut Store, now: DateTime<Utc>) -> Result<(), ApiError> {
    if store.regions()?.is_none() {
        regions::import(store, crate::region::SEED, crate::region::SEED_FILE_NAME, now)?;
    }
    // The keys exist from the first run, so the fingerprint can be read out before any file is sent.
    exchange::keys(store, now)?;
    Ok(())
}

pub(crate) fn timestamp(now: DateTime<Utc>) -> String {
    now.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

fn describe_rejected(rows: &[patient_table::RejectedRow]) -> String {
    rows.iter()
        .flat_map(|r| r.errors.iter().map(move |e| format!("  {}行目: {}", r.line, e.describe_ja())))
        .collect::<Vec<_>>()
        .join("\n")
}
