use bcp_core::api::{self, ApiError};
use bcp_core::organization::OrganizationKind;
use bcp_tests::{memory_store, now, today};

#[test]
fn every_sample_loads_complete_and_fixed() {
    let samples = api::samples::list().expect("bundled samples parse");
    let ids: Vec<&str> = samples.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["station", "clinic", "base"]);
    for sample in &samples {
        let mut store = memory_store();
        api::samples::load(&mut store, &sample.id, now()).expect("loads");
        let plan = api::plan::current(&store).expect("read").expect("a plan");
        assert_eq!(
            plan.progress.required.filled, plan.progress.required.total,
            "{}: every required item",
            sample.id
        );
        assert_eq!(api::revision::history(&store).expect("read").len(), 1, "{}: fixed as 第1版", sample.id);
        let unmet: Vec<String> = api::revision::obligations_for(&store, today())
            .expect("computed")
            .into_iter()
            .filter(|o| !o.met)
            .map(|o| o.id)
            .collect();
        let expected: &[&str] = if sample.id == "station" { &["staff-informed", "drills"] } else { &[] };
        assert_eq!(
            unmet, expected,
            "{}: only the briefing and drill records, which a sample does not have, are missing",
            sample.id
        );
        let printed = api::report::plan(&store, now(), today()).expect("prints");
        assert!(printed.pages > 10, "{}: {} pages", sample.id, printed.pages);
    }
}

#[test]
fn the_coordination_base_sample_brings_its_region_and_members() {
    let samples = api::samples::list().expect("bundled samples parse");
    let base = samples.iter().find(|s| s.id == "base").expect("a base sample");
    assert_eq!(base.kind, OrganizationKind::CoordinationBase);
    let mut store = memory_store();
    api::samples::load(&mut store, "base", now()).expect("loads");
    assert_eq!(
        api::regional::municipalities(&store).expect("scope").len(),
        19,
        "the five 十勝 home-care regions"
    );
    let dashboard = api::regional::dashboard(&store, today()).expect("dashboard");
    assert_eq!(
        dashboard.members.len(),
        6,
        "the demo region's four files, the station sample and its partner"
    );
}

#[test]
fn a_sample_never_loads_over_real_data() {
    let mut store = bcp_tests::registered(OrganizationKind::NursingStation, "本物の事業所");
    let before = api::organization::get(&store).expect("read");
    assert!(matches!(
        api::samples::load(&mut store, "station", now()),
        Err(ApiError::SampleNeedsEmptyFolder)
    ));
    assert!(matches!(
        api::samples::load(&mut memory_store(), "hospital", now()),
        Err(ApiError::NoSuchSample(_))
    ));
    assert_eq!(api::organization::get(&store).expect("read"), before);
    assert_eq!(api::plan::current(&store).expect("read"), None);
}

/// The bundled exchange files are exactly what their recipes make (`cargo xtask seeds` rewrites them).
#[test]
fn bundled_sample_files_match_their_recipes() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds/samples");
    for bundled in api::samples::bundled().expect("recipes parse") {
        let made = api::samples::sealed_file(&bundled.sample).expect("a recipe builds");
        if std::env::var_os("UPDATE_SEEDS").is_some() {
            std::fs::write(dir.join(format!("{}.hcbcp", bundled.file)), &made).expect("write seed");
            continue;
        }
        assert!(
            made == bundled.exchange_file,
            "seeds/samples/{}.hcbcp is out of date with its recipe: run `cargo xtask seeds` and commit it",
            bundled.file
        );
    }
}

/// The demo region's member files, likewise (the coordination-base sample bundles them as its members).
#[test]
fn demo_region_files_match_their_recipes() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds/region-tokachi");
    let mut recipes: Vec<_> = std::fs::read_dir(&dir)
        .expect("seeds/region-tokachi")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    recipes.sort();
    assert_eq!(recipes.len(), 4);
    for recipe in recipes {
        let text = std::fs::read_to_string(&recipe).expect("read recipe");
        let sample = bcp_core::samples::parse(&recipe.display().to_string(), &text).expect("recipe parses");
        let made = api::samples::sealed_file(&sample).expect("a recipe builds");
        let file = recipe.with_extension("hcbcp");
        if std::env::var_os("UPDATE_SEEDS").is_some() {
            std::fs::write(&file, &made).expect("write seed");
            continue;
        }
        let committed = std::fs::read(&file).unwrap_or_default();
        assert!(
            made == committed,
            "{} is out of date with its recipe: run `cargo xtask seeds`",
            file.display()
        );
    }
}
