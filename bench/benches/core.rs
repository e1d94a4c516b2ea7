//! Criterion benchmarks of the paths a person waits for (`cargo xtask bench` prints the table):
//! printing the full plan, ranking a large register, importing a region, the regional dashboard.
//! Few samples: each figure is compared with a target or with LibreOffice, not tracked to 1 %.

use bcp_bench::fixtures;
use bcp_core::api;
use bcp_core::patient::outage::OutageDeclaration;
use criterion::{BatchSize, Criterion, SamplingMode, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;

fn full_plan_pdf(c: &mut Criterion) {
    let mut clinic = fixtures::demo_clinic(fixtures::ROSTER_PATIENTS);
    let mut group = c.benchmark_group("print");
    group.sample_size(10).sampling_mode(SamplingMode::Flat);
    group.bench_function("full_plan_pdf", |b| b.iter(|| fixtures::print_full_plan(&mut clinic.store)));
    group.finish();
}

fn ranking(c: &mut Criterion) {
    let records = bcp_tests::synthetic::patients(
        fixtures::RANKED_PATIENTS,
        &bcp_tests::synthetic::TOKACHI,
        bcp_tests::synthetic::SEED,
    );
    let config = bcp_core::patient::priority::config().expect("bundled thresholds");
    let now = bcp_tests::now();
    // During an outage: the countdown and the flood/evacuation rules all apply.
    let outage = OutageDeclaration {
        started_at: (now - chrono::Duration::hours(3)).to_rfc3339(),
        municipalities: vec![],
        note: String::new(),
        evacuation_orders: vec!["帯広市".into()],
    };
    let mut group = c.benchmark_group("patients");
    group.sample_size(20);
    group.bench_function("rank_10k", |b| {
        // Freeing the result counts too (criterion's `iter_with_large_drop` keeps every result alive
        // until the end, and the fresh pages that needs cost more than the freeing saves).
        b.iter(|| api::patients::rank_records(black_box(&records), Some(&outage), &[], now, &config))
    });
    group.finish();
}

fn region(c: &mut Criterion) {
    let files = fixtures::region_files();
    let mut group = c.benchmark_group("region");
    group.sample_size(10).sampling_mode(SamplingMode::Flat).measurement_time(Duration::from_secs(20));
    group.bench_function("import_500_files", |b| {
        b.iter_batched(
            || (fixtures::coordination_base(), files.clone()),
            |(mut base, files)| {
                fixtures::import_region(&mut base.store, files);
                base
            },
            BatchSize::PerIteration,
        )
    });
    let mut base = fixtures::coordination_base();
    fixtures::import_region(&mut base.store, files);
    let today = bcp_tests::today();
    group.measurement_time(Duration::from_secs(5));
    group.bench_function("dashboard", |b| {
        b.iter(|| api::regional::dashboard(&base.store, today).expect("dashboard"))
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(5));
    targets = full_plan_pdf, ranking, region
}
criterion_main!(benches);
