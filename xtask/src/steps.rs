//! The build and check steps, each a plain command. Output streams through so CI logs show it.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask lives in the repository root").to_path_buf()
}

pub fn step(what: &str) {
    eprintln!("\n::: {what}");
}

pub fn cmd(program: &str, args: &[&str], dir: &Path) -> Result<(), String> {
    run(Command::new(program).args(args).current_dir(dir))
}

pub fn run(command: &mut Command) -> Result<(), String> {
    let shown = format!("{command:?}");
    let status = command.status().map_err(|e| format!("{shown}: {e}"))?;
    if status.success() { Ok(()) } else { Err(format!("{shown} failed ({status})")) }
}

pub fn npm(args: &[&str], dir: &Path) -> Result<(), String> {
    cmd(if cfg!(windows) { "npm.cmd" } else { "npm" }, args, dir)
}

fn cargo(args: &[&str]) -> Result<(), String> {
    cmd("cargo", args, &repo_root())
}

/// The app binary with the UI embedded. A plain `cargo build` makes a binary that loads the Vite
/// dev server instead, and overwrites this one: build it right before it is used.
fn build_app() -> Result<PathBuf, String> {
    step("build the app (debug, UI embedded)");
    // Run the tauri CLI from ui/ (else it picks the alphabetically first package.json as the
    // frontend) and point it at the shell with TAURI_APP_PATH: no shell syntax, so Windows works too.
    run(Command::new(if cfg!(windows) { "npx.cmd" } else { "npx" })
        .args(["--no-install", "tauri", "build", "--debug", "--no-bundle", "--ci"])
        .env("TAURI_APP_PATH", "../src-tauri")
        .current_dir(repo_root().join("ui")))?;
    let exe = if cfg!(windows) { "homecare-bcp.exe" } else { "homecare-bcp" };
    Ok(repo_root().join("target/debug").join(exe))
}

pub fn run_app() -> Result<(), String> {
    crate::setup::ensure()?;
    let app = build_app()?;
    step(&format!("open {}", app.display()));
    run(&mut Command::new(app))
}

pub fn bindings() -> Result<(), String> {
    run(Command::new("cargo")
        .args(["test", "--quiet", "-p", "bcp-desktop", "--lib", "export_bindings"])
        .env("UPDATE_BINDINGS", "1")
        .current_dir(repo_root()))
}

/// Rebuilds `seeds/samples/*.hcbcp` and `seeds/region-tokachi/*.hcbcp` from their recipes (deterministic: fixed time, published demo keys).
pub fn seeds() -> Result<(), String> {
    run(Command::new("cargo")
        .args([
            "test",
            "--quiet",
            "-p",
            "bcp-tests",
            "--test",
            "it",
            // Both drift tests: the bundled samples and the demo region's member files.
            "_files_match_their_recipes",
        ])
        .env("UPDATE_SEEDS", "1")
        .current_dir(repo_root()))
}

/// Speed and memory targets (not timed tests): a synthetic region of 500 members and 5,000 patients.
/// `cargo xtask gen-region`: the synthetic region's member files (see tests/src/bin/gen-region.rs).
pub fn gen_region(args: &[String]) -> Result<(), String> {
    run(Command::new("cargo")
        .args(["run", "--release", "--locked", "--quiet", "-p", "bcp-tests", "--bin", "gen-region", "--"])
        .args(args)
        .current_dir(repo_root()))
}

pub fn test_all() -> Result<(), String> {
    let started = Instant::now();
    crate::setup::ensure()?;
    step("cargo fmt --check");
    cargo(&["fmt", "--all", "--check"])?;
    step("cargo clippy -D warnings");
    cargo(&["clippy", "--workspace", "--all-targets", "--locked", "--", "-D", "warnings"])?;
    step("third-party licence list drift");
    crate::licenses::check()?;
    step("Rust tests (bindings drift, the corpus replay, and the crash harness's 200 SIGKILLs)");
    cargo(&["test", "--workspace", "--locked"])?;
    step("fuzz smoke (20 s per target)");
    crate::reliability::fuzz_smoke(20)?;
    step("UI: type check and unit tests");
    let ui = repo_root().join("ui");
    npm(&["run", "typecheck"], &ui)?;
    npm(&["test"], &ui)?;
    e2e()?;
    eprintln!("\nxtask test: all checks passed in {:.0?}", started.elapsed());
    Ok(())
}

