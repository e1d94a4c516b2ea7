use bcp_core::api::{self, ApiError};
use bcp_core::organization::OrganizationKind;
use bcp_core::patient::DeviceClass;
use bcp_core::patient::outage::{CheckChannel, Condition, DeviceState, OutageDeclaration, SafetyCheck};
use bcp_core::patient::power::{Device, PowerPath, PowerSource, SourceKind};
use bcp_core::patient::priority::{FloodDepth, Tier};
use bcp_core::patient::record::{
    Caregiver, EvacuationSupporter, Living, PatientRecord, RegisteredDevice, Residence, Substitute,
};
use bcp_tests::now;
use chrono::Duration;

fn pack(id: &str, kind: SourceKind, charge: f64) -> PowerSource {
    PowerSource {
        id: id.into(),
        kind,
        feeds: vec!["vent".into()],
        nominal_wh: None,
        rated_hours: Some(8.0),
        rated_draw_w: Some(24.0),
        path: PowerPath::DeviceNative,
        health: Some(1.0),
        state_of_charge: Some(charge),
    }
}

/// An Astral user (ventilator.md §4.3 example 1): internal 60 %, two external packs, HME.
fn astral(name: &str, municipality: &str) -> PatientRecord {
    PatientRecord {
        id: String::new(),
        name: name.into(),
        kana: String::new(),
        birth_date: Some("1950-03-01".into()),
        address: String::new(),
        phone: String::new(),
        sex: None,
        municipality: Some(municipality.into()),
        living: Living::WithFamily,
        primary_doctor: String::new(),
        care_manager: String::new(),
        caregivers: vec![Caregiver {
            relation: "妻".into(),
            age: Some(70),
            night_available: true,
            can_suction: true,
            can_bag: true,
        }],
        contacts: vec![],
        residence: Residence {
            floor: Some(1),
            lift_needs_power: false,
            flood_depth: FloodDepth::None,
            landslide_special_zone: false,
            landslide_warning_zone: false,
            tsunami_zone: false,
            hazard_source: String::new(),
        },
        devices: vec![RegisteredDevice {
            device: Device {
                id: "vent".into(),
                class: DeviceClass::InvasiveVentilator,
                measured_draw_w: Some(24.0),
                nameplate_w: Some(120.0),
            },
            hours_per_day: 24.0,
            substitutes: vec![Substitute::Hme, Substitute::ManualSuction, Substitute::ResuscitationBag],
        }],
        power_sources: vec![
            pack("int", SourceKind::Internal, 0.6),
            pack("ext1", SourceKind::ExternalPack, 1.0),
            pack("ext2", SourceKind::ExternalPack, 1.0),
        ],
        oxygen: None,
        off_vent_tolerance_min: Some(10.0),
        evacuation_destinations: vec!["市立病院".into()],
        evacuation_supporters: vec![EvacuationSupporter {
            name: "近藤 一".into(),
            relation: "近隣住民".into(),
            address: String::new(),
            phone: "090-0000-0001".into(),
        }],
        evacuation_transport: "介護タクシー（2名で搬送）".into(),
        evacuation_route: String::new(),
        admission_arranged: true,
        power_company_registered: true,
        consents: vec![],
        support_plan_reviewed_on: Some("2026-06-01".into()),
        tier_override: None,
    }
}

fn register() -> bcp_core::store::Store {
    bcp_tests::registered(OrganizationKind::NursingStation, "訪問看護ステーションなよろ")
}

