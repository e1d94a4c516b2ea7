//! The one error type that crosses IPC. The UI chooses its own sentence (ja/en) from `kind` (and
//! `field` for invalid input); `message` is English detail for logs and bug reports.

use bcp_core::api::ApiError;
use bcp_core::plan::revision::RevisionError;
use bcp_core::store::StoreError;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum IpcErrorKind {
    /// Something the action needs does not exist yet (e.g. printing before registering).
    NotFound,
    /// The input was rejected; `field` names it. Nothing was saved.
    InvalidInput,
    /// An imported file was rejected whole. Nothing changed.
    FileRejected,
    /// The database belongs to a newer version of the app; it was not touched.
    DatabaseTooNew,
    /// The database could not be read or written.
    Storage,
    /// A file the user chose could not be written.
    FileWrite,
    /// A document could not be produced.
    Report,
    /// A start-up passphrase is set and was not entered yet.
    Locked,
    /// A bug: nothing the user did explains it.
    Internal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type, thiserror::Error)]
#[serde(rename_all = "camelCase")]
#[error("{kind:?}: {message}")]
pub struct IpcError {
    pub kind: IpcErrorKind,
    pub message: String,
    /// For `invalidInput`: the input at fault: an organisation field as the UI names it (camelCase),
    /// or `stepId/fieldId` for a plan answer.
    pub field: Option<String>,
}

impl IpcError {
    pub fn new(kind: IpcErrorKind, message: impl Into<String>) -> IpcError {
        IpcError { kind, message: message.into(), field: None }
    }

    pub fn storage(message: impl Into<String>) -> IpcError {
        IpcError::new(IpcErrorKind::Storage, message)
    }
}

impl From<ApiError> for IpcError {
    fn from(e: ApiError) -> IpcError {
        let message = e.to_string();
        let kind = match &e {
            ApiError::Store(StoreError::TooNew { .. }) => IpcErrorKind::DatabaseTooNew,
            ApiError::Store(_) => IpcErrorKind::Storage,
            ApiError::Organization(o) => {
                return IpcError {
                    kind: IpcErrorKind::InvalidInput,
                    message,
                    field: Some(o.field().ui_name().into()),
                };
            }
            ApiError::RegionFile(_) | ApiError::RegionDropsOrganizationMunicipality(_) => {
                IpcErrorKind::FileRejected
            }
            ApiError::NoOrganization | ApiError::NoPlan => IpcErrorKind::NotFound,
            ApiError::UnknownField { step, field } | ApiError::InvalidAnswer { step, field, .. } => {
                return IpcError {
                    kind: IpcErrorKind::InvalidInput,
                    message,
                    field: Some(format!("{step}/{field}")),
                };
            }
            ApiError::Guide(_) => IpcErrorKind::Internal,
            ApiError::Revision(r) => {
                let field = match r {
                    RevisionError::BadDate(_) => Some("revisedOn"),
                    RevisionError::BadReviewDate(_) | RevisionError::ReviewBeforeRevision => {
                        Some("nextReviewDue")
                    }
                    RevisionError::ReasonRequired => Some("reason"),
                    RevisionError::ApproverRequired => Some("approver"),
                    RevisionError::NoSuchRevision(_) => None,
                };
                let kind = if field.is_some() { IpcErrorKind::InvalidInput } else { IpcErrorKind::NotFound };
                return IpcError { kind, message, field: field.map(Into::into) };
            }
            ApiError::Snapshot(_) => IpcErrorKind::Storage,
            ApiError::NoSuchSample(_) => IpcErrorKind::NotFound,
            ApiError::SampleNeedsEmptyFolder => {
                return IpcError { kind: IpcErrorKind::InvalidInput, message, field: Some("sample".into()) };
            }
            ApiError::Sample(_) | ApiError::Priority(_) => IpcErrorKind::Internal,
            ApiError::Patient(r) => {
                return IpcError { kind: IpcErrorKind::InvalidInput, message, field: Some(r.field().into()) };
            }
            ApiError::BadTime(_) | ApiError::BadBattery => IpcErrorKind::InvalidInput,
            ApiError::UnknownMunicipality(_) => {
                return IpcError {
                    kind: IpcErrorKind::InvalidInput,
                    message,
                    field: Some("municipality".into()),
                };
            }
            ApiError::OutageAlreadyOpen => IpcErrorKind::InvalidInput,
            ApiError::NoOutage | ApiError::NoSuchPatient(_) => IpcErrorKind::NotFound,
            ApiError::Report(_) => IpcErrorKind::Report,
            ApiError::Table(bcp_core::patient::table::read::TableError::Encrypted) => {
                return IpcError {
                    kind: IpcErrorKind::InvalidInput,
                    message,
                    field: Some("passphrase".into()),
                };
            }
            ApiError::Table(_) | ApiError::ImportRejected(_) => IpcErrorKind::FileRejected,
            ApiError::ImportMapping(_) => {
                return IpcError { kind: IpcErrorKind::InvalidInput, message, field: Some("mapping".into()) };
            }
            ApiError::Export(_) => IpcErrorKind::FileWrite,
            ApiError::Keys(_) => IpcErrorKind::Internal,
            ApiError::Envelope(e) => {
                let (message, field) =
                    (format!("{} ({message})", e.describe_ja()), format!("exchange.{}", e.code()));
                return IpcError { kind: IpcErrorKind::FileRejected, message, field: Some(field) };
            }
            ApiError::Content(e) => {
                let (message, field) =
                    (format!("{} ({message})", e.describe_ja()), format!("exchange.{}", e.code()));
                return IpcError { kind: IpcErrorKind::FileRejected, message, field: Some(field) };
            }
            ApiError::OwnFile => {
                let message = format!("この事業所自身のファイルです。 ({message})");
                return IpcError {
                    kind: IpcErrorKind::FileRejected,
                    message,
                    field: Some("exchange.ownFile".into()),
                };
            }
            ApiError::UnknownRecipient(_) => IpcErrorKind::NotFound,
            ApiError::Link(_) => IpcErrorKind::InvalidInput,
            ApiError::NotACoordinationBase | ApiError::UnknownHomeCareRegion(_) => IpcErrorKind::InvalidInput,
            ApiError::NoRegionMaster => IpcErrorKind::NotFound,
            ApiError::Drill(d) => {
                use bcp_core::drill::DrillError;
                if matches!(d, DrillError::NoSuchDrill(_) | DrillError::NoSuchActionItem(_)) {
                    IpcErrorKind::NotFound
                } else {
                    return IpcError {
                        kind: IpcErrorKind::InvalidInput,
                        message,
                        field: d.field().map(Into::into),
                    };
                }
            }
            ApiError::Backup(b) => {
                use bcp_core::api::backups::BackupError;
                match b {
                    BackupError::NoSuchBackup(_) | BackupError::InMemory => IpcErrorKind::NotFound,
                    BackupError::Unusable { .. } => IpcErrorKind::FileRejected,
                    BackupError::Write(_) => IpcErrorKind::Storage,
                }
            }
            ApiError::Lock(l) => {
                use bcp_core::api::lock::LockError;
                match l {
                    LockError::Locked => IpcErrorKind::Locked,
                    LockError::NotSet => IpcErrorKind::NotFound,
                    LockError::Passphrase(_) => {
                        return IpcError {
                            kind: IpcErrorKind::InvalidInput,
                            message,
                            field: Some("passphrase".into()),
                        };
                    }
                }
            }
            ApiError::BreakGlassReasonRequired => {
                return IpcError { kind: IpcErrorKind::InvalidInput, message, field: Some("reason".into()) };
            }
        };
        IpcError::new(kind, message)
    }
}
