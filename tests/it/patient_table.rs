//! The register from and to spreadsheets (issue #5 §6): CP932 CSV with Japanese headers and 和暦,
//! all-or-nothing with row-level reasons, idempotent re-import, and CSV/XLSX round trips.

use bcp_core::api::patient_table::{ImportOutcome, export, import, preview_import};
use bcp_core::api::{self, ApiError};
use bcp_core::organization::OrganizationKind;
use bcp_core::patient::DeviceClass;
use bcp_core::patient::priority::FloodDepth;
use bcp_core::patient::record::{ConsentScope, Living};
use bcp_core::patient::table::TableColumn;
use bcp_core::patient::table::columns::ALL;
use bcp_core::patient::table::export::{TableFileFormat, cell};
use bcp_core::patient::table::import::{CellProblem, MappingError, RowOutcome};
use bcp_core::patient::table::read::{TableError, TableFormat};
use bcp_core::store::Store;
use bcp_tests::{fixture, now, registered};

const PASSPHRASE: &str = "帯広の合言葉2026";

fn station() -> Store {
    registered(OrganizationKind::NursingStation, "帯広訪問看護ステーション")
}

#[test]
fn a_cp932_list_with_japanese_headers_and_wareki_dates_is_imported() {
    let mut store = station();
    let bytes = fixture("patients-cp932.csv");
    let preview = preview_import(&store, &bytes, None).unwrap();
    assert_eq!(preview.format, TableFormat::CsvShiftJis);
    assert_eq!(preview.headers.last().map(String::as_str), Some("備考"));
    assert_eq!(preview.mapping.last(), Some(&None), "備考 is not imported");
    assert_eq!(preview.mapping[0], Some(TableColumn::Name));
    assert_eq!(preview.mapping[10], Some(TableColumn::OxygenFlowLpm));
    assert_eq!((preview.new_count, preview.registered_count, preview.rejected_count), (3, 0, 0));
    assert!(store.patients().unwrap().is_empty(), "a preview changes nothing");

    let ImportOutcome { added, already_registered } = import(&mut store, &bytes, None, now()).unwrap();
    assert_eq!((added.len(), already_registered), (3, 0));
    let patients = store.patients().unwrap();
    let takahashi = patients.iter().find(|p| p.name == "髙橋　一郎").expect("髙 survives CP932");
    assert_eq!(takahashi.birth_date.as_deref(), Some("1947-03-01"));
    assert_eq!(takahashi.living, Living::ElderlyOnly);
    assert_eq!(takahashi.residence.flood_depth, FloodDepth::From05To3m);
    assert_eq!(takahashi.devices[0].device.class, DeviceClass::InvasiveVentilator);
    assert_eq!(takahashi.devices[0].hours_per_day, 24.0, "full-width ２４");
    let rated: Vec<_> = takahashi.power_sources.iter().map(|s| s.rated_hours).collect();
    assert_eq!(rated, [Some(4.0), Some(8.0)]);
    assert_eq!(takahashi.consents[0].scope, ConsentScope::Municipality);
    assert_eq!(takahashi.consents[0].granted_on, "2025-04-01");
    let sato = patients.iter().find(|p| p.name == "佐藤 花子").unwrap();
    assert_eq!(sato.birth_date.as_deref(), Some("1993-07-10"), "H5.7.10");
    assert!(sato.residence.landslide_warning_zone);
    assert_eq!(sato.oxygen.as_ref().map(|o| o.flow_day_lpm), Some(2.0));

    let audit = store.audit_events().unwrap();
    assert!(audit.iter().any(|e| e.action == "patient.import" && e.subject == "*"));
}

#[test]
fn a_bad_row_rejects_the_whole_file_with_row_level_reasons_and_changes_nothing() {
    let mut store = station();
    let bytes = fixture("patients-bad-rows-cp932.csv");
    let audit_before = store.audit_events().unwrap().len();
    let preview = preview_import(&store, &bytes, None).unwrap();
    assert_eq!((preview.new_count, preview.rejected_count), (1, 2));
    let Err(ApiError::ImportRejected(rows)) = import(&mut store, &bytes, None, now()) else {
        panic!("the file must be refused")
    };
    let lines: Vec<_> = rows.iter().map(|r| r.line).collect();
    assert_eq!(lines, [3, 4]);
    assert_eq!(rows[0].errors[0].column, Some(TableColumn::BirthDate));
    assert_eq!(rows[0].errors[0].problem, CellProblem::NotADate);
    assert_eq!(rows[1].errors[0].problem, CellProblem::UnknownMunicipality);
    let message = ApiError::ImportRejected(rows).to_string();
    assert!(message.contains("3行目: 生年月日「平成32年1月1日」は日付として読めません"), "{message}");
    assert!(message.contains("4行目: 市町村「札幌市」は地域マスタにない市町村です"), "{message}");
    assert!(store.patients().unwrap().is_empty(), "nothing was imported");
    assert_eq!(store.audit_events().unwrap().len(), audit_before, "not even an audit line");
}

#[test]
fn importing_the_same_file_twice_changes_nothing_the_second_time() {
    let mut store = station();
    let bytes = fixture("patients-cp932.csv");
    import(&mut store, &bytes, None, now()).unwrap();
    let before = store.patients().unwrap();
    let again = import(&mut store, &bytes, None, now()).unwrap();
    assert_eq!((again.added.len(), again.already_registered), (0, 3));
    assert_eq!(store.patients().unwrap(), before);
    let preview = preview_import(&store, &bytes, None).unwrap();
    assert!(preview.rows.iter().all(|r| matches!(r.outcome, RowOutcome::AlreadyRegistered { .. })));
}

type CellCase<'a> = (&'a str, &'a str, CellProblem);