#[test]
fn records_are_numbered_checked_and_audited() {
    let mut store = register();
    assert_eq!(api::patients::save(&mut store, astral("北 一郎", "名寄市"), now()).expect("valid"), "P0001");
    assert_eq!(api::patients::save(&mut store, astral("南 花子", "士別市"), now()).expect("valid"), "P0002");
    let bad: Vec<(PatientRecord, &str)> = vec![
        (PatientRecord { name: " ".into(), ..astral("x", "名寄市") }, "name"),
        (PatientRecord { municipality: Some("札幌市".into()), ..astral("x", "名寄市") }, "municipality"),
        (
            PatientRecord {
                power_sources: vec![PowerSource {
                    feeds: vec!["pump".into()],
                    ..pack("p", SourceKind::ExternalPack, 1.0)
                }],
                ..astral("x", "名寄市")
            },
            "feeds an unknown device",
        ),
        (PatientRecord { birth_date: Some("昭和25年3月1日".into()), ..astral("x", "名寄市") }, "date"),
    ];
    for (record, why) in bad {
        assert!(
            matches!(
                api::patients::save(&mut store, record, now()),
                Err(ApiError::Patient(_) | ApiError::UnknownMunicipality(_))
            ),
            "{why}"
        );
    }
    assert_eq!(store.patients().expect("read").len(), 2, "refused records changed nothing");
    api::patients::ranked(&mut store, now()).expect("list");
    api::patients::ranked(&mut store, now() + Duration::minutes(5)).expect("a refresh");
    api::patients::ranked(&mut store, now() + Duration::minutes(11)).expect("list again");
    let actions: Vec<String> = store.audit_events().expect("read").into_iter().map(|e| e.action).collect();
    assert_eq!(
        actions,
        ["patient.save", "patient.save", "patient.list", "patient.list"],
        "a refresh within 10 minutes is not logged again"
    );
}

#[test]
fn an_outage_counts_down_and_a_safety_check_moves_the_patient() {
    let mut store = register();
    let well_prepared = api::patients::save(&mut store, astral("北 一郎", "名寄市"), now()).expect("valid");
    let mut fragile = astral("南 花子", "名寄市");
    fragile.power_sources.truncate(1); // internal battery only: 0.6 × 8 = 4.8 h
    fragile.living = Living::Alone;
    let fragile = api::patients::save(&mut store, fragile, now()).expect("valid");
    let elsewhere = api::patients::save(&mut store, astral("東 次郎", "士別市"), now()).expect("valid");

    let onset = now() - Duration::hours(2);
    let declaration = OutageDeclaration {
        started_at: onset.to_rfc3339(),
        municipalities: vec!["名寄市".into()],
        note: String::new(),
        evacuation_orders: vec![],
    };
    api::patients::start_outage(&mut store, declaration.clone(), now()).expect("declared");
    assert!(matches!(
        api::patients::start_outage(&mut store, declaration, now()),
        Err(ApiError::OutageAlreadyOpen)
    ));

    let list = api::patients::ranked(&mut store, now()).expect("list");
    let ids: Vec<&str> = list.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, [fragile.as_str(), well_prepared.as_str(), elsewhere.as_str()]);
    let first = &list[0];
    assert_eq!(first.tier, Tier::P0, "{:?}", first.ranking.reasons);
    assert!((first.power_hours_left.expect("has a ventilator") - 2.8).abs() < 0.01, "4.8 h − 2 h");
    assert_eq!(first.ranking.reasons[0].rule, "P0-power");
    assert!(
        first.power.iter().flat_map(|d| &d.workings).any(|w| w.contains("2.0時間を引いて")),
        "{:?}",
        first.power
    );
    assert_eq!(list[1].power_hours_left.map(|h| (h * 10.0).round() / 10.0), Some(18.8), "20.8 h − 2 h");
    assert_eq!(list[2].tier, Tier::P3, "士別市 is outside the outage");

    // Reached: on battery at 90 % an hour ago → 7.2 h − 1 h; no longer P0.
    let check = SafetyCheck {
        patient_id: fragile.clone(),
        at: (now() - Duration::hours(1)).to_rfc3339(),
        by: "佐藤".into(),
        channel: CheckChannel::Phone,
        reached: true,
        condition: Condition::Ok,
        device_state: DeviceState::Battery,
        battery_pct: Some(90),
        note: String::new(),
    };
    api::patients::record_check(&mut store, check.clone()).expect("recorded");
    let after = api::patients::ranked(&mut store, now()).expect("list");
    let fragile_now = after.iter().find(|p| p.id == fragile).expect("listed");
    assert!((fragile_now.power_hours_left.expect("hours") - 6.2).abs() < 0.01, "{:?}", fragile_now.power);
    assert_eq!(fragile_now.tier, Tier::P1);
    assert_eq!(fragile_now.unreached_minutes, None);

    let bad_battery = SafetyCheck { battery_pct: Some(120), ..check };
    assert!(matches!(api::patients::record_check(&mut store, bad_battery), Err(ApiError::BadBattery)));
    api::patients::end_outage(&mut store, now()).expect("ended");
    assert!(matches!(api::patients::end_outage(&mut store, now()), Err(ApiError::NoOutage)));
    let calm = api::patients::ranked(&mut store, now()).expect("list");
    assert!(calm.iter().all(|p| p.tier == Tier::P3), "no outage, no urgency tiers");
}

