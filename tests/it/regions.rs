use bcp_core::api::{self, ApiError};
use bcp_tests::{fixture, memory_store, now};

/// The seed as published (在宅医療圏② of the Hokkaido document): region → (保健所, 市町村数, 人口).
const SEED_TABLE: &[(&str, &str, usize, u32)] = &[
    ("旭川市", "旭川市", 1, 329_306),
    ("上川", "上川", 9, 51_990),
    ("上川北部", "名寄", 8, 60_763),
    ("富良野", "富良野", 5, 39_894),
    ("留萌", "留萌", 8, 43_050),
    ("宗谷", "稚内", 10, 65_961),
    ("北見", "北見", 5, 146_002),
    ("網走", "網走", 5, 62_458),
    ("紋別", "紋別", 5, 32_516),
    ("遠軽", "紋別", 3, 32_386),
    ("帯広市", "帯広", 1, 166_536),
    ("東十勝", "帯広", 4, 39_469),
    ("西十勝", "帯広", 4, 38_225),
    ("南十勝", "帯広", 4, 18_771),
    ("北十勝", "帯広", 6, 69_647),
    ("釧路", "釧路", 8, 222_613),
    ("根室市", "根室", 1, 24_636),
    ("中標津", "中標津", 4, 47_135),
];

#[test]
fn first_run_loads_the_seeded_master() {
    let store = memory_store();
    let tree = api::regions::tree(&store).expect("read").expect("seeded on first run");
    assert_eq!(tree.totals.home_care_regions, 18);
    assert_eq!(tree.totals.municipalities, 91);
    assert_eq!(tree.totals.population, SEED_TABLE.iter().map(|r| r.3).sum::<u32>());
    let tertiary: Vec<&str> = tree.tertiary_regions.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(tertiary, ["道北", "オホーツク", "十勝", "釧路・根室"]);

    let regions: Vec<_> = tree
        .tertiary_regions
        .iter()
        .flat_map(|t| &t.secondary_regions)
        .flat_map(|s| &s.home_care_regions)
        .collect();
    assert_eq!(regions.len(), SEED_TABLE.len());
    for (region, (name, health_center, municipalities, population)) in regions.iter().zip(SEED_TABLE) {
        assert_eq!(
            (
                region.name.as_str(),
                region.health_center.as_str(),
                region.municipalities.len(),
                region.population
            ),
            (*name, format!("{health_center}保健所").as_str(), *municipalities, *population)
        );
    }
}

#[test]
fn a_municipality_knows_its_place() {
    let store = memory_store();
    let master = store.regions().expect("read").expect("seeded");
    let place = master.place_of("佐呂間町").expect("in the seed");
    assert_eq!(
        (
            place.home_care_region.as_str(),
            place.secondary_region.as_str(),
            place.tertiary_region.as_str(),
            place.health_center.as_str()
        ),
        ("遠軽", "遠紋", "オホーツク", "紋別保健所")
    );
    assert!(master.place_of("札幌市").is_none(), "page ② of the source has no 札幌");
}

#[test]
fn importing_a_region_file_replaces_the_master() {
    let mut store = memory_store();
    let tree =
        api::regions::import(&mut store, &fixture("regions-two-rows.csv"), "regions-two-rows.csv", now())
            .expect("valid file");
    assert_eq!((tree.totals.home_care_regions, tree.totals.municipalities), (2, 3));
    let stored = api::regions::tree(&store).expect("read").expect("present");
    assert_eq!(stored, tree, "what the import returned is what was stored");
    assert_eq!(stored.source, "regions-two-rows.csv");
}

#[test]
fn a_rejected_region_file_changes_nothing() {
    let mut store = memory_store();
    let before = api::regions::tree(&store).expect("read");
    for bad in ["regions-bad-population.csv", "regions-duplicate-municipality.csv", "regions-shift-jis.csv"] {
        let err = api::regions::import(&mut store, &fixture(bad), bad, now()).expect_err(bad);
        assert!(matches!(err, ApiError::RegionFile(_)), "{bad}: {err}");
        assert_eq!(api::regions::tree(&store).expect("read"), before, "{bad} left the master as it was");
    }
}