/// The end-to-end suite against the real app: tauri-driver + WebKitWebDriver under Xvfb.
pub fn e2e() -> Result<(), String> {
    let app = build_app()?;
    let artifacts = repo_root().join("target/e2e-artifacts");
    let _ = std::fs::remove_dir_all(&artifacts);
    std::fs::create_dir_all(&artifacts).map_err(|e| e.to_string())?;
    step("end-to-end suite (Xvfb, tauri-driver, WebKitWebDriver)");
    let cargo_bin = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .map(|h| h.join("bin"))
        .unwrap_or_default();
    let path = std::env::join_paths(
        std::iter::once(cargo_bin)
            .chain(std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())),
    )
    .map_err(|e| e.to_string())?;
    run(Command::new("xvfb-run")
        .args(["-a", "-s", "-screen 0 1280x860x24", "npm", "test"])
        .current_dir(repo_root().join("tests/e2e"))
        .env("PATH", path)
        .env("TAURI_APP_BIN", &app)
        .env("E2E_ARTIFACTS", &artifacts))
}

/// Release installers for this platform (.deb and .rpm on Linux), with the licence texts collected
/// into the package. Windows and macOS installers come from `.github/workflows/release.yml`.
pub fn bundle() -> Result<(), String> {
    let targets = if cfg!(target_os = "linux") {
        "deb,rpm"
    } else if cfg!(windows) {
        "msi,nsis"
    } else {
        "dmg"
    };
    bundle_targets(targets)
}

/// Release installers of the given kinds (tauri's `--bundles` list).
pub fn bundle_targets(targets: &str) -> Result<(), String> {
    let texts = repo_root().join("target/licenses/THIRD-PARTY-LICENSES.txt");
    step("collect third-party licence texts");
    crate::licenses::write(&["--texts".to_string(), texts.display().to_string()])?;
    step("build the release installers");
    run(Command::new(if cfg!(windows) { "npx.cmd" } else { "npx" })
        // The licence files go in only here: tauri-build checks resources on every build, and the texts
        // file exists only once this step has collected it.
        .args(["--no-install", "tauri", "build", "--ci", "--bundles", targets])
        .args(["--config", "../src-tauri/tauri.bundle.conf.json"])
        .env("TAURI_APP_PATH", "../src-tauri")
        .current_dir(repo_root().join("ui")))?;
    let dir = repo_root().join("target/release/bundle");
    if cfg!(target_os = "linux") {
        recompress_debs(&dir.join("deb"))?;
    }
    for kind in ["deb", "rpm", "msi", "nsis", "dmg"] {
        for entry in std::fs::read_dir(dir.join(kind)).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_file() {
                let size = entry.metadata().map(|m| m.len()).unwrap_or(0);
                eprintln!("{} ({:.1} MB)", path.display(), size as f64 / 1_000_000.0);
            }
        }
    }
    Ok(())
}

/// Tauri writes `.deb` payloads with gzip and has no setting for it (tauri-apps/tauri#9846); xz,
/// Debian's own default since dpkg 1.15, makes the package about a quarter smaller (15.4 → 11.1 MB,
/// most of it the two fonts). Repacked with dpkg-deb so control files and checksums stay dpkg's.
fn recompress_debs(dir: &Path) -> Result<(), String> {
    let debs: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "deb"))
        .collect();
    if debs.is_empty() {
        return Ok(());
    }
    if Command::new("dpkg-deb").arg("--version").output().is_err() {
        eprintln!("dpkg-deb is missing: the .deb keeps tauri's gzip payload");
        return Ok(());
    }
    step("recompress the .deb with xz");
    for deb in debs {
        let unpacked = deb.with_extension("unpacked");
        let _ = std::fs::remove_dir_all(&unpacked);
        run(Command::new("dpkg-deb").arg("--raw-extract").arg(&deb).arg(&unpacked))?;
        run(Command::new("dpkg-deb")
            .args(["-Zxz", "-z9", "--root-owner-group", "--build"])
            .arg(&unpacked)
            .arg(&deb))?;
        std::fs::remove_dir_all(&unpacked).map_err(|e| e.to_string())?;
    }
    Ok(())
}
