//! 地域BCP at a coordination base (issue #7, first part): region scope, bulk import where a bad file is
//! refused alone, and the dashboard's numbers with small counts hidden.

use bcp_core::api::{self, ApiError};
use bcp_core::organization::OrganizationKind;
use bcp_core::patient::DeviceClass;
use bcp_core::patient::power::Device;
use bcp_core::patient::record::{PatientRecord, RegisteredDevice};
use bcp_core::plan::revision::RevisionInput;
use bcp_core::regional::RegionScope;
use bcp_core::regional::dashboard::PlanStatus;
use bcp_core::store::Store;
use bcp_tests::{now, registered, today};

fn ventilated(name: &str, municipality: &str, class: DeviceClass) -> PatientRecord {
    let mut p = PatientRecord { municipality: Some(municipality.into()), ..PatientRecord::new(name) };
    p.devices.push(RegisteredDevice {
        device: Device { id: "d1".into(), class, measured_draw_w: None, nameplate_w: None },
        hours_per_day: 24.0,
        substitutes: vec![],
    });
    p
}

/// A member station in `municipality` with `patients` ventilated patients living in `lives_in`.
fn member(name: &str, municipality: &str, patients: usize, lives_in: &str, fixed: bool) -> Vec<u8> {
    let mut store: Store = registered(OrganizationKind::NursingStation, name);
    let mut draft = bcp_tests::draft(OrganizationKind::NursingStation, name);
    draft.municipality = Some(municipality.into());
    api::organization::save(&mut store, draft, now()).unwrap();
    api::plan::start(&mut store, bcp_core::plan::PlanScope::Disaster, now()).unwrap();
    if fixed {
        bcp_tests::adopt_every_example(&mut store);
        let input = RevisionInput {
            revised_on: "2026-04-01".into(),
            reason: "新規作成".into(),
            approver: "管理者".into(),
            next_review_due: Some("2027-03-31".into()),
        };
        api::revision::revise(&mut store, input, now()).unwrap();
    }
    for i in 0..patients {
        api::patients::save(
            &mut store,
            ventilated(&format!("患者{i}"), lives_in, DeviceClass::InvasiveVentilator),
            now(),
        )
        .unwrap();
    }
    api::exchange::export(&mut store, None, now(), today()).unwrap().bytes
}

fn base() -> Store {
    let mut store = registered(OrganizationKind::CoordinationBase, "帯広市医師会 在宅医療連携拠点");
    let scope = RegionScope {
        home_care_regions: vec!["帯広市".into(), "北十勝".into()],
        municipalities: vec![],
    };
    let all = api::regional::set_scope(&mut store, scope, now()).unwrap();
    assert_eq!(all, ["帯広市", "上士幌町", "士幌町", "音更町", "本別町", "足寄町", "陸別町"]);
    store
}

#[test]
fn only_a_coordination_base_has_a_region_and_names_are_checked() {
    let mut station = registered(OrganizationKind::NursingStation, "訪問看護ステーションとかち");
    let scope = RegionScope { home_care_regions: vec!["帯広市".into()], municipalities: vec![] };
    assert!(matches!(
        api::regional::set_scope(&mut station, scope, now()),
        Err(ApiError::NotACoordinationBase)
    ));
    let mut base = base();
    let bad = RegionScope { home_care_regions: vec!["十勝中央".into()], municipalities: vec![] };
    assert!(matches!(
        api::regional::set_scope(&mut base, bad, now()),
        Err(ApiError::UnknownHomeCareRegion(_))
    ));
}

