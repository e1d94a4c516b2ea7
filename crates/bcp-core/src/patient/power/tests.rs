use super::*;

fn vent(draw: Option<f64>) -> Device {
    Device {
        id: "vent".into(),
        class: DeviceClass::InvasiveVentilator,
        measured_draw_w: draw,
        nameplate_w: Some(120.0),
    }
}

fn pack(id: &str, kind: SourceKind, rated: f64, charge: f64) -> PowerSource {
    PowerSource {
        id: id.into(),
        kind,
        feeds: vec!["vent".into()],
        nominal_wh: None,
        rated_hours: Some(rated),
        rated_draw_w: Some(24.0),
        path: PowerPath::DeviceNative,
        health: Some(1.0),
        state_of_charge: Some(charge),
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 0.05
}

/// ventilator.md §4.3 example 1: Astral at about 24 W, internal 60 %, two external packs full, HME
/// instead of the humidifier: 0.6×8 + 8 + 8 = 20.8 h.
#[test]
fn worked_example_1_astral_with_two_external_packs() {
    let sources = [
        pack("int", SourceKind::Internal, 8.0, 0.6),
        pack("ext1", SourceKind::ExternalPack, 8.0, 1.0),
        pack("ext2", SourceKind::ExternalPack, 8.0, 1.0),
    ];
    let got = hours_left(&[vent(Some(24.0))], &sources, 0.0);
    assert!(close(got[0].hours, 20.8), "{:?}", got[0]);
    assert!(got[0].assumptions.is_empty(), "everything was entered: {:?}", got[0].assumptions);
}

/// Example 2: the same patient keeps an MR850 humidifier (about 100 W) on a 1,000 Wh portable station
/// through AC: 1,000 × 0.85 × 0.8 ≈ 680 Wh ÷ 124 W ≈ 5.5 h; with HME, 680 ÷ 24 ≈ 28 h.
#[test]
fn worked_example_2_portable_station_with_and_without_the_humidifier() {
    let station = |feeds: Vec<&str>| PowerSource {
        id: "station".into(),
        kind: SourceKind::PortableStation,
        feeds: feeds.into_iter().map(Into::into).collect(),
        nominal_wh: Some(1000.0),
        rated_hours: None,
        rated_draw_w: None,
        path: PowerPath::AcInverter,
        health: Some(0.85),
        state_of_charge: Some(1.0),
    };
    let humidifier = Device {
        id: "hum".into(),
        class: DeviceClass::Humidifier,
        measured_draw_w: Some(100.0),
        nameplate_w: Some(220.0),
    };
    let with = hours_left(&[vent(Some(24.0)), humidifier], &[station(vec!["vent", "hum"])], 0.0);
    assert!(close(with[0].hours, 680.0 / 124.0), "{:?}", with[0]);
    let hme = hours_left(&[vent(Some(24.0))], &[station(vec!["vent"])], 0.0);
    assert!(close(hme[0].hours, 680.0 / 24.0), "{:?}", hme[0]);
}

#[test]
fn hours_run_on_battery_are_subtracted_once_from_the_total_never_below_zero() {
    let sources =
        [pack("int", SourceKind::Internal, 8.0, 0.5), pack("ext", SourceKind::ExternalPack, 8.0, 1.0)];
    let got = hours_left(&[vent(Some(24.0))], &sources, 1.5);
    assert!(close(got[0].hours, 12.0 - 1.5), "sources drain one after another: {:?}", got[0]);
    assert_eq!(hours_left(&[vent(Some(24.0))], &sources, 20.0)[0].hours, 0.0);
}

#[test]
fn unknown_inputs_are_assumed_and_said() {
    let mut internal = pack("int", SourceKind::Internal, 8.0, 1.0);
    internal.health = None;
    internal.state_of_charge = None;
    let got = hours_left(&[vent(None)], &[internal], 0.0);
    // 8 h × 70 % × 0.8 × (24 W ÷ 30 W assumed draw) = 3.58 h
    assert!(close(got[0].hours, 8.0 * 0.7 * 0.8 * 24.0 / 30.0), "{:?}", got[0]);
    assert_eq!(got[0].assumptions.len(), 3, "{:?}", got[0].assumptions);
    assert!(got[0].assumptions.iter().any(|a| a.contains("30W")));
}

#[test]
fn generators_are_not_stored_energy_and_only_life_critical_devices_are_estimated() {
    let generator = PowerSource {
        id: "gen".into(),
        kind: SourceKind::Generator,
        feeds: vec!["vent".into()],
        nominal_wh: None,
        rated_hours: None,
        rated_draw_w: None,
        path: PowerPath::AcInverter,
        health: None,
        state_of_charge: None,
    };
    let suction = Device {
        id: "s".into(),
        class: DeviceClass::Suction,
        measured_draw_w: Some(30.0),
        nameplate_w: None,
    };
    let got = hours_left(&[vent(Some(24.0)), suction], &[generator], 0.0);
    assert_eq!(got.len(), 1, "suction is not life-critical in this estimate");
    assert_eq!(got[0].hours, 0.0);
}

#[test]
fn oxygen_cylinder_hours() {
    /// (cylinders as (litres, fill), flow L/min, demand valve, hours)
    type Case<'a> = (&'a [(f64, f64)], f64, bool, f64);
    let table: &[Case] = &[
        (&[(300.0, 1.0)], 2.0, false, 2.5), // ventilator.md §4.2 example
        (&[(300.0, 1.0), (500.0, 0.5)], 2.0, false, 4.58),
        (&[(300.0, 1.0)], 2.0, true, 5.0),
        (&[(300.0, 1.0)], 0.0, false, 0.0),
    ];
    for (cylinders, flow, valve, want) in table {
        assert!(close(oxygen_hours(cylinders, *flow, *valve), *want), "{cylinders:?} {flow} {valve}");
    }
}