#[test]
fn the_plans_patient_risk_step_counts_the_register_without_names() {
    let mut store = register();
    api::plan::start(&mut store, bcp_core::plan::PlanScope::Combined, now()).expect("starts");
    api::patients::save(&mut store, astral("北 一郎", "名寄市"), now()).expect("valid");
    let plan = api::plan::current(&store).expect("read").expect("started");
    let note = plan.insights.iter().find(|i| i.step_id == "patient-risk").expect("the register is counted");
    assert!(note.text.ja.contains("登録：1人（気管切開下の人工呼吸器 1人"), "{}", note.text.ja);
    assert!(!note.text.ja.contains("北 一郎"), "counts only, never names");
}

#[test]
fn an_evacuation_order_moves_up_the_patients_in_hazard_zones_there() {
    let mut store = register();
    let mut on_the_slope = astral("西 三郎", "名寄市");
    on_the_slope.residence.landslide_special_zone = true;
    let on_the_slope = api::patients::save(&mut store, on_the_slope, now()).expect("valid");
    let mut other_town = astral("東 次郎", "士別市");
    other_town.residence.landslide_special_zone = true;
    let other_town = api::patients::save(&mut store, other_town, now()).expect("valid");
    assert!(matches!(
        api::patients::set_evacuation_orders(&mut store, vec!["名寄市".into()], now()),
        Err(ApiError::NoOutage)
    ));
    let declaration = OutageDeclaration {
        started_at: now().to_rfc3339(),
        municipalities: vec![],
        note: String::new(),
        evacuation_orders: vec![],
    };
    api::patients::start_outage(&mut store, declaration, now()).expect("declared");
    let tier_of = |store: &mut bcp_core::store::Store, id: &str| {
        let list = api::patients::ranked(store, now()).expect("list");
        let p = list.into_iter().find(|p| p.id == id).expect("listed");
        (p.tier, p.ranking.reasons[0].rule.to_string())
    };
    assert_ne!(tier_of(&mut store, &on_the_slope).0, Tier::P0, "no order yet");

    assert!(matches!(
        api::patients::set_evacuation_orders(&mut store, vec!["札幌市".into()], now()),
        Err(ApiError::UnknownMunicipality(_))
    ));
    api::patients::set_evacuation_orders(&mut store, vec!["名寄市".into()], now()).expect("set");
    assert_eq!(tier_of(&mut store, &on_the_slope), (Tier::P0, "P0-hazard".to_string()));
    assert_ne!(tier_of(&mut store, &other_town).0, Tier::P0, "the order is for 名寄市 only");

    api::patients::set_evacuation_orders(&mut store, vec![], now()).expect("lifted");
    assert_ne!(tier_of(&mut store, &on_the_slope).0, Tier::P0);
    let audit = store.audit_events().expect("audit");
    assert_eq!(audit.iter().filter(|e| e.action == "outage.evacuation-order").count(), 2);
}
