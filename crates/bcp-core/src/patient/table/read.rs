//! A file's bytes → a header row and data rows of text. XLSX is recognised by its zip signature;
//! anything else is read as CSV, in UTF-8 when it decodes as such, otherwise as Shift_JIS (CP932,
//! what Excel on Japanese Windows writes).

use calamine::{Data, DataType, Reader, Xlsx, open_workbook_from_rs};
use serde::Serialize;
use std::io::Cursor;

/// Larger files are refused before parsing (a register of thousands of patients is under 2 MB).
pub const MAX_BYTES: usize = 10 * 1024 * 1024;
pub const MAX_ROWS: usize = 5000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum TableFormat {
    CsvUtf8,
    CsvShiftJis,
    Xlsx,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub format: TableFormat,
    pub headers: Vec<String>,
    /// (line or sheet row number as a person counts it, cells); blank rows are left out.
    pub rows: Vec<(usize, Vec<String>)>,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum TableError {
    #[error("the file is empty or has only a header")]
    Empty,
    #[error("the file is larger than {} MB", MAX_BYTES / 1024 / 1024)]
    TooLarge,
    #[error("the file has more than {MAX_ROWS} rows")]
    TooManyRows,
    #[error("the file is neither UTF-8 nor Shift_JIS text")]
    NotText,
    #[error("line {line}: {message}")]
    Csv { line: usize, message: String },
    #[error("the workbook cannot be read: {0}")]
    Xlsx(String),
    #[error("the file is encrypted: give its passphrase")]
    Encrypted,
}

pub fn read(bytes: &[u8]) -> Result<Table, TableError> {
    if bytes.len() > MAX_BYTES {
        return Err(TableError::TooLarge);
    }
    if crate::passphrase::is_sealed(bytes) {
        return Err(TableError::Encrypted);
    }
    let (format, mut rows) = if bytes.starts_with(b"PK\x03\x04") {
        (TableFormat::Xlsx, xlsx_rows(bytes)?)
    } else {
        let (format, text) = decode(bytes)?;
        (format, csv_rows(&text)?)
    };
    rows.retain(|(_, cells)| cells.iter().any(|c| !c.trim().is_empty()));
    if rows.len() > MAX_ROWS + 1 {
        return Err(TableError::TooManyRows);
    }
    let mut rows = rows.into_iter();
    let Some((_, headers)) = rows.next() else { return Err(TableError::Empty) };
    let rows: Vec<_> = rows.collect();
    if rows.is_empty() {
        return Err(TableError::Empty);
    }
    Ok(Table { format, headers: headers.iter().map(|h| h.trim().to_string()).collect(), rows })
}

fn decode(bytes: &[u8]) -> Result<(TableFormat, String), TableError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((TableFormat::CsvUtf8, text.to_string()));
    }
    // WHATWG Shift_JIS is CP932 (NEC and IBM extensions such as ① and 髙 included).
    let (text, had_errors) = encoding_rs::SHIFT_JIS.decode_without_bom_handling(bytes);
    if had_errors {
        return Err(TableError::NotText);
    }
    Ok((TableFormat::CsvShiftJis, text.into_owned()))
}

fn csv_rows(text: &str) -> Result<Vec<(usize, Vec<String>)>, TableError> {
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| TableError::Csv {
            line: e.position().map_or(0, |p| p.line() as usize),
            message: e.to_string(),
        })?;
        // The reader's position is where the previous record ended (before its line break and any
        // blank lines); the line a person sees is the first non-blank one after it.
        let line = record.position().map_or(rows.len() + 1, |p| {
            let bytes = text.as_bytes();
            let mut start = (p.byte() as usize).min(bytes.len());
            while start < bytes.len() && matches!(bytes[start], b'\r' | b'\n') {
                start += 1;
            }
            1 + bytes[..start].iter().filter(|b| **b == b'\n').count()
        });
        rows.push((line, record.iter().map(str::to_string).collect()));
        if rows.len() > MAX_ROWS + 1 {
            return Err(TableError::TooManyRows);
        }
    }
    Ok(rows)
}