#[test]
fn each_kind_of_bad_cell_is_named() {
    let cases: &[CellCase] = &[
        ("氏名,生年月日\n,1950-01-01\n", "氏名", CellProblem::Required),
        ("氏名,生年月日\n山田,1950-02-30\n", "生年月日", CellProblem::NotADate),
        ("氏名,居室の階\n山田,二階\n", "居室の階", CellProblem::NotANumber),
        (
            "氏名,人工呼吸器,呼吸器使用時間\n山田,NPPV,25\n",
            "呼吸器使用時間（時間/日）",
            CellProblem::OutOfRange { min: 0.0, max: 24.0 },
        ),
        ("氏名,人工呼吸器,呼吸器使用時間\n山田,NPPV,\n", "呼吸器使用時間（時間/日）", CellProblem::Required),
        (
            "氏名,内部バッテリー\n山田,4\n",
            "内部バッテリー（時間）",
            CellProblem::NeedsDevice { device: TableColumn::Ventilator },
        ),
        ("氏名,生年月日\n山田,1950-01-01\n山田,S25.1.1\n", "氏名", CellProblem::RepeatedInFile { line: 2 }),
    ];
    for (csv, header, problem) in cases {
        let store = station();
        let preview = preview_import(&store, csv.as_bytes(), None).unwrap();
        let errors: Vec<_> = preview
            .rows
            .iter()
            .filter_map(|r| match &r.outcome {
                RowOutcome::Rejected { errors } => Some(errors.clone()),
                _ => None,
            })
            .flatten()
            .collect();
        assert_eq!(errors.len(), 1, "{csv}: {errors:?}");
        assert_eq!(errors[0].column.map(|c| c.header_ja()), Some(*header), "{csv}");
        assert_eq!(&errors[0].problem, problem, "{csv}");
    }
    let store = station();
    let preview = preview_import(&store, "氏名,世帯\n山田,大家族\n".as_bytes(), None).unwrap();
    assert!(matches!(
        &preview.rows[0].outcome,
        RowOutcome::Rejected { errors } if matches!(errors[0].problem, CellProblem::UnknownChoice { .. })
    ));
}

#[test]
fn a_file_without_a_name_column_is_refused_unless_mapped() {
    let mut store = station();
    let csv = "利用者,生年月日\n山田 太郎,S25.1.1\n".as_bytes();
    assert!(matches!(import(&mut store, csv, None, now()), Err(ApiError::ImportMapping(_))));
    let outcome =
        import(&mut store, csv, Some(vec![Some(TableColumn::Name), Some(TableColumn::BirthDate)]), now())
            .unwrap();
    assert_eq!(outcome.added.len(), 1);
    let twice = Some(vec![Some(TableColumn::Name), Some(TableColumn::Name)]);
    let preview = preview_import(&store, csv, twice).unwrap();
    assert_eq!(preview.mapping_problem, Some(MappingError::Twice { column: TableColumn::Name }));
    assert!(preview.rows.is_empty());
    // Without a name column the preview still returns the headers, so the person can map one.
    let guessed = preview_import(&store, "利用者,生年月日\n山田,S25.1.1\n".as_bytes(), None).unwrap();
    assert_eq!(guessed.mapping_problem, Some(MappingError::NoName));
    assert_eq!(guessed.headers, ["利用者", "生年月日"]);
    assert_eq!(guessed.mapping, [None, Some(TableColumn::BirthDate)]);
}

#[test]
fn an_export_reads_back_to_the_same_cells_in_both_formats() {
    let mut store = station();
    import(&mut store, &fixture("patients-cp932.csv"), None, now()).unwrap();
    let original = store.patients().unwrap();
    for format in [TableFileFormat::Csv, TableFileFormat::Xlsx] {
        let sealed = export(&mut store, format, PASSPHRASE, now()).unwrap();
        let mut other = station();
        assert!(
            matches!(preview_import(&other, &sealed, None), Err(ApiError::Table(TableError::Encrypted))),
            "an encrypted export asks for its passphrase"
        );
        assert!(api::patient_table::unseal(&sealed, "not the passphrase").is_err());
        let bytes = api::patient_table::unseal(&sealed, PASSPHRASE).unwrap();
        let preview = preview_import(&other, &bytes, None).unwrap();
        assert_eq!(preview.mapping, ALL.iter().copied().map(Some).collect::<Vec<_>>(), "{format:?}");
        import(&mut other, &bytes, None, now()).unwrap();
        let copied = other.patients().unwrap();
        for (a, b) in original.iter().zip(&copied) {
            for column in ALL {
                assert_eq!(cell(a, column), cell(b, column), "{format:?} {column:?} of {}", a.name);
            }
        }
    }
    let exports = store.audit_events().unwrap().into_iter().filter(|e| e.action == "patient.export").count();
    assert_eq!(exports, 2, "every export is audited");
}

#[test]
fn an_export_has_a_bom_and_a_dated_file_name() {
    let mut store = station();
    let sealed = export(&mut store, TableFileFormat::Csv, PASSPHRASE, now()).unwrap();
    assert!(!sealed.windows(3).any(|w| w == b"\xEF\xBB\xBF"), "nothing readable without the passphrase");
    let bytes = api::patient_table::unseal(&sealed, PASSPHRASE).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    let name =
        api::patient_table::export_file_name(&store, TableFileFormat::Xlsx, bcp_tests::today()).unwrap();
    assert_eq!(name, "要配慮患者台帳_帯広訪問看護ステーション_20261125.xlsx.age");
    assert!(matches!(
        export(&mut store, TableFileFormat::Csv, "short", now()),
        Err(ApiError::Lock(api::lock::LockError::Passphrase(_)))
    ));
}