#[test]
fn members_files_are_imported_one_by_one_and_the_dashboard_hides_small_counts() {
    let mut base = base();
    let mut damaged = member("訪問看護ステーションほんべつ", "本別町", 1, "本別町", true);
    let middle = damaged.len() / 2;
    damaged[middle] ^= 1;
    let files = vec![
        ("obihiro.hcbcp".to_string(), member("訪問看護ステーションおびひろ", "帯広市", 6, "帯広市", true)),
        ("otofuke.hcbcp".to_string(), member("訪問看護ステーションおとふけ", "音更町", 2, "音更町", false)),
        ("honbetsu.hcbcp".to_string(), damaged),
        ("shihoro.hcbcp".to_string(), member("士幌クリニック", "士幌町", 1, "音更町", true)),
    ];
    let results = api::regional::import_files(&mut base, files, now());
    let refused: Vec<_> = results.iter().filter(|r| r.refused.is_some()).map(|r| r.file.as_str()).collect();
    assert_eq!(refused, ["honbetsu.hcbcp"], "only the damaged file");
    assert!(
        results[2].refused.as_deref().is_some_and(|r| r.contains("一致しません") || r.contains("壊れて"))
    );

    let d = api::regional::dashboard(&base, today()).unwrap();
    assert_eq!(d.members.len(), 3);
    let count = |s: PlanStatus| d.by_status.iter().find(|x| x.status == s).and_then(|x| x.count.value);
    assert_eq!((count(PlanStatus::Fixed), count(PlanStatus::Draft)), (Some(2), Some(1)));
    assert_eq!(d.without_provider, ["上士幌町", "本別町", "足寄町", "陸別町"]);

    // 音更町: 2 + 1 = 3 from two members, hidden (1–4). 帯広市's 6 is hidden too: with the region's
    // ventilator total (9) shown, it would give 音更町's 3 away. Their municipality totals go with them.
    let cell = |m: &str| d.patients.iter().find(|c| c.municipality == m).unwrap();
    assert_eq!((cell("帯広市").count.value, cell("音更町").count.value), (None, None));
    assert_eq!(cell("音更町").count.members.len(), 2, "the drill-down names both files");
    let total = |m: &str| d.patients_by_municipality.iter().find(|(x, _)| x == m).unwrap().1.value;
    assert_eq!((total("帯広市"), total("音更町"), total("陸別町")), (None, None, Some(0)));
    assert_eq!(d.ventilator_patients.value, Some(9), "two hidden cells: the total reveals neither");

    let printed = api::report::regional(&base, now(), today()).unwrap();
    assert!(printed.pages >= 1 && printed.missing_glyphs.is_empty());
}

/// The demo region 十勝 (seeds/region-tokachi and two samples) against the hand-made fixture.
#[test]
fn the_demo_region_dashboard_matches_its_fixture() {
    let mut base = registered(OrganizationKind::CoordinationBase, "帯広市医師会 在宅医療連携拠点（デモ）");
    let regions = ["帯広市", "東十勝", "西十勝", "南十勝", "北十勝"].map(String::from).to_vec();
    api::regional::set_scope(
        &mut base,
        RegionScope { home_care_regions: regions, municipalities: vec![] },
        now(),
    )
    .unwrap();
    let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds");
    let mut files = Vec::new();
    for dir in ["region-tokachi", "samples"] {
        for entry in std::fs::read_dir(seeds.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            // From the samples, only the station and its partner are members of the 十勝 region (the
            // clinic is in 旭川市; the coordination-base sample is the base itself).
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let wanted = path.extension().is_some_and(|x| x == "hcbcp")
                && (dir == "region-tokachi"
                    || ["station-obihiro.hcbcp", "partner-memuro.hcbcp"].contains(&name.as_str()));
            if wanted {
                files.push((path.display().to_string(), std::fs::read(&path).unwrap()));
            }
        }
    }
    let results = api::regional::import_files(&mut base, files, now());
    assert!(results.iter().all(|r| r.refused.is_none()), "{results:?}");

    let fixture: serde_json::Value =
        serde_json::from_slice(&bcp_tests::fixture("region-tokachi-dashboard.json")).unwrap();
    let d = api::regional::dashboard(&base, today()).unwrap();
    assert_eq!(d.municipalities.len() as u64, fixture["municipalities"].as_u64().unwrap());
    assert_eq!(d.members.len() as u64, fixture["members"].as_u64().unwrap());
    for s in &d.by_status {
        let key = serde_json::to_value(s.status).unwrap();
        assert_eq!(
            Some(s.count.value.unwrap() as u64),
            fixture["byStatus"][key.as_str().unwrap()].as_u64(),
            "{key}"
        );
    }
    let without: Vec<&str> =
        fixture["withoutProvider"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    assert_eq!(d.without_provider, without);
    let mut expected: Vec<(String, String, Option<u64>)> = fixture["patients"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c[0].as_str().unwrap().into(), c[1].as_str().unwrap().into(), c[2].as_u64()))
        .collect();
    let mut got: Vec<(String, String, Option<u64>)> = d
        .patients
        .iter()
        .map(|c| {
            let device = serde_json::to_value(c.device_class).unwrap().as_str().unwrap_or("").to_string();
            (c.municipality.clone(), device, c.count.value.map(u64::from))
        })
        .collect();
    expected.sort();
    got.sort();
    assert_eq!(got, expected);
    for (m, value) in fixture["byMunicipality"].as_object().unwrap() {
        let shown = d.patients_by_municipality.iter().find(|(x, _)| x == m).unwrap().1.value.map(u64::from);
        assert_eq!(shown, value.as_u64(), "{m}");
    }
    assert_eq!(d.ventilator_patients.value.map(u64::from), fixture["ventilatorPatients"].as_u64());
    assert_eq!(d.admission_capacity.value.map(u64::from), fixture["admissionCapacity"].as_u64());
}

