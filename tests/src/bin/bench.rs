//! `cargo xtask bench`: how long a coordination base waits with a large region, and how much memory
//! the dashboard takes. Prints measurements against the targets; exits non-zero when one is missed.
//! `--write DIR` only writes the synthetic member files (for trying the UI with a large region).

use bcp_core::api;
use bcp_core::organization::OrganizationKind;
use bcp_core::regional::RegionScope;
use std::time::Instant;

const MEMBERS: usize = 500;
const PATIENTS: usize = 5000;
/// Targets: importing the whole region, and opening the dashboard (a screen a person waits for).
const IMPORT_TARGET_S: f64 = 10.0;
const DASHBOARD_TARGET_S: f64 = 1.0;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let started = Instant::now();
    let files = bcp_tests::synthetic::region(MEMBERS, PATIENTS, &bcp_tests::synthetic::template());
    println!(
        "generated {MEMBERS} member files ({PATIENTS} patients) in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    if let [flag, dir] = args.as_slice()
        && flag == "--write"
    {
        std::fs::create_dir_all(dir).expect("create folder");
        for (name, bytes) in &files {
            std::fs::write(std::path::Path::new(dir).join(name), bytes).expect("write file");
        }
        println!("written to {dir}");
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let now = chrono::Utc::now();
    let mut store = api::open(&dir.path().join("bench.sqlite"), now).expect("open");
    let draft = bcp_tests::draft(OrganizationKind::CoordinationBase, "合成 在宅医療連携拠点");
    api::organization::save(&mut store, draft, now).expect("base");
    let scope = RegionScope {
        home_care_regions: ["帯広市", "東十勝", "西十勝", "南十勝", "北十勝"].map(String::from).to_vec(),
        municipalities: vec![],
    };
    api::regional::set_scope(&mut store, scope, now).expect("scope");

    let t = Instant::now();
    let results = api::regional::import_files(&mut store, files, now);
    let import_s = t.elapsed().as_secs_f64();
    assert!(results.iter().all(|r| r.refused.is_none()), "every synthetic file imports");

    let t = Instant::now();
    let dashboard = api::regional::dashboard(&store, now.date_naive()).expect("dashboard");
    let dashboard_s = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let printed = api::report::regional(&store, now, now.date_naive()).expect("regional PDF");
    let print_s = t.elapsed().as_secs_f64();

    let report = |what: &str, seconds: f64, target: Option<f64>| {
        let verdict = match target {
            Some(t) if seconds > t => format!("MISSED (target {t} s)"),
            Some(t) => format!("ok (target {t} s)"),
            None => String::new(),
        };
        println!("{what:<28} {seconds:>8.3} s  {verdict}");
        target.is_none_or(|t| seconds <= t)
    };
    println!(
        "members {} · patient cells {} · PDF pages {}",
        dashboard.members.len(),
        dashboard.patients.len(),
        printed.pages
    );
    let ok = [
        report("import 500 member files", import_s, Some(IMPORT_TARGET_S)),
        report("dashboard", dashboard_s, Some(DASHBOARD_TARGET_S)),
        report("regional PDF", print_s, None),
    ]
    .iter()
    .all(|ok| *ok);
    if let Ok(status) = std::fs::read_to_string("/proc/self/status")
        && let Some(line) = status.lines().find(|l| l.starts_with("VmHWM"))
    {
        println!("peak memory {}", line.trim_start_matches("VmHWM:").trim());
    }
    std::process::exit(if ok { 0 } else { 1 });
}
