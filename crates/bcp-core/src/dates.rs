//! 和暦 (Japanese era) and 西暦 (Gregorian) date formatting.
//!
//! Printed plans show both: 「令和8年11月25日（2026-11-25）」. The era table starts at 明治 6 (1873),
//! when Japan adopted the Gregorian calendar; earlier dates are printed in 西暦 only.

use chrono::{Datelike, NaiveDate};

/// Eras, newest first: (name, Gregorian year of 元年, first day the row applies). 明治 began in 1868
/// but is only mapped from 1873-01-01 (明治6年), when Japan switched to the Gregorian calendar.
const ERAS: &[(&str, i32, (i32, u32, u32))] = &[
    ("令和", 2019, (2019, 5, 1)),
    ("平成", 1989, (1989, 1, 8)),
    ("昭和", 1926, (1926, 12, 25)),
    ("大正", 1912, (1912, 7, 30)),
    ("明治", 1868, (1873, 1, 1)),
];

/// 「令和8年11月25日」; the first year of an era is written 元年 as on official documents.
/// `None` before 1873 (no Gregorian 和暦).
pub fn wareki(date: NaiveDate) -> Option<String> {
    let (era, first_year) = ERAS.iter().find_map(|&(era, first_year, (y, m, d))| {
        let from = NaiveDate::from_ymd_opt(y, m, d)?;
        (date >= from).then_some((era, first_year))
    })?;
    let year = date.year() - first_year + 1;
    let year = if year == 1 { "元".to_string() } else { year.to_string() };
    Some(format!("{era}{year}年{}月{}日", date.month(), date.day()))
}

/// 「令和8年11月25日（2026-11-25）」, or the ISO date alone before 1873.
pub fn wareki_with_iso(date: NaiveDate) -> String {
    let iso = date.format("%Y-%m-%d");
    match wareki(date) {
        Some(w) => format!("{w}（{iso}）"),
        None => iso.to_string(),
    }
}

/// A printed date in the print language: 和暦（西暦） in Japanese, "25 November 2026 (2026-11-25)" in
/// English (an English reader of a Japanese plan may still meet 和暦 elsewhere, so the ISO date stays).
pub fn for_language(date: NaiveDate, language: crate::settings::Language) -> String {
    match language {
        crate::settings::Language::Ja => wareki_with_iso(date),
        crate::settings::Language::En => {
            format!("{} ({})", date.format("%-d %B %Y"), date.format("%Y-%m-%d"))
        }
    }
}

/// Reads a date as people type it on Japanese forms: 「昭和22年3月1日」「令和元年5月1日」「R8.11.25」
/// 「H31/4/30」「2026-11-25」「2026/11/25」「２０２６年１１月２５日」 (full-width digits allowed).
/// `None` when it is not a real date, or the 和暦 year is outside its era (e.g. 平成32年).
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let half: String = text
        .trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '／' | '.' | '．' | '-' | '－' => '/',
            c => c,
        })
        .collect();
    let half = half.replace("元年", "1年");
    // 「令和」 or its initial (R, r) in front of the year.
    const INITIALS: [(&str, char); 5] =
        [("令和", 'R'), ("平成", 'H'), ("昭和", 'S'), ("大正", 'T'), ("明治", 'M')];
    let (era, rest) = INITIALS
        .iter()
        .find_map(|&(name, initial)| {
            half.strip_prefix(name)
                .or_else(|| half.strip_prefix(initial))
                .or_else(|| half.strip_prefix(initial.to_ascii_lowercase()))
                .map(|rest| (Some(name), rest))
        })
        .unwrap_or((None, half.as_str()));
    let numbers: Vec<i32> = rest
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty())
        .map(|p| p.parse().ok())
        .collect::<Option<Vec<_>>>()?;
    let [year, month, day] = numbers[..] else { return None };
    let date = match era {
        Some(era) => {
            let first_year = ERAS.iter().find(|e| e.0 == era)?.1;
            let date = NaiveDate::from_ymd_opt(
                first_year + year - 1,
                u32::try_from(month).ok()?,
                u32::try_from(day).ok()?,
            )?;
            // The 和暦 must name the era the date is really in (平成32年 does not exist).
            let written = wareki(date)?;
            if !written.starts_with(era) {
                return None;
            }
            date
        }
        None => NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)?,
    };
    Some(date)
}

/// 「令和8年11月25日（2026-11-25） 13:40」 for an instant seen in `offset` (the user's time zone).
pub fn wareki_time(at: chrono::DateTime<chrono::Utc>, offset: chrono::FixedOffset) -> String {
    let local = at.with_timezone(&offset);
    format!("{} {}", wareki_with_iso(local.date_naive()), local.format("%H:%M"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
    }

    #[test]
    fn era_boundaries() {
        let table = [
            (d(2026, 11, 25), Some("令和8年11月25日")),
            (d(2019, 5, 1), Some("令和元年5月1日")),
            (d(2019, 4, 30), Some("平成31年4月30日")),
            (d(1989, 1, 8), Some("平成元年1月8日")),
            (d(1989, 1, 7), Some("昭和64年1月7日")),
            (d(1926, 12, 25), Some("昭和元年12月25日")),
            (d(1926, 12, 24), Some("大正15年12月24日")),
            (d(1912, 7, 30), Some("大正元年7月30日")),
            (d(1912, 7, 29), Some("明治45年7月29日")),
            (d(1873, 1, 1), Some("明治6年1月1日")),
            (d(1872, 12, 31), None),
        ];
        for (date, want) in table {
            assert_eq!(wareki(date).as_deref(), want, "{date}");
        }
    }

    #[test]
    fn dates_as_people_type_them() {
        type Ymd = (i32, u32, u32);
        let table: &[(&str, Option<Ymd>)] = &[
            ("昭和22年3月1日", Some((1947, 3, 1))),
            ("令和元年5月1日", Some((2019, 5, 1))),
            ("R8.11.25", Some((2026, 11, 25))),
            ("h31/4/30", Some((2019, 4, 30))),
            ("２０２６年１１月２５日", Some((2026, 11, 25))),
            ("2026-11-25", Some((2026, 11, 25))),
            (" 2026/1/5 ", Some((2026, 1, 5))),
            ("平成32年1月1日", None),
            ("令和元年4月30日", None),
            ("2026年2月30日", None),
            ("昭和", None),
            ("", None),
        ];
        for (text, want) in table {
            let want = want.map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).expect("valid"));
            assert_eq!(parse_date(text), want, "{text:?}");
        }
    }

    #[test]
    fn instants_in_the_users_time_zone() {
        let at = chrono::DateTime::parse_from_rfc3339("2026-11-25T15:30:00Z").expect("valid").to_utc();
        let jst = chrono::FixedOffset::east_opt(9 * 3600).expect("valid offset");
        assert_eq!(wareki_time(at, jst), "令和8年11月26日（2026-11-26） 00:30");
    }

    #[test]
    fn both_calendars() {
        assert_eq!(wareki_with_iso(d(2027, 5, 31)), "令和9年5月31日（2027-05-31）");
        assert_eq!(wareki_with_iso(d(1800, 1, 1)), "1800-01-01");
    }
}
