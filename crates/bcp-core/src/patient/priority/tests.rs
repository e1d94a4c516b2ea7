use super::*;

/// A registered patient with no device, no hazard and no outage.
fn base() -> Facts {
    Facts {
        invasive_hours_per_day: None,
        nppv_hours_per_day: None,
        oxygen_flow_lpm: None,
        off_vent_tolerance_min: None,
        power_hours_left: None,
        oxygen_hours_left: None,
        backup_beyond_internal: true,
        manual_suction: true,
        bag_operator_present: true,
        vulnerable_household: false,
        floor: None,
        lift_needs_power: false,
        flood_depth: FloodDepth::None,
        landslide_special_zone: false,
        landslide_warning_zone: false,
        evacuation_order: false,
        outage: Outage::None,
        unreached_minutes: None,
        last_check_alarm: false,
        admission_arranged: true,
        plan_overdue: false,
        stale_reading: false,
    }
}

/// A 24-hour tracheostomy ventilator patient, well prepared, during a confirmed outage.
fn ventilated(power: f64) -> Facts {
    Facts {
        invasive_hours_per_day: Some(24.0),
        power_hours_left: Some(power),
        outage: Outage::Confirmed,
        ..base()
    }
}

#[test]
fn the_bundled_config_parses() {
    let c = config().expect("priority.toml parses");
    assert!(c.version.contains("default"), "the version says these are our defaults");
}

#[test]
fn tier_rules_table() {
    let c = config().expect("config");
    let cases: Vec<(&str, Facts, Tier, &str)> = vec![
        ("stable patient", base(), Tier::P3, "P3"),
        ("alarm on the last check", Facts { last_check_alarm: true, ..base() }, Tier::P0, "P0-alarm"),
        ("ventilator, 2.4 h left", ventilated(2.4), Tier::P0, "P0-power"),
        ("ventilator, 3 h is not under 3 h", ventilated(3.0), Tier::P1, "P1-power"),
        ("ventilator, no outage", Facts { outage: Outage::None, ..ventilated(2.0) }, Tier::P3, "P3"),
        (
            "24 h ventilation, unreached 90 min",
            Facts { unreached_minutes: Some(90.0), ..ventilated(20.0) },
            Tier::P0,
            "P0-unreached",
        ),
        (
            "evacuation order, landslide special zone",
            Facts {
                evacuation_order: true,
                landslide_special_zone: true,
                outage: Outage::None,
                ..ventilated(20.0)
            },
            Tier::P0,
            "P0-hazard",
        ),
        ("ventilator, 11 h left", ventilated(11.0), Tier::P1, "P1-power"),
        (
            "NPPV 8 h/day is not ventilator-dependent",
            Facts { invasive_hours_per_day: None, nppv_hours_per_day: Some(8.0), ..ventilated(2.0) },
            Tier::P2,
            "P2-power",
        ),
        (
            "NPPV 18 h/day is",
            Facts { invasive_hours_per_day: None, nppv_hours_per_day: Some(18.0), ..ventilated(2.0) },
            Tier::P0,
            "P0-power",
        ),
        (
            "oxygen, 2 h of cylinders",
            Facts {
                oxygen_flow_lpm: Some(2.0),
                oxygen_hours_left: Some(2.0),
                outage: Outage::Confirmed,
                ..base()
            },
            Tier::P1,
            "P1-oxygen",
        ),
        (
            "evacuation order, flood 0.5–3 m, oxygen",
            Facts {
                oxygen_flow_lpm: Some(1.0),
                evacuation_order: true,
                flood_depth: FloodDepth::From05To3m,
                ..base()
            },
            Tier::P1,
            "P1-hazard",
        ),
        ("ventilator, 20 h left", ventilated(20.0), Tier::P2, "P2-power"),
        (
            "oxygen, 5 h of cylinders",
            Facts {
                oxygen_flow_lpm: Some(2.0),
                oxygen_hours_left: Some(5.0),
                outage: Outage::Unknown,
                ..base()
            },
            Tier::P2,
            "P2-oxygen",
        ),
        (
            "unreached 7 h",
            Facts { outage: Outage::Confirmed, unreached_minutes: Some(420.0), ..base() },
            Tier::P2,
            "P2-unreached",
        ),
    ];
    for (name, facts, tier, rule) in cases {
        let r = rank(&facts, &c);
        assert_eq!((r.tier, r.reasons[0].rule.as_ref()), (tier, rule), "{name}: {:?}", r.reasons[0]);
    }
}

