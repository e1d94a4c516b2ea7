//! 台帳の取り込みと書き出し: the register from and to a spreadsheet. An import is previewed first,
//! then committed all-or-nothing; both the import and every export (names leave the app) are audited.

use super::{ApiError, timestamp};
use crate::patient::table::columns::{ALL, TableColumn, suggest};
use crate::patient::table::export::{TableFileFormat, write};
use crate::patient::table::import::{
    CellError, MappingError, ParsedRow, RowOutcome, check_mapping, defaults_applied, parse,
};
use crate::patient::table::read::{Table, TableFormat, read};
use crate::store::Store;
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ImportPreview {
    pub format: TableFormat,
    pub headers: Vec<String>,
    /// Per header: the column it is read as (the suggestion, or the mapping given).
    pub mapping: Vec<Option<TableColumn>>,
    /// Columns not in the file whose value takes the default (世帯 → 家族と同居, 浸水深 → なし).
    pub defaults_applied: Vec<TableColumn>,
    /// Every column a header can be mapped to, in the table's order.
    pub columns: Vec<TableColumn>,
    /// Why the mapping cannot be used yet (no name column, a column chosen twice); rows are then empty
    /// and the person fixes the mapping on screen.
    pub mapping_problem: Option<MappingError>,
    pub rows: Vec<PreviewRow>,
    pub new_count: u32,
    pub registered_count: u32,
    pub rejected_count: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct PreviewRow {
    /// The line (CSV) or row (XLSX) number as a person counts it.
    pub line: u32,
    pub name: String,
    pub outcome: RowOutcome,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ImportOutcome {
    pub added: Vec<String>,
    pub already_registered: u32,
}

/// A rejected row: its line and what is wrong.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct RejectedRow {
    pub line: u32,
    pub errors: Vec<CellError>,
}

fn parsed(
    store: &Store,
    bytes: &[u8],
    mapping: Option<Vec<Option<TableColumn>>>,
) -> Result<Parsed, ApiError> {
    let table = read(bytes)?;
    let mapping = mapping.unwrap_or_else(|| suggest(&table.headers));
    check_mapping(&table, &mapping)?;
    let regions = store.regions()?;
    let known = |m: &str| regions.as_ref().is_some_and(|r| r.place_of(m).is_some());
    let rows = parse(&table, &mapping, &known, &store.patients()?);
    Ok(Parsed { table, mapping, rows })
}

struct Parsed {
    table: Table,
    mapping: Vec<Option<TableColumn>>,
    rows: Vec<ParsedRow>,
}

fn line(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// What an import of `bytes` would do, row by row; changes nothing. Without a mapping, the columns
/// are guessed from the headers.
pub fn preview_import(
    store: &Store,
    bytes: &[u8],
    mapping: Option<Vec<Option<TableColumn>>>,
) -> Result<ImportPreview, ApiError> {
    let table = read(bytes)?;
    let mapping = mapping.unwrap_or_else(|| suggest(&table.headers));
    if let Err(problem) = check_mapping(&table, &mapping) {
        if matches!(problem, MappingError::WrongLength { .. }) {
            return Err(problem.into());
        }
        return Ok(ImportPreview {
            format: table.format,
            headers: table.headers,
            defaults_applied: defaults_applied(&mapping),
            mapping,
            columns: ALL.to_vec(),
            mapping_problem: Some(problem),
            rows: vec![],
            new_count: 0,
            registered_count: 0,
            rejected_count: 0,
        });
    }
    let Parsed { table, mapping, rows } = parsed(store, bytes, Some(mapping))?;
    let count = |f: fn(&RowOutcome) -> bool| line(rows.iter().filter(|r| f(&r.outcome)).count());
    Ok(ImportPreview {
        format: table.format,
        headers: table.headers,
        defaults_applied: defaults_applied(&mapping),
        mapping,
        columns: ALL.to_vec(),
        mapping_problem: None,
        new_count: count(|o| matches!(o, RowOutcome::New)),
        registered_count: count(|o| matches!(o, RowOutcome::AlreadyRegistered { .. })),
        rejected_count: count(|o| matches!(o, RowOutcome::Rejected { .. })),
        rows: rows
            .into_iter()
            .map(|r| PreviewRow { line: line(r.line), name: r.name, outcome: r.outcome })
            .collect(),
    })
}

/// Adds every new row, or nothing: one rejected row refuses the file with every row's reasons.
pub fn import(
    store: &mut Store,
    bytes: &[u8],
    mapping: Option<Vec<Option<TableColumn>>>,
    now: DateTime<Utc>,
) -> Result<ImportOutcome, ApiError> {
    let Parsed { table, rows, .. } = parsed(store, bytes, mapping)?;
    let rejected: Vec<RejectedRow> = rows
        .iter()
        .filter_map(|r| match &r.outcome {
            RowOutcome::Rejected { errors } => {
                Some(RejectedRow { line: line(r.line), errors: errors.clone() })
            }
            _ => None,
        })
        .collect();
    if !rejected.is_empty() {
        return Err(ApiError::ImportRejected(rejected));
    }
    let already_registered =
        line(rows.iter().filter(|r| matches!(r.outcome, RowOutcome::AlreadyRegistered { .. })).count());
    let at = timestamp(now);
    super::backups::before_import(store, now)?;
    let added = store.atomically(|store| {
        let mut added = Vec::new();
        for record in rows.into_iter().filter_map(|r| r.record) {
            let id = store.save_patient(&record, &at)?;
            store.audit(&at, "patient.import", &id, "")?;
            added.push(id);
        }
        store.audit(
            &at,
            "patient.import",
            "*",
            &format!("{:?}: {} added, {already_registered} already registered", table.format, added.len()),
        )?;
        Ok::<_, ApiError>(added)
    })?;
    Ok(ImportOutcome { added, already_registered })
}

/// The register as a spreadsheet, always encrypted to `passphrase` (names leave the app; the file
/// opens with this app's import or `age -d`). Audited.
pub fn export(
    store: &mut Store,
    format: TableFileFormat,
    passphrase: &str,
    now: DateTime<Utc>,
) -> Result<Vec<u8>, ApiError> {
    crate::passphrase::check(passphrase).map_err(crate::api::lock::LockError::from)?;
    let records = store.patients()?;
    let bytes = write(&records, format)?;
    let sealed = crate::passphrase::seal(passphrase, &bytes).map_err(crate::api::lock::LockError::from)?;
    store.audit(
        &timestamp(now),
        "patient.export",
        "*",
        &format!("{format:?}: {} records, encrypted", records.len()),
    )?;
    Ok(sealed)
}

/// The plain bytes of an encrypted export, for importing it again.
pub fn unseal(bytes: &[u8], passphrase: &str) -> Result<Vec<u8>, ApiError> {
    Ok(crate::passphrase::open(passphrase, bytes).map_err(crate::api::lock::LockError::from)?)
}

pub fn export_file_name(
    store: &Store,
    format: TableFileFormat,
    today: NaiveDate,
) -> Result<String, ApiError> {
    let extension = match format {
        TableFileFormat::Csv => "csv.age",
        TableFileFormat::Xlsx => "xlsx.age",
    };
    super::report::file_name_with(store, "要配慮患者台帳", today, extension)
}

impl From<MappingError> for ApiError {
    fn from(e: MappingError) -> Self {
        ApiError::ImportMapping(e)
    }
}
