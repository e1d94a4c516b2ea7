use super::*;
use chrono::{Duration, TimeZone};

fn at(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, 0, 0).single().expect("valid time")
}

fn entry(time: DateTime<Utc>, reason: BackupReason) -> BackupEntry {
    BackupEntry { file_name: file_name(time, reason), taken_at: time.to_rfc3339(), reason, size: 1.0 }
}

#[test]
fn file_names_round_trip_and_other_files_are_ignored() {
    for reason in BackupReason::ALL {
        let time = at(2026, 12, 7, 3) + Duration::milliseconds(123);
        let name = file_name(time, reason);
        assert_eq!(parse_file_name(&name), Some((time, reason)), "{name}");
    }
    for other in [
        "homecare-bcp.sqlite",
        "homecare-bcp-20261207T030000000Z-unknown.sqlite",
        "homecare-bcp-2026-start.sqlite",
        "notes.txt",
        "homecare-bcp-20261207T030000000Z-start.sqlite-wal",
    ] {
        assert_eq!(parse_file_name(other), None, "{other}");
    }
}

#[test]
fn daily_is_due_after_24_hours_or_with_no_backup() {
    let now = at(2026, 12, 7, 12);
    let cases: &[(&[i64], bool)] =
        &[(&[], true), (&[1], false), (&[23], false), (&[24], true), (&[30, 2], false)];
    for (hours_ago, due) in cases {
        let entries: Vec<_> =
            hours_ago.iter().map(|h| entry(now - Duration::hours(*h), BackupReason::Start)).collect();
        assert_eq!(daily_due(&entries, now), *due, "{hours_ago:?}");
    }
}

#[test]
fn rotation_keeps_the_newest_ten_whatever_their_day() {
    let base = at(2026, 12, 7, 0);
    let entries: Vec<_> =
        (0..12).map(|i| entry(base + Duration::minutes(i), BackupReason::BeforeImport)).collect();
    let removed = to_remove(&entries);
    // The two oldest of the same day go; the day itself is still kept by its newest.
    assert_eq!(removed, vec![entries[1].file_name.clone(), entries[0].file_name.clone()]);
}

#[test]
fn rotation_keeps_one_per_day_for_14_days_and_one_per_month_for_a_year() {
    // Three a day for 60 days, then a start backup per month for two years before that.
    let newest = at(2026, 12, 7, 18);
    let mut entries = Vec::new();
    for day in 0..60 {
        for hour in [6, 12, 18] {
            let time = newest - Duration::days(day) - Duration::hours(18 - hour);
            entries.push(entry(time, BackupReason::Start));
        }
    }
    for month in 3..27 {
        entries.push(entry(newest - Duration::days(30 * month), BackupReason::Daily));
    }
    let removed = to_remove(&entries);
    let kept: Vec<_> = entries.iter().filter(|e| !removed.contains(&e.file_name)).collect();
    let days: std::collections::BTreeSet<_> =
        kept.iter().map(|e| parse_file_name(&e.file_name).map(|(t, _)| t.date_naive())).collect();
    let months: std::collections::BTreeSet<_> = kept
        .iter()
        .filter_map(|e| parse_file_name(&e.file_name).map(|(t, _)| t.format("%Y-%m").to_string()))
        .collect();
    assert!(kept.len() <= 10 + 14 + 13, "kept {}", kept.len());
    assert!(days.len() >= 14, "one per day for two weeks: {}", days.len());
    assert!((12..=13).contains(&months.len()), "one per month over the last year: {months:?}");
    // The newest backup is never removed.
    assert!(!removed.contains(&entries[0].file_name));
}

#[test]
fn rotation_keeps_the_last_three_taken_before_an_upgrade() {
    let newest = at(2026, 12, 7, 18);
    let mut entries: Vec<_> =
        (0..5).map(|y| entry(newest - Duration::days(400 * (y + 1)), BackupReason::BeforeUpgrade)).collect();
    entries.extend((0..30).map(|i| entry(newest - Duration::minutes(i), BackupReason::BeforeImport)));
    let removed = to_remove(&entries);
    let kept_upgrades: Vec<_> = entries[..5].iter().filter(|e| !removed.contains(&e.file_name)).collect();
    assert_eq!(kept_upgrades.len(), 3);
    assert_eq!(kept_upgrades[0].file_name, entries[0].file_name, "the newest three");
}

#[test]
fn files_that_are_not_backups_are_never_removed() {
    let entries = vec![BackupEntry {
        file_name: "keep-me.sqlite".into(),
        taken_at: String::new(),
        reason: BackupReason::Manual,
        size: 1.0,
    }];
    assert!(to_remove(&entries).is_empty());
}