#[test]
fn score_points_table() {
    let c = config().expect("config");
    // (facts, expected score, rules that must appear)
    let cases: Vec<(&str, Facts, u32, &[&str])> = vec![
        ("nothing", base(), 0, &[]),
        (
            "24 h invasive, 2.4 h, confirmed",
            ventilated(2.4),
            30 + 20 + 5,
            &["invasive-full", "power-3", "outage"],
        ),
        (
            "the ventilator.md §6.3 example: caregiver aged 82, no manual suction",
            Facts { vulnerable_household: true, manual_suction: false, ..ventilated(2.4) },
            30 + 20 + 5 + 8 + 4,
            &["household", "no-manual-suction"],
        ),
        (
            "NPPV at night, oxygen 1 L",
            Facts { nppv_hours_per_day: Some(8.0), oxygen_flow_lpm: Some(1.0), ..base() },
            10 + 6,
            &["nppv-night", "oxygen-low"],
        ),
        (
            "unreached 9 h counts at most 6",
            Facts { unreached_minutes: Some(540.0), ..ventilated(30.0) },
            30 + 5 + 6,
            &["unreached"],
        ),
        (
            "5th floor, lift needs power, during an outage",
            Facts { floor: Some(5), lift_needs_power: true, ..ventilated(30.0) },
            30 + 5 + 4,
            &["high-floor"],
        ),
        (
            "no backup, no admission, plan overdue, stale reading",
            Facts {
                backup_beyond_internal: false,
                admission_arranged: false,
                plan_overdue: true,
                stale_reading: true,
                ..ventilated(30.0)
            },
            30 + 5 + 6 + 3 + 2 + 3,
            &["no-backup", "no-admission", "plan-overdue", "stale-reading"],
        ),
    ];
    for (name, facts, score, rules) in cases {
        let r = rank(&facts, &c);
        assert_eq!(r.score, score, "{name}: {:?}", r.reasons);
        for rule in rules {
            assert!(r.reasons.iter().any(|x| x.rule == *rule), "{name}: missing {rule} in {:?}", r.reasons);
        }
        assert_eq!(r.config_version, c.version, "every ranking records the thresholds it used");
    }
}

#[test]
fn ordering_is_tier_then_score_then_least_power() {
    let c = config().expect("config");
    let a = ventilated(11.0); // P1
    let b = ventilated(2.0); // P0
    let d = Facts { vulnerable_household: true, ..ventilated(10.0) }; // P1, higher score
    let e = ventilated(10.0); // P1, same score as a, less power
    let mut items = vec![
        ("a", rank(&a, &c), &a),
        ("b", rank(&b, &c), &b),
        ("d", rank(&d, &c), &d),
        ("e", rank(&e, &c), &e),
    ];
    order(&mut items);
    let names: Vec<&str> = items.iter().map(|(n, _, _)| *n).collect();
    assert_eq!(names, ["b", "d", "e", "a"]);
}

#[test]
fn reasons_read_as_japanese_sentences_with_the_values() {
    let c = config().expect("config");
    let r = rank(&Facts { vulnerable_household: true, ..ventilated(2.4) }, &c);
    assert_eq!(r.reasons[0].text, "人工呼吸器に依存し停電中、電源の残りが2.4時間（3.0時間未満）");
    assert!(r.reasons.iter().any(|x| x.text == "気管切開下の人工呼吸 1日24時間" && x.points == Some(30)));
}
