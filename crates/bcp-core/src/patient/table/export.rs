//! Records → the table's columns, written so that [`super::import`] reads them back to the same
//! values: CSV in UTF-8 with a BOM (Excel on Japanese Windows otherwise guesses Shift_JIS) or XLSX.

use super::columns::{ALL, TableColumn};
use crate::patient::DeviceClass;
use crate::patient::power::SourceKind;
use crate::patient::priority::FloodDepth;
use crate::patient::record::{ConsentScope, Living, PatientRecord};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum TableFileFormat {
    Csv,
    Xlsx,
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("the spreadsheet could not be written: {0}")]
    Xlsx(String),
    #[error("the CSV could not be written: {0}")]
    Csv(String),
}

fn main_breathing_device(r: &PatientRecord) -> Option<&crate::patient::record::RegisteredDevice> {
    r.devices.iter().find(|d| {
        matches!(d.device.class, DeviceClass::InvasiveVentilator | DeviceClass::Nppv | DeviceClass::Cpap)
    })
}

fn number(v: Option<f64>) -> String {
    v.map(|v| format!("{v}")).unwrap_or_default()
}

fn yes(b: bool) -> String {
    if b { "あり" } else { "なし" }.into()
}

/// The cell of `column` for `r`, in words the importer accepts.
pub fn cell(r: &PatientRecord, column: TableColumn) -> String {
    let vent = main_breathing_device(r);
    let source_hours = |kind: SourceKind| {
        number(vent.and_then(|v| {
            r.power_sources
                .iter()
                .find(|s| s.kind == kind && s.feeds.contains(&v.device.id))
                .and_then(|s| s.rated_hours)
        }))
    };
    let contact = |role: &str| {
        r.contacts.iter().find(|c| c.role.starts_with(role)).map(|c| c.phone.clone()).unwrap_or_default()
    };
    let consent = |scope: ConsentScope| {
        r.consents
            .iter()
            .find(|c| c.scope == scope && c.withdrawn_on.is_none())
            .map(|c| c.granted_on.clone())
            .unwrap_or_default()
    };
    match column {
        TableColumn::Id => r.id.clone(),
        TableColumn::Name => r.name.clone(),
        TableColumn::Kana => r.kana.clone(),
        TableColumn::BirthDate => r.birth_date.clone().unwrap_or_default(),
        TableColumn::Address => r.address.clone(),
        TableColumn::Municipality => r.municipality.clone().unwrap_or_default(),
        TableColumn::Living => match r.living {
            Living::Alone => "独居",
            Living::ElderlyOnly => "高齢者のみ",
            Living::WithFamily => "家族と同居",
        }
        .into(),
        TableColumn::PrimaryDoctor => r.primary_doctor.clone(),
        TableColumn::CareManager => r.care_manager.clone(),
        TableColumn::FamilyPhone => contact("家族"),
        TableColumn::VendorPhone => contact("機器業者"),
        TableColumn::Floor => r.residence.floor.map(|f| f.to_string()).unwrap_or_default(),
        TableColumn::FloodDepth => match r.residence.flood_depth {
            FloodDepth::None => "なし",
            FloodDepth::Under05m => "0.5m未満",
            FloodDepth::From05To3m => "0.5～3m",
            FloodDepth::Over3m => "3m以上",
        }
        .into(),
        TableColumn::Landslide => {
            match (r.residence.landslide_special_zone, r.residence.landslide_warning_zone) {
                (true, _) => "特別警戒区域",
                (false, true) => "警戒区域",
                (false, false) => "なし",
            }
            .into()
        }
        TableColumn::TsunamiZone => yes(r.residence.tsunami_zone),
        TableColumn::Ventilator => match vent.map(|v| v.device.class) {
            Some(DeviceClass::InvasiveVentilator) => "気管切開",
            Some(DeviceClass::Nppv) => "NPPV",
            Some(DeviceClass::Cpap) => "CPAP",
            _ => "なし",
        }
        .into(),
        TableColumn::VentilatorHours => number(vent.map(|v| v.hours_per_day)),
        TableColumn::VentilatorDrawW => number(vent.and_then(|v| v.device.measured_draw_w)),
        TableColumn::InternalBatteryHours => source_hours(SourceKind::Internal),
        TableColumn::ExternalBatteryHours => source_hours(SourceKind::ExternalPack),
        TableColumn::OffVentToleranceMin => number(r.off_vent_tolerance_min),
        TableColumn::OxygenFlowLpm => number(r.oxygen.as_ref().map(|o| o.flow_day_lpm.max(o.flow_night_lpm))),
        TableColumn::OxygenConcentratorHours => number(r.hours_on(DeviceClass::OxygenConcentrator)),
        TableColumn::Suction => yes(r.hours_on(DeviceClass::Suction).is_some()),
        TableColumn::AdmissionArranged => yes(r.admission_arranged),
        TableColumn::PowerCompanyRegistered => yes(r.power_company_registered),
        TableColumn::SupportPlanReviewedOn => r.support_plan_reviewed_on.clone().unwrap_or_default(),
        TableColumn::ConsentPartners => consent(ConsentScope::Partners),
        TableColumn::ConsentMunicipality => consent(ConsentScope::Municipality),
    }
}

pub fn write(records: &[PatientRecord], format: TableFileFormat) -> Result<Vec<u8>, ExportError> {
    match format {
        TableFileFormat::Csv => csv(records),
        TableFileFormat::Xlsx => xlsx(records),
    }
}

fn csv(records: &[PatientRecord]) -> Result<Vec<u8>, ExportError> {
    let mut writer = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    let err = |e: csv::Error| ExportError::Csv(e.to_string());
    writer.write_record(ALL.iter().map(|c| c.header_ja())).map_err(err)?;
    for r in records {
        writer.write_record(ALL.iter().map(|c| cell(r, *c))).map_err(err)?;
    }
    writer.into_inner().map_err(|e| ExportError::Csv(e.to_string()))
}

fn xlsx(records: &[PatientRecord]) -> Result<Vec<u8>, ExportError> {
    use rust_xlsxwriter::{Format, Workbook};
    let err = |e: rust_xlsxwriter::XlsxError| ExportError::Xlsx(e.to_string());
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("要配慮患者台帳").map_err(err)?;
    let bold = Format::new().set_bold().set_text_wrap();
    // Every cell is text, so 「0.5～3m」 and phone numbers with leading zeros survive Excel.
    let text = Format::new().set_num_format("@");
    for (col, c) in ALL.iter().enumerate() {
        let col = u16::try_from(col).map_err(|e| ExportError::Xlsx(e.to_string()))?;
        sheet.write_string_with_format(0, col, c.header_ja(), &bold).map_err(err)?;
        sheet.set_column_width(col, if *c == TableColumn::Address { 28 } else { 14 }).map_err(err)?;
        for (row, r) in records.iter().enumerate() {
            let row = u32::try_from(row + 1).map_err(|e| ExportError::Xlsx(e.to_string()))?;
            sheet.write_string_with_format(row, col, cell(r, *c), &text).map_err(err)?;
        }
    }
    sheet.set_freeze_panes(1, 2).map_err(err)?;
    book.save_to_buffer().map_err(err)
}
