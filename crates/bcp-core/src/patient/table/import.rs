//! Rows → register records. Every mapped cell is checked; a row with any problem is rejected with
//! the reasons, naming the row and the column, and the caller commits nothing unless every row passes.
//! A row for a patient already in the register (same ID, or same name and date of birth) is left
//! alone, so importing the same file twice changes nothing.

use super::columns::{TableColumn, normalize};
use super::read::Table;
use crate::dates::parse_date;
use crate::patient::DeviceClass;
use crate::patient::power::{Device, PowerPath, PowerSource, SourceKind};
use crate::patient::priority::FloodDepth;
use crate::patient::record::{
    Consent, ConsentScope, Contact, Living, OxygenSupply, PatientRecord, RegisteredDevice, check,
};
use serde::Serialize;

/// What is wrong with one cell, for the person who typed it.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum CellProblem {
    Required,
    NotADate,
    NotANumber,
    OutOfRange {
        min: f64,
        max: f64,
    },
    /// The text is none of the accepted words.
    UnknownChoice {
        accepted: Vec<String>,
    },
    UnknownMunicipality,
    /// Hours or batteries are given without the device they belong to.
    NeedsDevice {
        device: TableColumn,
    },
    /// The same patient appears on an earlier line of the file.
    RepeatedInFile {
        line: usize,
    },
    /// Anything the register itself refuses (kept as its message).
    Record {
        message: String,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CellError {
    pub column: Option<TableColumn>,
    pub value: String,
    pub problem: CellProblem,
}

impl CellError {
    /// 「生年月日「昭和22年13月1日」は日付として読めません」: for the command line and the error
    /// message (the window writes its own text per problem).
    pub fn describe_ja(&self) -> String {
        let column = self.column.map_or("", |c| c.header_ja());
        let value = if self.value.is_empty() { String::new() } else { format!("「{}」", self.value) };
        match &self.problem {
            CellProblem::Required => format!("{column}が空です"),
            CellProblem::NotADate => {
                format!("{column}{value}は日付として読めません（例: 昭和22年3月1日, 1947/3/1）")
            }
            CellProblem::NotANumber => format!("{column}{value}は数値として読めません"),
            CellProblem::OutOfRange { min, max } => {
                format!("{column}{value}は{min}～{max}の範囲で入力してください")
            }
            CellProblem::UnknownChoice { accepted } => {
                format!("{column}{value}は次のいずれかで入力してください: {}", accepted.join("・"))
            }
            CellProblem::UnknownMunicipality => format!("{column}{value}は地域マスタにない市町村です"),
            CellProblem::NeedsDevice { device } => {
                format!("{column}{value}がありますが、{}が「なし」です", device.header_ja())
            }
            CellProblem::RepeatedInFile { line } => format!("{value}は{line}行目と同じ患者です"),
            CellProblem::Record { message } => format!("登録できません: {message}"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum RowOutcome {
    New,
    /// Already in the register under this id: the row is left alone.
    AlreadyRegistered {
        id: String,
    },
    Rejected {
        errors: Vec<CellError>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct ParsedRow {
    pub line: usize,
    pub name: String,
    pub outcome: RowOutcome,
    /// Present when the outcome is `New`.
    pub record: Option<PatientRecord>,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error, Serialize, specta::Type)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum MappingError {
    #[error("the mapping has {given} entries for {headers} columns")]
    WrongLength { given: usize, headers: usize },
    #[error("{column:?} is mapped to two columns")]
    Twice { column: TableColumn },
    #[error("no column is mapped to the patient's name")]
    NoName,
}

pub fn check_mapping(table: &Table, mapping: &[Option<TableColumn>]) -> Result<(), MappingError> {
    if mapping.len() != table.headers.len() {
        return Err(MappingError::WrongLength { given: mapping.len(), headers: table.headers.len() });
    }
    let mut seen = Vec::new();
    for c in mapping.iter().flatten() {
        if seen.contains(c) {
            return Err(MappingError::Twice { column: *c });
        }
        seen.push(*c);
    }
    if !seen.contains(&TableColumn::Name) { Err(MappingError::NoName) } else { Ok(()) }
}

/// Columns no header is mapped to whose value then takes a default; the preview says so.
pub fn defaults_applied(mapping: &[Option<TableColumn>]) -> Vec<TableColumn> {
    [TableColumn::Living, TableColumn::FloodDepth]
        .into_iter()
        .filter(|c| !mapping.contains(&Some(*c)))
        .collect()
}

/// Parses every row. `known_municipality` checks names against the region master.
pub fn parse(
    table: &Table,
    mapping: &[Option<TableColumn>],
    known_municipality: &dyn Fn(&str) -> bool,
    existing: &[PatientRecord],
) -> Vec<ParsedRow> {
    let mut seen: Vec<(String, Option<String>, usize)> = Vec::new();
    table
        .rows
        .iter()
        .map(|(line, cells)| {
            let cell = |c: TableColumn| {
                mapping
                    .iter()
                    .position(|m| *m == Some(c))
                    .and_then(|i| cells.get(i))
                    .map_or("", |s| s.trim())
                    .to_string()
            };
            let name = cell(TableColumn::Name);
            let (record, mut errors) = build(&cell, known_municipality);
            let key = (fold_name(&record.name), record.birth_date.clone());
            if let Some((_, _, first)) = seen.iter().find(|(n, b, _)| (n, b) == (&key.0, &key.1)) {
                errors.push(CellError {
                    column: Some(TableColumn::Name),
                    value: name.clone(),
                    problem: CellProblem::RepeatedInFile { line: *first },
                });
            } else if !key.0.is_empty() {
                seen.push((key.0.clone(), key.1.clone(), *line));
            }
            if errors.is_empty()
                && let Err(e) = check(&record)
            {
                errors.push(CellError {
                    column: None,
                    value: String::new(),
                    problem: CellProblem::Record { message: e.to_string() },
                });
            }
            let registered = existing.iter().find(|p| {
                (!record.id.is_empty() && p.id == record.id)
                    || (fold_name(&p.name) == key.0 && p.birth_date == key.1)
            });
            let (outcome, record) = match (errors.is_empty(), registered) {
                (false, _) => (RowOutcome::Rejected { errors }, None),
                (true, Some(p)) => (RowOutcome::AlreadyRegistered { id: p.id.clone() }, None),
                (true, None) => (RowOutcome::New, Some(PatientRecord { id: String::new(), ..record })),
            };
            ParsedRow { line: *line, name, outcome, record }
        })
        .collect()
}

/// 「山田　花子」 and 「山田花子」 are the same person on a list.
fn fold_name(name: &str) -> String {
    name.chars().filter(|c| !c.is_whitespace()).collect()
}

/// One row's cells, collecting what is wrong with them.
struct Cells<'a> {
    cell: &'a dyn Fn(TableColumn) -> String,
    errors: Vec<CellError>,
}

const YES_NO: &[(&[&str], u8)] = &[
    (&["あり", "有", "はい", "済", "○", "〇", "◯", "yes", "y", "true", "1"], 1),
    (&["なし", "無", "いいえ", "未", "×", "-", "no", "n", "false", "0", ""], 0),
];

impl Cells<'_> {
    fn text(&self, column: TableColumn) -> String {
        (self.cell)(column)
    }

    fn fail(&mut self, column: TableColumn, value: &str, problem: CellProblem) {
        self.errors.push(CellError { column: Some(column), value: value.into(), problem });
    }

    fn date(&mut self, column: TableColumn) -> Option<String> {
        let text = self.text(column);
        if text.is_empty() {
            return None;
        }
        let date = parse_date(&text).map(|d| d.format("%Y-%m-%d").to_string());
        if date.is_none() {
            self.fail(column, &text, CellProblem::NotADate);
        }
        date
    }

    /// The value of the first word list the cell matches (blank matches `""`).
    fn choice(&mut self, column: TableColumn, table: &[(&[&str], u8)]) -> Option<u8> {
        let text = self.text(column);
        let folded = normalize(&text);
        let found = table.iter().find(|(words, _)| words.iter().any(|w| normalize(w) == folded));
        if found.is_none() {
            let accepted = table.iter().filter_map(|(w, _)| w.first()).map(|w| w.to_string()).collect();
            self.fail(column, &text, CellProblem::UnknownChoice { accepted });
        }
        found.map(|(_, v)| *v)
    }

    fn yes(&mut self, column: TableColumn) -> bool {
        self.choice(column, YES_NO) == Some(1)
    }

    fn number(&mut self, column: TableColumn, min: f64, max: f64) -> Option<f64> {
        let text = self.text(column);
        if text.is_empty() {
            return None;
        }
        match parse_number(&text) {
            Some(v) if (min..=max).contains(&v) => Some(v),
            Some(_) => {
                self.fail(column, &text, CellProblem::OutOfRange { min, max });
                None
            }
            None => {
                self.fail(column, &text, CellProblem::NotANumber);
                None
            }
        }
    }
}

fn device(
    id: String,
    class: DeviceClass,
    measured_draw_w: Option<f64>,
    hours_per_day: f64,
) -> RegisteredDevice {
    RegisteredDevice {
        device: Device { id, class, measured_draw_w, nameplate_w: None },
        hours_per_day,
        substitutes: vec![],
    }
}

fn build(
    cell: &dyn Fn(TableColumn) -> String,
    known_municipality: &dyn Fn(&str) -> bool,
) -> (PatientRecord, Vec<CellError>) {
    let mut c = Cells { cell, errors: Vec::new() };
    let mut r = PatientRecord::new(&c.text(TableColumn::Name));
    if r.name.is_empty() {
        c.fail(TableColumn::Name, "", CellProblem::Required);
    }
    r.id = c.text(TableColumn::Id);
    r.kana = c.text(TableColumn::Kana);
    r.address = c.text(TableColumn::Address);
    r.primary_doctor = c.text(TableColumn::PrimaryDoctor);
    r.care_manager = c.text(TableColumn::CareManager);
    r.birth_date = c.date(TableColumn::BirthDate);
    r.support_plan_reviewed_on = c.date(TableColumn::SupportPlanReviewedOn);
    for (column, scope) in [
        (TableColumn::ConsentPartners, ConsentScope::Partners),
        (TableColumn::ConsentMunicipality, ConsentScope::Municipality),
    ] {
        if let Some(granted_on) = c.date(column) {
            r.consents.push(Consent { scope, granted_on, withdrawn_on: None });
        }
    }
    let municipality = c.text(TableColumn::Municipality);
    if !municipality.is_empty() {
        if known_municipality(&municipality) {
            r.municipality = Some(municipality);
        } else {
            c.fail(TableColumn::Municipality, &municipality, CellProblem::UnknownMunicipality);
        }
    }
    for (column, role) in
        [(TableColumn::FamilyPhone, "家族"), (TableColumn::VendorPhone, "機器業者（24時間）")]
    {
        let phone = c.text(column);
        if !phone.is_empty() {
            r.contacts.push(Contact { role: role.into(), name: String::new(), phone });
        }
    }

    r.admission_arranged = c.yes(TableColumn::AdmissionArranged);
    r.power_company_registered = c.yes(TableColumn::PowerCompanyRegistered);
    r.residence.tsunami_zone = c.yes(TableColumn::TsunamiZone);
    let suction = c.yes(TableColumn::Suction);
    r.living = match c.choice(
        TableColumn::Living,
        &[
            (&["家族と同居", "同居", "家族", ""], 0),
            (&["独居", "独居世帯", "一人暮らし", "単身"], 1),
            (&["高齢者のみ", "高齢者のみの世帯", "高齢世帯", "老老"], 2),
        ],
    ) {
        Some(1) => Living::Alone,
        Some(2) => Living::ElderlyOnly,
        _ => Living::WithFamily,
    };
    match c.choice(
        TableColumn::Landslide,
        &[
            (&["なし", "いいえ", "無", "-", ""], 0),
            (&["警戒区域", "警戒", "イエロー", "あり", "はい"], 1),
            (&["特別警戒区域", "特別警戒", "レッド"], 2),
        ],
    ) {
        Some(1) => r.residence.landslide_warning_zone = true,
        Some(2) => r.residence.landslide_special_zone = true,
        _ => {}
    }
    let ventilator = match c.choice(
        TableColumn::Ventilator,
        &[
            (&["なし", "無", "-", ""], 0),
            (&["気管切開", "TPPV", "侵襲", "侵襲的", "気管切開下"], 1),
            (&["NPPV", "マスク", "非侵襲", "非侵襲的"], 2),
            (&["CPAP"], 3),
        ],
    ) {
        Some(1) => Some(DeviceClass::InvasiveVentilator),
        Some(2) => Some(DeviceClass::Nppv),
        Some(3) => Some(DeviceClass::Cpap),
        _ => None,
    };
    r.residence.floor = c.number(TableColumn::Floor, -5.0, 60.0).map(|f| f.round() as i32);
    r.off_vent_tolerance_min = c.number(TableColumn::OffVentToleranceMin, 0.0, 24.0 * 60.0);
    let vent_hours = c.number(TableColumn::VentilatorHours, 0.0, 24.0);
    let vent_draw = c.number(TableColumn::VentilatorDrawW, 0.0, 2000.0);
    let internal = c.number(TableColumn::InternalBatteryHours, 0.0, 100.0);
    let external = c.number(TableColumn::ExternalBatteryHours, 0.0, 200.0);
    let oxygen_flow = c.number(TableColumn::OxygenFlowLpm, 0.0, 15.0);
    let concentrator_hours = c.number(TableColumn::OxygenConcentratorHours, 0.0, 24.0);
    let flood_text = c.text(TableColumn::FloodDepth);
    r.residence.flood_depth = flood_depth(&flood_text).unwrap_or_else(|| {
        let accepted = ["なし", "0.5m未満", "0.5～3m", "3m以上"].map(String::from).to_vec();
        c.fail(TableColumn::FloodDepth, &flood_text, CellProblem::UnknownChoice { accepted });
        FloodDepth::None
    });

    match (ventilator, vent_hours) {
        (Some(class), Some(hours_per_day)) => {
            r.devices.push(device("d1".into(), class, vent_draw, hours_per_day));
            for (kind, hours, path) in [
                (SourceKind::Internal, internal, PowerPath::DeviceNative),
                (SourceKind::ExternalPack, external, PowerPath::Dc),
            ] {
                if let Some(rated_hours) = hours {
                    r.power_sources.push(PowerSource {
                        id: format!("s{}", r.power_sources.len() + 1),
                        kind,
                        feeds: vec!["d1".into()],
                        nominal_wh: None,
                        rated_hours: Some(rated_hours),
                        rated_draw_w: None,
                        path,
                        health: None,
                        state_of_charge: None,
                    });
                }
            }
        }
        (Some(_), None) => {
            let text = c.text(TableColumn::VentilatorHours);
            if text.is_empty() {
                c.fail(TableColumn::VentilatorHours, "", CellProblem::Required);
            }
        }
        (None, _) => {
            for (column, given) in [
                (TableColumn::VentilatorHours, vent_hours.is_some()),
                (TableColumn::VentilatorDrawW, vent_draw.is_some()),
                (TableColumn::InternalBatteryHours, internal.is_some()),
                (TableColumn::ExternalBatteryHours, external.is_some()),
            ] {
                if given {
                    let text = c.text(column);
                    c.fail(column, &text, CellProblem::NeedsDevice { device: TableColumn::Ventilator });
                }
            }
        }
    }
    if let Some(hours) = concentrator_hours {
        r.devices.push(device(
            format!("d{}", r.devices.len() + 1),
            DeviceClass::OxygenConcentrator,
            None,
            hours,
        ));
    }
    if let Some(flow) = oxygen_flow {
        r.oxygen = Some(OxygenSupply {
            flow_day_lpm: flow,
            flow_night_lpm: flow,
            cylinders: vec![],
            demand_valve: false,
        });
    }
    if suction {
        // Suction runs minutes at a time; one hour a day is the register's nominal figure, not a reading.
        r.devices.push(device(format!("d{}", r.devices.len() + 1), DeviceClass::Suction, None, 1.0));
    }
    (r, c.errors)
}

/// 「１２」「4時間」「30W」「2階」「1.5 L/分」: digits, optionally full-width, and a unit after them.
fn parse_number(text: &str) -> Option<f64> {
    let half: String = text
        .chars()
        .map(|c| match c {
            '０'..='９' | '．' | '－' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            c => c,
        })
        .collect();
    let half = half.trim();
    let end = half.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-')).unwrap_or(half.len());
    let (digits, unit) = half.split_at(end);
    const UNITS: [&str; 10] = ["", "時間", "h", "w", "分", "min", "l/分", "l/min", "階", "f"];
    if !UNITS.contains(&unit.trim().to_lowercase().as_str()) {
        return None;
    }
    digits.parse().ok().filter(|v: &f64| v.is_finite())
}

/// The hazard map's band, or a depth in metres.
fn flood_depth(text: &str) -> Option<FloodDepth> {
    let folded = normalize(text).replace(['〜', '~'], "～");
    match folded.as_str() {
        "" | "なし" | "無" | "0" | "区域外" => return Some(FloodDepth::None),
        "0.5m未満" | "0.5未満" => return Some(FloodDepth::Under05m),
        "0.5～3m" | "0.53m" | "0.5～3.0m" | "0.5m～3m" | "0.5m以上3m未満" => {
            return Some(FloodDepth::From05To3m);
        }
        "3m以上" | "3.0m以上" => return Some(FloodDepth::Over3m),
        _ => {}
    }
    let metres = parse_number(folded.trim_end_matches('m'))?;
    Some(match metres {
        m if m <= 0.0 => FloodDepth::None,
        m if m < 0.5 => FloodDepth::Under05m,
        m if m < 3.0 => FloodDepth::From05To3m,
        _ => FloodDepth::Over3m,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_as_people_type_them() {
        let cases: &[(&str, Option<f64>)] = &[
            ("12", Some(12.0)),
            ("１２", Some(12.0)),
            ("4時間", Some(4.0)),
            ("30W", Some(30.0)),
            ("1.5 L/分", Some(1.5)),
            ("２階", Some(2.0)),
            ("約4", None),
            ("4〜6", None),
            ("", None),
        ];
        for (text, expected) in cases {
            assert_eq!(parse_number(text), *expected, "{text}");
        }
    }

    #[test]
    fn flood_bands_and_depths() {
        let cases: &[(&str, Option<FloodDepth>)] = &[
            ("", Some(FloodDepth::None)),
            ("0.5m未満", Some(FloodDepth::Under05m)),
            ("0.5〜3m", Some(FloodDepth::From05To3m)),
            ("３ｍ以上", Some(FloodDepth::Over3m)),
            ("1.2m", Some(FloodDepth::From05To3m)),
            ("0.3", Some(FloodDepth::Under05m)),
            ("深い", None),
        ];
        for (text, expected) in cases {
            assert_eq!(flood_depth(text), *expected, "{text}");
        }
    }
}
