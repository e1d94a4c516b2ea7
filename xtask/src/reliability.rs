//! The long reliability runs: `cargo xtask soak` (the crash harness with many kills) and
//! `cargo xtask fuzz` (cargo-fuzz on the exchange-file reader and the register import). `cargo
//! xtask test` runs the short versions: the harness's default 200 kills and a fuzz smoke.

use crate::steps::{repo_root, run, step};
use std::path::PathBuf;
use std::process::Command;

const TARGETS: [&str; 3] = ["exchange_file", "exchange_content", "patient_table"];

/// `cargo xtask soak [--trials N]` (default 2,000): the crash harness (the test build `cargo test`
/// already made, so it starts at once).
pub fn soak(args: &[String]) -> Result<(), String> {
    let trials = flag(args, "--trials").unwrap_or_else(|| "2000".into());
    step(&format!("crash harness: {trials} SIGKILLs"));
    run(Command::new("cargo")
        .args(["test", "-p", "bcp-tests", "--test", "it", "crash::", "--", "--nocapture"])
        .env("CRASH_TRIALS", &trials)
        .current_dir(repo_root()))
}

/// `cargo xtask fuzz [--seconds N] [--target T]` (default 300 s per target). Inputs that reach new
/// code collect in `target/fuzz-corpus/<target>/` across runs (thousands of files: not committed; to
/// keep a few, copy them into `fuzz/corpus/<target>/`); a crash leaves its input in `fuzz/artifacts/`
/// and fails the run — add it to the committed corpus with the fix.
pub fn fuzz(args: &[String]) -> Result<(), String> {
    let seconds = flag(args, "--seconds").unwrap_or_else(|| "300".into());
    let only = flag(args, "--target");
    for target in TARGETS.iter().filter(|t| only.as_deref().is_none_or(|o| o == **t)) {
        let grown = repo_root().join("target/fuzz-corpus").join(target);
        std::fs::create_dir_all(&grown).map_err(|e| e.to_string())?;
        let committed = repo_root().join("fuzz/corpus").join(target);
        run_target(target, &seconds, &[grown, committed], Build::Release)?;
    }
    Ok(())
}

/// The smoke inside `cargo xtask test`: every target for `seconds`, new inputs into a scratch folder
/// (the committed corpus is read, never written).
pub fn fuzz_smoke(seconds: u32) -> Result<(), String> {
    for target in TARGETS {
        let scratch = repo_root().join("target/fuzz-scratch").join(target);
        let _ = std::fs::remove_dir_all(&scratch);
        std::fs::create_dir_all(&scratch).map_err(|e| e.to_string())?;
        let committed = repo_root().join("fuzz/corpus").join(target);
        run_target(target, &seconds.to_string(), &[scratch, committed], Build::Dev)?;
    }
    Ok(())
}

/// The smoke builds unoptimised: on a fresh 2-core CI machine the release build with coverage
/// instrumentation (one codegen unit per crate) takes over 20 minutes, the dev build about 4; it runs
/// ~200 inputs a second instead of ~1,000 on the store targets, enough for a smoke.
#[derive(PartialEq)]
enum Build {
    Release,
    Dev,
}

fn run_target(target: &str, seconds: &str, corpora: &[PathBuf], build: Build) -> Result<(), String> {
    ensure_cargo_fuzz()?;
    // The fuzz crate is its own workspace; it resolves the same versions as the app.
    std::fs::copy(repo_root().join("Cargo.lock"), repo_root().join("fuzz/Cargo.lock"))
        .map_err(|e| format!("copy Cargo.lock: {e}"))?;
    step(&format!("fuzz {target} for {seconds} s"));
    let mut command = Command::new("cargo");
    // The pinned toolchain (rust-toolchain.toml), like every other build: a fresh machine has no
    // nightly. cargo-fuzz passes a few -Z flags, which stable accepts when told it is bootstrapping.
    command
        .env("RUSTC_BOOTSTRAP", "1")
        .args(["fuzz", "run", "--sanitizer", "none"])
        .args(if build == Build::Dev { &["--dev"][..] } else { &[] })
        .arg(target)
        .args(corpora)
        .args(["--", &format!("-max_total_time={seconds}"), "-rss_limit_mb=4096", "-timeout=20"])
        .env("CARGO_TARGET_DIR", repo_root().join("target/fuzz"))
        .current_dir(repo_root());
    run(&mut command)
}

fn ensure_cargo_fuzz() -> Result<(), String> {
    let found = Command::new("cargo").args(["fuzz", "--version"]).output().is_ok_and(|o| o.status.success());
    if found {
        return Ok(());
    }
    step("install cargo-fuzz (crates.io)");
    // A driver that only runs cargo: unoptimised is fast enough and builds in half the time.
    run(Command::new("cargo").args(["install", "cargo-fuzz", "--locked", "--debug"]))
}

fn flag(args: &[String], name: &str) -> Option<String> {
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned()
}
