use super::*;

fn event(id: i64, at: &str, action: &str, subject: &str) -> AuditEvent {
    AuditEvent {
        id,
        at: at.into(),
        actor: "nurse".into(),
        action: action.into(),
        subject: subject.into(),
        detail: String::new(),
        basis: String::new(),
    }
}

#[test]
fn filters_by_action_prefix_subject_and_dates() {
    let events = vec![
        event(1, "2026-12-01T09:00:00.000Z", "patient.view", "P001"),
        event(2, "2026-12-02T09:00:00.000Z", "patient.export", "*"),
        event(3, "2026-12-03T09:00:00.000Z", "exchange.break-glass", "*"),
        event(4, "2026-12-04T09:00:00.000Z", "patient.view", "P002"),
    ];
    let f = |action: Option<&str>, subject: Option<&str>, from: Option<&str>, to: Option<&str>| AuditFilter {
        action: action.map(Into::into),
        subject: subject.map(Into::into),
        from: from.map(Into::into),
        to: to.map(Into::into),
    };
    let cases: &[(AuditFilter, &[i64])] = &[
        (AuditFilter::default(), &[4, 3, 2, 1]),
        (f(Some("patient."), None, None, None), &[4, 2, 1]),
        (f(Some(""), Some("P001"), None, None), &[1]),
        (f(None, None, Some("2026-12-02"), Some("2026-12-03")), &[3, 2]),
        (f(Some("exchange."), None, Some("2026-12-04"), None), &[]),
    ];
    for (filter, ids) in cases {
        let got: Vec<i64> = filtered(events.clone(), filter, utc()).iter().map(|e| e.id).collect();
        assert_eq!(&got, ids, "{filter:?}");
    }
}

fn utc() -> FixedOffset {
    FixedOffset::east_opt(0).expect("offset")
}

#[test]
fn dates_are_the_users_days() {
    // 23:30 UTC on the 1st is 08:30 on the 2nd in Japan.
    let e = event(1, "2026-12-01T23:30:00.000Z", "patient.view", "P001");
    let on = |day: &str| AuditFilter { from: Some(day.into()), to: Some(day.into()), ..Default::default() };
    let jst = FixedOffset::east_opt(9 * 3600).expect("offset");
    assert!(on("2026-12-02").matches(&e, jst));
    assert!(!on("2026-12-01").matches(&e, jst));
    assert!(on("2026-12-01").matches(&e, utc()));
}

#[test]
fn csv_has_a_bom_a_header_and_quotes_what_needs_it() {
    let mut e = event(7, "2026-12-01T09:00:00.000Z", "exchange.break-glass", "*");
    e.detail = "for A, 2 named".into();
    e.basis = "break-glass: 停電, 連絡不通".into();
    let csv = String::from_utf8(to_csv(&[e]).expect("csv")).expect("utf-8");
    assert!(csv.starts_with('\u{feff}'));
    let mut lines = csv.trim_start_matches('\u{feff}').lines();
    assert_eq!(lines.next(), Some("id,日時(UTC),操作者,操作,対象,内容,根拠"));
    assert_eq!(
        lines.next(),
        Some(
            "7,2026-12-01T09:00:00.000Z,nurse,exchange.break-glass,*,\"for A, 2 named\",\"break-glass: 停電, 連絡不通\""
        )
    );
}