fn xlsx_rows(bytes: &[u8]) -> Result<Vec<(usize, Vec<String>)>, TableError> {
    let mut workbook: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes))
        .map_err(|e: calamine::XlsxError| TableError::Xlsx(e.to_string()))?;
    let range = workbook
        .worksheet_range_at(0)
        .ok_or_else(|| TableError::Xlsx("no worksheet".into()))?
        .map_err(|e| TableError::Xlsx(e.to_string()))?;
    let first_row = range.start().map_or(0, |(r, _)| r as usize);
    Ok(range
        .rows()
        .enumerate()
        .map(|(i, cells)| (first_row + i + 1, cells.iter().map(cell_text).collect()))
        .collect())
}

/// A cell as the person sees it: dates as YYYY-MM-DD, whole numbers without ".0".
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => if *b { "はい" } else { "いいえ" }.into(),
        Data::DateTime(_) | Data::DateTimeIso(_) => {
            cell.as_date().map_or_else(|| cell.to_string(), |d| d.format("%Y-%m-%d").to_string())
        }
        Data::DurationIso(s) => s.clone(),
        Data::Error(e) => format!("#{e:?}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shift_jis_is_detected_and_decoded() {
        let (bytes, _, _) = encoding_rs::SHIFT_JIS.encode("氏名,生年月日\n髙橋①,昭和22年3月1日\n");
        let table = read(&bytes).unwrap();
        assert_eq!(table.format, TableFormat::CsvShiftJis);
        assert_eq!(table.headers, ["氏名", "生年月日"]);
        assert_eq!(table.rows, vec![(2, vec!["髙橋①".to_string(), "昭和22年3月1日".into()])]);
    }

    #[test]
    fn utf8_with_bom_and_blank_lines() {
        let table = read("\u{FEFF}氏名\n\n山田\n,\n".as_bytes()).unwrap();
        assert_eq!(table.format, TableFormat::CsvUtf8);
        assert_eq!(table.headers, ["氏名"]);
        assert_eq!(table.rows, vec![(3, vec!["山田".to_string()])]);
    }

    #[test]
    fn a_header_alone_is_empty() {
        assert_eq!(read("氏名,住所\n".as_bytes()), Err(TableError::Empty));
        assert_eq!(read(b""), Err(TableError::Empty));
    }

    #[test]
    fn binary_that_is_not_text_is_refused() {
        assert_eq!(read(&[0x82, 0xA0, 0xFF, 0xFF, 0x00, 0x81]), Err(TableError::NotText));
    }

    #[test]
    fn a_broken_workbook_is_refused_with_a_reason() {
        assert!(matches!(read(b"PK\x03\x04garbage"), Err(TableError::Xlsx(_))));
    }

    #[test]
    fn xlsx_dates_and_numbers_read_as_people_see_them() {
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet();
        sheet.write_string(0, 0, "氏名").unwrap();
        sheet.write_string(0, 1, "生年月日").unwrap();
        sheet.write_string(0, 2, "内部バッテリー").unwrap();
        sheet.write_string(1, 0, "山田 花子").unwrap();
        let date = rust_xlsxwriter::ExcelDateTime::from_ymd(1947, 3, 1).unwrap();
        let format = rust_xlsxwriter::Format::new().set_num_format("yyyy/mm/dd");
        sheet.write_datetime_with_format(1, 1, &date, &format).unwrap();
        sheet.write_number(1, 2, 4.0).unwrap();
        let bytes = book.save_to_buffer().unwrap();
        let table = read(&bytes).unwrap();
        assert_eq!(table.format, TableFormat::Xlsx);
        assert_eq!(table.rows, vec![(2, vec!["山田 花子".to_string(), "1947-03-01".into(), "4".into()])]);
    }
}
