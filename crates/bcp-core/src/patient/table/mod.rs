//! 台帳の表形式の読み書き (`PatientTable`): the register as a spreadsheet, one row per patient, for
//! clinics moving from an Excel list and for editing in bulk.
//!
//! - [`read`]: a file's bytes → a [`read::Table`] (CSV in UTF-8 or Shift_JIS/CP932, detected; or XLSX);
//! - [`columns`]: the columns we know, and the mapping suggested from a file's Japanese headers;
//! - [`import`]: rows → records, every cell checked, with row-level reasons;
//! - [`export`]: records → the same columns, as CSV (UTF-8 with BOM, so Excel opens it) or XLSX.
//!
//! The table holds the fields a clinic keeps in a list (the person, the main breathing device and its
//! batteries, oxygen, hazards, consent). Caregivers, several contacts and portable stations are edited
//! in the app; an export is therefore not a backup (the exchange file is, issue #6).

pub mod columns;
pub mod export;
pub mod import;
pub mod read;

pub use columns::TableColumn;
