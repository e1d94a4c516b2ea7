//! The region file: UTF-8 CSV, one row per 在宅医療圏 (format in `seeds/regions/README.md`).
//!
//! [`parse`] checks the whole file before anything is stored, so a bad file changes nothing, and it
//! names the row and column at fault. Excel on Japanese Windows saves CSV as Shift_JIS; we refuse it
//! with a clear message rather than guess (a later issue adds CP932 decoding for patient imports).

use super::{HomeCareRegionRow, RegionMaster};

/// Region files are small (the whole of Japan is about 1,700 municipalities).
pub const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;

const COLUMNS: [&str; 7] = [
    "prefecture",
    "tertiary_region",
    "secondary_region",
    "home_care_region",
    "health_center",
    "municipalities",
    "population",
];

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RegionFileError {
    #[error("the file is larger than {MAX_FILE_BYTES} bytes")]
    TooLarge,
    #[error("the file is not UTF-8 text (Shift_JIS from Excel? save it as 'CSV UTF-8')")]
    NotUtf8,
    #[error("the header must be: {}", COLUMNS.join(","))]
    BadHeader,
    #[error("row {row}: {reason}")]
    BadRow { row: usize, reason: String },
    #[error("the file has no rows")]
    Empty,
    #[error("home-care region {name:?} appears twice (rows {first} and {second})")]
    DuplicateRegion { name: String, first: usize, second: usize },
    #[error("municipality {name:?} appears in two home-care regions (rows {first} and {second})")]
    DuplicateMunicipality { name: String, first: usize, second: usize },
}

/// Parses and checks a region file. `source` names it for the user (usually the file name).
pub fn parse(bytes: &[u8], source: &str) -> Result<RegionMaster, RegionFileError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(RegionFileError::TooLarge);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| RegionFileError::NotUtf8)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text); // Excel's "CSV UTF-8" starts with a BOM
    let mut reader = ::csv::ReaderBuilder::new().has_headers(true).from_reader(text.as_bytes());
    let header = reader.headers().map_err(|_| RegionFileError::BadHeader)?;
    if header.iter().map(str::trim).ne(COLUMNS) {
        return Err(RegionFileError::BadHeader);
    }

    let mut rows: Vec<HomeCareRegionRow> = Vec::new();
    let mut region_rows: Vec<(String, usize)> = Vec::new();
    let mut municipality_rows: Vec<(String, usize)> = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let row_number = index + 2; // 1-based, after the header: what a spreadsheet shows
        let bad = |reason: String| RegionFileError::BadRow { row: row_number, reason };
        let record = record.map_err(|e| bad(e.to_string()))?;
        let cell = |i: usize| -> Result<String, RegionFileError> {
            let value = record.get(i).unwrap_or("").trim();
            if value.is_empty() {
                return Err(bad(format!("{} is empty", COLUMNS[i])));
            }
            if value.chars().any(char::is_control) || value.chars().count() > 100 {
                return Err(bad(format!("{} is not a plain name", COLUMNS[i])));
            }
            Ok(value.to_string())
        };
        let municipalities: Vec<String> = cell(5)?.split(['、', ',']).map(|m| m.trim().to_string()).collect();
        if municipalities.iter().any(String::is_empty) {
            return Err(bad("municipalities has an empty entry".into()));
        }
        let population_text = cell(6)?.replace([',', '，'], "");
        let population: u32 = population_text
            .parse()
            .map_err(|_| bad(format!("population {population_text:?} is not a whole number")))?;
        let row = HomeCareRegionRow {
            prefecture: cell(0)?,
            tertiary_region: cell(1)?,
            secondary_region: cell(2)?,
            home_care_region: cell(3)?,
            health_center: cell(4)?,
            municipalities,
            population,
        };
        if let Some((_, first)) = region_rows.iter().find(|(n, _)| *n == row.home_care_region) {
            return Err(RegionFileError::DuplicateRegion {
                name: row.home_care_region,
                first: *first,
                second: row_number,
            });
        }
        region_rows.push((row.home_care_region.clone(), row_number));
        for m in &row.municipalities {
            if let Some((_, first)) = municipality_rows.iter().find(|(n, _)| n == m) {
                return Err(RegionFileError::DuplicateMunicipality {
                    name: m.clone(),
                    first: *first,
                    second: row_number,
                });
            }
            municipality_rows.push((m.clone(), row_number));
        }
        rows.push(row);
    }
    if rows.is_empty() {
        return Err(RegionFileError::Empty);
    }
    Ok(RegionMaster { source: source.to_string(), rows })
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "prefecture,tertiary_region,secondary_region,home_care_region,health_center,municipalities,population\n";

    fn rejected(body: &str) -> RegionFileError {
        parse(format!("{HEADER}{body}").as_bytes(), "t.csv").expect_err("should be rejected")
    }

    #[test]
    fn seed_parses() {
        let master = parse(super::super::SEED, "seed").expect("the seed is valid");
        assert_eq!(master.rows.len(), 18);
    }

    #[test]
    fn bom_and_quoted_commas_accepted() {
        let file = format!("\u{feff}{HEADER}北海道,道北,留萌,留萌,留萌,\"留萌市,増毛町\",\"43,050\"\n");
        let master = parse(file.as_bytes(), "t.csv").expect("valid");
        assert_eq!(master.rows[0].municipalities, ["留萌市", "増毛町"]);
        assert_eq!(master.rows[0].population, 43050);
    }

    #[test]
    fn rejections_name_the_row() {
        let table: &[(&str, &str)] = &[
            ("北海道,道北,留萌,留萌,留萌,留萌市,四万\n", "row 2: population \"四万\" is not a whole number"),
            ("北海道,道北,留萌,留萌,,留萌市,1\n", "row 2: health_center is empty"),
            ("北海道,道北,留萌,留萌,留萌,留萌市、、増毛町,1\n", "row 2: municipalities has an empty entry"),
            (
                "北海道,道北,留萌,留萌,留萌,留萌市,1\n北海道,道北,留萌,留萌,留萌,増毛町,1\n",
                "home-care region \"留萌\" appears twice (rows 2 and 3)",
            ),
            (
                "北海道,道北,留萌,留萌,留萌,留萌市,1\n北海道,道北,宗谷,宗谷,稚内,留萌市,1\n",
                "municipality \"留萌市\" appears in two home-care regions (rows 2 and 3)",
            ),
            ("", "the file has no rows"),
        ];
        for (body, want) in table {
            assert_eq!(rejected(body).to_string(), *want);
        }
    }

    #[test]
    fn wrong_encoding_and_header() {
        let sjis_like: &[u8] = b"\x96\x6b\x8a\x43\x93\xb9"; // 北海道 in Shift_JIS
        assert_eq!(parse(sjis_like, "t.csv"), Err(RegionFileError::NotUtf8));
        assert_eq!(parse(b"a,b\n1,2\n", "t.csv"), Err(RegionFileError::BadHeader));
    }
}
