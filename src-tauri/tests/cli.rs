//! The headless command line, run as a user would from a terminal, on a private data folder.
//! Printed PDFs are checked with the tools an inspector's IT person would use (poppler, qpdf).

use std::path::Path;
use std::process::{Command, Output};

fn homecare_bcp(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_homecare-bcp"))
        .args(args)
        .env("HOMECARE_BCP_DATA_DIR", data)
        .output()
        .expect("the binary runs")
}

fn ok(out: Output) -> String {
    assert!(
        out.status.success(),
        "failed: {}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

fn tool(program: &str, args: &[&str]) -> String {
    let out = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{program} is needed (cargo xtask setup installs it): {e}"));
    assert!(out.status.success(), "{program} {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn regions_list_shows_the_seeded_master() {
    let data = tempfile::tempdir().expect("tempdir");
    let text = ok(homecare_bcp(data.path(), &["regions", "list"]));
    assert!(text.contains("在宅医療圏 18 / 市町村 91 / 人口 1491358"), "{text}");
    assert!(text.contains("遠軽\t紋別保健所\t人口: 32386\t佐呂間町、遠軽町、湧別町"), "{text}");
    let json: serde_json::Value =
        serde_json::from_str(&ok(homecare_bcp(data.path(), &["regions", "list", "--json"]))).expect("JSON");
    assert_eq!(json["totals"]["municipalities"], 91);
}

#[test]
fn print_cover_writes_a_checked_a4_pdf() {
    let data = tempfile::tempdir().expect("tempdir");
    let no_org = homecare_bcp(data.path(), &["print", "cover", "--out", "x.pdf"]);
    assert_eq!(no_org.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&no_org.stderr).contains("事業所が未登録"));

    ok(homecare_bcp(
        data.path(),
        &[
            "org",
            "set",
            "--kind",
            "zaitaku-clinic",
            "--name",
            "髙橋在宅クリニック",
            "--municipality",
            "中標津町",
            "--phone",
            "０１５３－７２－００００",
        ],
    ));
    let shown = ok(homecare_bcp(data.path(), &["org", "show"]));
    assert!(shown.contains("髙橋在宅クリニック（在宅療養支援診療所）"), "{shown}");
    assert!(shown.contains("電話: 0153-72-0000"), "full-width digits were normalised: {shown}");
    assert!(shown.contains("在宅医療圏: 中標津"), "{shown}");

    let pdf = data.path().join("表紙.pdf");
    let pdf_arg = pdf.to_str().expect("UTF-8 path");
    ok(homecare_bcp(data.path(), &["print", "cover", "--out", pdf_arg]));
    let text = tool("pdftotext", &["-layout", pdf_arg, "-"]);
    assert!(text.contains("髙橋在宅クリニック"), "{text}");
    assert!(
        text.contains("作成日") && text.contains("令和"),
        "dated in 和暦 (today's date, so not pinned): {text}"
    );
    let info = tool("pdfinfo", &[pdf_arg]);
    assert!(info.contains("(A4)"), "{info}");
    assert!(info.lines().any(|l| l.split_whitespace().eq(["Pages:", "1"])), "{info}");
    let fonts = tool("pdffonts", &[pdf_arg]);
    for line in fonts.lines().filter(|l| l.contains("BIZUDGothic")) {
        // name, type, encoding, emb, sub, uni — every face embedded, subsetted, with a ToUnicode map.
        assert!(line.contains("Identity-H") && line.contains("yes yes yes"), "{line}");
    }
    assert!(fonts.contains("BIZUDGothic-Bold") && fonts.contains("BIZUDGothic-Regular"), "{fonts}");
    tool("qpdf", &["--check", pdf_arg]);
}

#[test]
fn bad_input_is_refused_and_changes_nothing() {
    let data = tempfile::tempdir().expect("tempdir");
    ok(homecare_bcp(
        data.path(),
        &["org", "set", "--kind", "nursing-station", "--name", "なよろ", "--municipality", "名寄市"],
    ));
    let before = ok(homecare_bcp(data.path(), &["org", "show", "--json"]));

    let blank = homecare_bcp(data.path(), &["org", "set", "--name", "  "]);
    assert_eq!(blank.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&blank.stderr).contains("入力内容に誤りがあります"));

    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/regions-two-rows.csv");
    let drops = homecare_bcp(data.path(), &["regions", "import", fixture.to_str().expect("path")]);
    assert_eq!(drops.status.code(), Some(1), "the file drops 名寄市, where the organisation is");
    assert!(String::from_utf8_lossy(&drops.stderr).contains("何も変更していません"));

    assert_eq!(ok(homecare_bcp(data.path(), &["org", "show", "--json"])), before);
    assert!(ok(homecare_bcp(data.path(), &["regions", "list"])).contains("市町村 91"));
}

#[test]
fn a_database_from_a_newer_version_is_refused() {
    let data = tempfile::tempdir().expect("tempdir");
    ok(homecare_bcp(data.path(), &["regions", "list"]));
    let db = data.path().join("homecare-bcp.sqlite");
    // Pretend a newer app wrote it: SQLite keeps user_version big-endian at byte 60 of the header.
    let mut bytes = std::fs::read(&db).expect("db exists after first run");
    bytes[60..64].copy_from_slice(&99u32.to_be_bytes());
    std::fs::write(&db, &bytes).expect("write");
    let out = homecare_bcp(data.path(), &["regions", "list"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("この版では開けません"), "{stderr}");
    assert_eq!(std::fs::read(&db).expect("read"), bytes, "the newer database was not touched");
}

#[test]
fn help_and_usage_errors() {
    let data = tempfile::tempdir().expect("tempdir");
    let help = ok(homecare_bcp(data.path(), &["--help"]));
    assert!(help.contains("regions") && help.contains("print"), "{help}");
    assert_eq!(homecare_bcp(data.path(), &["regions", "frobnicate"]).status.code(), Some(2));
}

#[test]
fn print_plan_sets_the_chapters_in_order_with_the_answers() {
    let data = tempfile::tempdir().expect("tempdir");
    ok(homecare_bcp(
        data.path(),
        &["org", "set", "--kind", "nursing-station", "--name", "訪問看護ステーションなよろ"],
    ));
    ok(homecare_bcp(data.path(), &["plan", "start", "--scope", "combined"]));
    let principles = r#"["利用者と職員の生命を最優先する。","人工呼吸器の利用者の電源を最初に確保する。"]"#;
    ok(homecare_bcp(
        data.path(),
        &["plan", "answer", "--step", "basic-policy", "--field", "principles", principles],
    ));
    let refused = homecare_bcp(
        data.path(),
        &["plan", "answer", "--step", "basic-policy", "--field", "principles", "{"],
    );
    assert_eq!(refused.status.code(), Some(1), "malformed JSON is refused");
    let shown = ok(homecare_bcp(data.path(), &["plan", "show"]));
    assert!(shown.contains("［必須］"), "missing items are listed with their level: {shown}");

    let pdf = data.path().join("plan.pdf");
    let pdf_arg = pdf.to_str().expect("UTF-8 path");
    ok(homecare_bcp(data.path(), &["print", "plan", "--out", pdf_arg]));
    let text = tool("pdftotext", &[pdf_arg, "-"]);
    // The contents list every chapter; then the body repeats them, in the same (MHLW) order.
    let chapters = [
        "総論",
        "平常時の対応",
        "緊急時の対応",
        "他施設との連携",
        "地域との連携",
        "訪問系固有事項",
        "感染症編",
        "様式",
    ];
    let mut at = text.find("目次").expect("contents page");
    for _pass in ["contents", "body"] {
        for (i, title) in chapters.iter().enumerate() {
            let heading = format!("第{}章", i + 1);
            at += text[at..].find(&heading).unwrap_or_else(|| panic!("{heading} missing or out of order"));
            at += text[at..].find(title).unwrap_or_else(|| panic!("{title} missing or out of order"));
        }
    }
    assert!(text.contains("人工呼吸器の利用者の電源を最初に確保する。"), "the answer is printed");
    assert!(text.contains("（未記入・必須）"), "gaps are visible on paper");
    tool("qpdf", &["--check", pdf_arg]);
    let fonts = tool("pdffonts", &[pdf_arg]);
    let faces: Vec<&str> = fonts.lines().filter(|l| l.contains("BIZUDGothic")).collect();
    assert_eq!(faces.len(), 2, "regular and bold: {fonts}");
    assert!(
        faces.iter().all(|l| l.contains("yes yes yes") && l.contains('+')),
        "embedded subsets with ToUnicode: {fonts}"
    );
}

#[test]
fn an_outage_from_the_terminal_ranks_the_patient_with_reasons() {
    let data = tempfile::tempdir().expect("tempdir");
    ok(homecare_bcp(
        data.path(),
        &["org", "set", "--kind", "nursing-station", "--name", "なよろ", "--municipality", "名寄市"],
    ));
    let record =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/patient-internal-battery-only.json");
    assert!(
        ok(homecare_bcp(data.path(), &["patients", "add", record.to_str().expect("path")])).contains("P0001")
    );
    let before = ok(homecare_bcp(data.path(), &["patients", "list"]));
    assert!(before.starts_with("P3\tP0001"), "no outage yet: {before}");

    let onset = (chrono::Utc::now() - chrono::Duration::hours(2)).to_rfc3339();
    ok(homecare_bcp(data.path(), &["outage", "start", "--at", &onset, "--municipality", "名寄市"]));
    let during = ok(homecare_bcp(data.path(), &["patients", "list"]));
    assert!(during.starts_with("P0\tP0001"), "{during}");
    assert!(
        during.contains("電源の残りが2.8時間（3.0時間未満）"),
        "4.8 h − 2 h, with the threshold: {during}"
    );
    assert!(during.contains("独居"), "{during}");

    ok(homecare_bcp(
        data.path(),
        &[
            "outage",
            "check",
            "--patient",
            "P0001",
            "--by",
            "佐藤",
            "--reached",
            "--condition",
            "ok",
            "--device",
            "battery",
            "--battery",
            "80",
        ],
    ));
    let after = ok(homecare_bcp(data.path(), &["patients", "list"]));
    assert!(after.starts_with("P1\tP0001"), "80 % of 8 h = 6.4 h: {after}");
    let roster = data.path().join("roster.pdf");
    let roster_arg = roster.to_str().expect("UTF-8 path");
    ok(homecare_bcp(data.path(), &["print", "roster", "--out", roster_arg]));
    let text = tool("pdftotext", &[roster_arg, "-"]);
    for expected in ["優先順位名簿", "南 花子（架空）", "P1 優先", "電源の残り時間の内訳", "既定値"]
    {
        assert!(text.contains(expected), "{expected} in the roster:\n{text}");
    }
    let plan = data.path().join("support-plan.pdf");
    let plan_arg = plan.to_str().expect("UTF-8 path");
    ok(homecare_bcp(data.path(), &["print", "support-plan", "--patient", "P0001", "--out", plan_arg]));
    let text = tool("pdftotext", &[plan_arg, "-"]);
    for expected in ["災害時個別支援計画", "北海メディカル", "0120-000-000", "満充電の備えで約4.8時間"]
    {
        assert!(text.contains(expected), "{expected} in the support plan:\n{text}");
    }
    tool("qpdf", &["--check", plan_arg]);
    let unknown = homecare_bcp(data.path(), &["outage", "check", "--patient", "P0009", "--by", "佐藤"]);
    assert_eq!(unknown.status.code(), Some(1));
    ok(homecare_bcp(data.path(), &["outage", "end"]));
}

#[test]
fn a_drill_from_the_terminal_runs_the_tabletop_and_feeds_the_reminders_and_the_evidence() {
    let data = tempfile::tempdir().expect("tempdir");
    let fixture = |name: &str| {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures").join(name).display().to_string()
    };
    ok(homecare_bcp(data.path(), &["samples", "load", "station"]));
    ok(homecare_bcp(data.path(), &["patients", "add", &fixture("patient-internal-battery-only.json")]));
    assert!(ok(homecare_bcp(data.path(), &["reminders"])).contains("訓練の記録がありません"));

    assert!(
        ok(homecare_bcp(data.path(), &["drill", "add", &fixture("drill-winter-blackout.json")]))
            .contains("D001")
    );
    let tabletop = ok(homecare_bcp(data.path(), &["drill", "tabletop", "D001"]));
    assert!(tabletop.contains("電源が切れる患者 1名"), "{tabletop}");
    assert!(tabletop.contains("P0001\tP1\t4.8時間\t2027-01-20T07:48:00+09:00"), "{tabletop}");

    let recorded = ok(homecare_bcp(data.path(), &["drill", "record", "D001", &fixture("drill-result.json")]));
    assert!(recorded.contains("課題 2 件"), "{recorded}");
    let reminders = ok(homecare_bcp(data.path(), &["reminders"]));
    assert!(reminders.contains("連絡網を電話とLINEの2系統にする"), "{reminders}");
    assert!(!reminders.contains("訓練の記録がありません"), "{reminders}");

    // A bad close changes nothing; a good one takes the item off the reminders.
    let refused = homecare_bcp(data.path(), &["drill", "close", "D001-F1", "--revision", "9"]);
    assert!(!refused.status.success());
    ok(homecare_bcp(data.path(), &["drill", "close", "D001-F1", "--revision", "1"]));
    ok(homecare_bcp(data.path(), &["drill", "briefing", &fixture("briefing.json")]));
    let after = ok(homecare_bcp(data.path(), &["reminders"]));
    assert!(!after.contains("連絡網を電話とLINEの2系統にする"), "{after}");

    let pack = data.path().join("pack.pdf");
    ok(homecare_bcp(
        data.path(),
        &["print", "drill-pack", "--drill", "D001", "--out", pack.to_str().expect("path")],
    ));
    let text = tool("pdftotext", &[pack.to_str().expect("path"), "-"]);
    for expected in ["訓練シナリオ：冬の全域停電の机上訓練", "職員の安否確認・参集シート", "南 花子（架空）"]
    {
        assert!(text.contains(expected), "{expected}");
    }
    let evidence = data.path().join("evidence.pdf");
    ok(homecare_bcp(data.path(), &["print", "evidence", "--out", evidence.to_str().expect("path")]));
    let text = tool("pdftotext", &[evidence.to_str().expect("path"), "-"]);
    for expected in ["BCPの点検記録", "第1版の説明（職員会議）", "第1版で対応", "未達"]
    {
        assert!(text.contains(expected), "{expected}");
    }
    tool("qpdf", &["--check", evidence.to_str().expect("path")]);
}

/// Backups, the audit log and the passphrase from the terminal (#9): a backup is taken, previewed
/// and restored; the export of the register is encrypted; the log shows all of it and writes CSV.
#[test]
fn backup_restore_audit_and_encrypted_export_from_the_terminal() {
    let data = tempfile::tempdir().expect("tempdir");
    let d = data.path();
    ok(homecare_bcp(
        d,
        &["org", "set", "--kind", "nursing-station", "--name", "ステーション甲", "--municipality", "帯広市"],
    ));
    let taken = ok(homecare_bcp(d, &["backup", "take"]));
    let file = taken.trim().rsplit(' ').next().expect("file name").to_string();
    assert!(file.ends_with("-manual.sqlite"), "{taken}");
    ok(homecare_bcp(
        d,
        &["org", "set", "--kind", "nursing-station", "--name", "ステーション乙", "--municipality", "帯広市"],
    ));
    let preview = ok(homecare_bcp(d, &["backup", "preview", &file]));
    assert!(preview.contains("事業所: ステーション甲") && preview.contains("整合性: ok"), "{preview}");
    let refused = homecare_bcp(d, &["backup", "restore", "../homecare-bcp.sqlite"]);
    assert_eq!(refused.status.code(), Some(1), "a path is not a backup");
    ok(homecare_bcp(d, &["backup", "restore", &file]));
    assert!(ok(homecare_bcp(d, &["org", "show"])).contains("ステーション甲"));

    let passphrase = d.join("pass.txt");
    std::fs::write(&passphrase, "帯広の合言葉です\n").expect("write");
    let out = d.join("台帳.csv");
    let pass = passphrase.to_str().expect("utf-8");
    ok(homecare_bcp(
        d,
        &["patients", "export", "--out", out.to_str().expect("utf-8"), "--passphrase-file", pass],
    ));
    let sealed = std::fs::read(d.join("台帳.csv.age")).expect("the .age file");
    assert!(sealed.starts_with(b"age-encryption.org/v1\n"));
    assert!(!d.join("台帳.csv").exists(), "no plain copy");

    let csv = d.join("log.csv");
    ok(homecare_bcp(d, &["audit", "--action", "backup.", "--csv", csv.to_str().expect("utf-8")]));
    let log = std::fs::read_to_string(&csv).expect("csv");
    assert!(log.contains("backup.restore") && !log.contains("patient.export"), "{log}");
    let all = ok(homecare_bcp(d, &["audit"]));
    assert!(
        all.contains("patient.export") && all.contains("encrypted") && all.contains("audit.export"),
        "{all}"
    );
    assert!(ok(homecare_bcp(d, &["lock", "status"])).contains("なし"));
}