#[test]
fn names_reach_the_base_only_with_consent_or_under_break_glass_during_a_disaster() {
    use bcp_core::link::{Partner, PartnerKind};
    use bcp_core::patient::outage::OutageDeclaration;
    use bcp_core::patient::record::{Consent, ConsentScope};
    let mut base = base();
    let mut station = registered(OrganizationKind::NursingStation, "訪問看護ステーションおびひろ");
    let mut agreed = ventilated("北 一郎", "帯広市", DeviceClass::InvasiveVentilator);
    agreed.consents.push(Consent {
        scope: ConsentScope::RegionalBase,
        granted_on: "2025-04-01".into(),
        withdrawn_on: None,
    });
    api::patients::save(&mut station, agreed, now()).unwrap();
    // Internal battery only: P1 once the outage is declared.
    api::patients::save(
        &mut station,
        ventilated("南 花子", "帯広市", DeviceClass::InvasiveVentilator),
        now(),
    )
    .unwrap();
    // The station knows the base: the base's file imported, its fingerprint confirmed.
    let base_file = api::exchange::export(&mut base, None, now(), today()).unwrap();
    api::exchange::import(&mut station, &base_file.bytes, now()).unwrap();
    let fb = api::exchange::identity(&mut base, now()).unwrap().fingerprint;
    let partner = Partner {
        id: String::new(),
        name: "帯広市医師会 在宅医療連携拠点".into(),
        kind: PartnerKind::CoordinationBase,
        phone_24h: "0155-00-9999".into(),
        contact_person: String::new(),
        fingerprint: Some(fb.clone()),
        note: String::new(),
    };
    api::exchange::save_partner(&mut station, partner, now()).unwrap();

    let normal = api::exchange::export(&mut station, Some(&fb), now(), today()).unwrap();
    assert_eq!(normal.names, 1, "consent to the base only");
    assert!(matches!(
        api::exchange::export_break_glass(&mut station, &fb, "大規模停電", now(), today()),
        Err(ApiError::NoOutage)
    ));
    let declaration = OutageDeclaration {
        started_at: (now() - chrono::Duration::hours(1)).to_rfc3339(),
        municipalities: vec![],
        note: String::new(),
        evacuation_orders: vec![],
    };
    api::patients::start_outage(&mut station, declaration, now()).unwrap();
    assert!(matches!(
        api::exchange::export_break_glass(&mut station, &fb, " ", now(), today()),
        Err(ApiError::BreakGlassReasonRequired)
    ));
    let released = api::exchange::export_break_glass(
        &mut station,
        &fb,
        "大規模停電で本人の同意を得る手段がない",
        now(),
        today(),
    )
    .unwrap();
    assert_eq!(released.names, 2, "the P1 patient too");
    let audit = station.audit_events().unwrap();
    assert!(
        audit.iter().any(|e| e.action == "exchange.break-glass" && e.detail.contains("同意を得る手段がない"))
    );

    api::exchange::import(&mut base, &released.bytes, now()).unwrap();
    let named = api::regional::named_patients(&mut base, now()).unwrap();
    let by_name = |n: &str| named.iter().find(|p| p.name == n).unwrap();
    assert_eq!(by_name("北 一郎").released_under, None);
    assert_eq!(by_name("南 花子").released_under.as_deref(), Some("大規模停電で本人の同意を得る手段がない"));
    assert!(base.audit_events().unwrap().iter().any(|e| e.action == "regional.names"));
}
