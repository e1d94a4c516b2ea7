//! `cargo xtask bench`: every speed, memory and size target of the app, measured in one run and
//! printed as one table (also written to `target/bench/table.md`). Exits non-zero when a target is
//! missed or a figure could not be measured. Targets live here and only here, never in tests.
//!
//! 1. criterion (`bench/benches/core.rs`): full plan PDF, ranking 10,000 patients, importing 500
//!    member files, the regional dashboard;
//! 2. the LibreOffice side-by-side (`bench/src/bin/office.rs`), same content, same run;
//! 3. the release `.deb`, and an empty Tauri 2 window built with the same profile
//!    (`src-tauri/benches/empty_window.rs`);
//! 4. start to interactive home and idle memory (PSS of the app and its WebKit processes), both
//!    programs started alternately under one Xvfb.

use crate::steps::{repo_root, run, step};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Starts per program (after one unmeasured warm-up start each).
const STARTS: usize = 5;
/// How long a started program sits before its memory is read.
const IDLE: Duration = Duration::from_secs(4);
const INTERACTIVE_LINE: &str = "homecare-bcp: interactive after";

struct Row {
    what: String,
    measured: String,
    target: String,
    /// `None`: not measured (the reason is in `measured`).
    met: Option<bool>,
    note: String,
}

pub fn bench(args: &[String]) -> Result<(), String> {
    if !args.is_empty() {
        return Err(
            "cargo xtask bench takes no options (the synthetic region: cargo xtask gen-region)".into()
        );
    }
    crate::setup::ensure()?;
    if cfg!(target_os = "linux") {
        // Debian's LibreOffice without the GUI parts: what `--headless --convert-to` needs.
        crate::setup::apt(&["libreoffice-writer-nogui"])?;
    }
    let out = repo_root().join("target/bench");
    std::fs::create_dir_all(&out).map_err(|e| e.to_string())?;
    let mut rows = Vec::new();

    step("criterion: full plan PDF, ranking, region import, dashboard");
    let criterion_dir = repo_root().join("target/criterion");
    let _ = std::fs::remove_dir_all(&criterion_dir);
    run(Command::new("cargo")
        .args(["bench", "--locked", "-p", "bcp-bench", "--bench", "core"])
        .current_dir(repo_root()))?;
    let estimate = |id: &str| criterion_median_s(&criterion_dir.join(id).join("new/estimates.json"));

    step("LibreOffice side-by-side (same content, same run)");
    let office = office(&out)?;
    rows.push(pdf_row(estimate("print/full_plan_pdf"), &office));
    rows.push(seconds_row("rank 10,000 patients (outage)", estimate("patients/rank_10k"), 0.020));
    rows.push(seconds_row("import 500 files / 5,000 patients", estimate("region/import_500_files"), 5.0));
    rows.push(seconds_row("regional dashboard", estimate("region/dashboard"), 0.100));

    step("release .deb");
    crate::steps::bundle_targets("deb")?;
    let deb = std::fs::read_dir(repo_root().join("target/release/bundle/deb"))
        .map_err(|e| e.to_string())?
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "deb"))
        .ok_or("no .deb was built")?;
    let deb_mb = std::fs::metadata(&deb).map_err(|e| e.to_string())?.len() as f64 / 1_000_000.0;
    rows.push(Row {
        what: "release .deb (fonts included)".into(),
        measured: format!("{deb_mb:.1} MB"),
        target: "< 12 MB".into(),
        met: Some(deb_mb < 12.0),
        note: String::new(),
    });

    // The program the .deb installs, not target/release/homecare-bcp: building the empty window
    // (a bench target of the same package) rebuilds that one without the embedded UI.
    let app = std::fs::read_dir(repo_root().join("target/release/bundle/deb"))
        .map_err(|e| e.to_string())?
        .flatten()
        .map(|e| e.path().join("data/usr/bin/homecare-bcp"))
        .find(|p| p.is_file())
        .ok_or("the .deb's staging folder has no usr/bin/homecare-bcp")?;
    step("an empty Tauri 2 window, same profile");
    let empty = empty_window()?;
    step("start to interactive home, idle memory (Xvfb)");
    let data = out.join("app-data");
    let _ = std::fs::remove_dir_all(&data);
    run(Command::new(&app).args(["samples", "load", "clinic"]).env("HOMECARE_BCP_DATA_DIR", &data))?;
    rows.extend(start_and_memory(&app, &data, &empty));

    let table = render(&rows);
    println!("\n{table}");
    std::fs::write(out.join("table.md"), &table).map_err(|e| e.to_string())?;
    eprintln!("written to {}", out.join("table.md").display());
    let unmet: Vec<&str> = rows.iter().filter(|r| r.met != Some(true)).map(|r| r.what.as_str()).collect();
    if unmet.is_empty() {
        Ok(())
    } else {
        Err(format!("targets missed or not measured: {}", unmet.join(", ")))
    }
}

/// The median of criterion's last run, in seconds.
fn criterion_median_s(estimates: &Path) -> Result<f64, String> {
    let text = std::fs::read_to_string(estimates).map_err(|e| format!("{}: {e}", estimates.display()))?;
    let json: serde_json::Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
    json["median"]["point_estimate"].as_f64().map(|ns| ns / 1e9).ok_or_else(|| "no median".into())
}

fn office(out: &Path) -> Result<serde_json::Value, String> {
    let output = Command::new("cargo")
        .args([
            "run",
            "--release",
            "--locked",
            "--quiet",
            "-p",
            "bcp-bench",
            "--bin",
            "office",
            "--",
            "--out",
        ])
        .arg(out)
        .current_dir(repo_root())
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("office: {e}"))?;
    if !output.status.success() {
        return Err(format!("office failed ({})", output.status));
    }
    let text = String::from_utf8_lossy(&output.stdout);
    serde_json::from_str(text.lines().last().unwrap_or("")).map_err(|e| format!("office printed {text}: {e}"))
}

fn pdf_row(criterion: Result<f64, String>, office: &serde_json::Value) -> Row {
    let pages = office["ours_pages"].as_u64().unwrap_or(0);
    let what = format!("full 機関型BCP PDF ({pages} pages)");
    let target = "≥ 20× faster than LibreOffice".to_string();
    let (Some(ours), Some(theirs)) = (office["ours_s"].as_f64(), office["libreoffice_s"].as_f64()) else {
        let why = office["libreoffice_error"].as_str().unwrap_or("no figure");
        return Row {
            what,
            measured: format!("not measured: {why}"),
            target,
            met: None,
            note: String::new(),
        };
    };
    let ratio = theirs / ours;
    let criterion =
        criterion.map_or_else(|e| format!("criterion: {e}"), |s| format!("criterion median {}", human(s)));
    let lo_pages = office["libreoffice_pages"].as_u64().map_or("?".to_string(), |p| p.to_string());
    Row {
        what,
        measured: format!("{} vs LibreOffice {} = {ratio:.0}×", human(ours), human(theirs)),
        target,
        met: Some(ratio >= 20.0),
        note: format!("{criterion}; LibreOffice's PDF has {lo_pages} pages"),
    }
}

fn seconds_row(what: &str, measured: Result<f64, String>, target_s: f64) -> Row {
    match measured {
        Ok(s) => Row {
            what: what.into(),
            measured: human(s),
            target: format!("< {}", human(target_s)),
            met: Some(s < target_s),
            note: "criterion median".into(),
        },
        Err(e) => Row {
            what: what.into(),
            measured: format!("not measured: {e}"),
            target: format!("< {}", human(target_s)),
            met: None,
            note: String::new(),
        },
    }
}

fn human(seconds: f64) -> String {
    if seconds < 1.0 { format!("{:.1} ms", seconds * 1000.0) } else { format!("{seconds:.2} s") }
}

/// Builds the baseline window with the release profile and returns its path.
fn empty_window() -> Result<PathBuf, String> {
    let output = Command::new("cargo")
        .args(["build", "--release", "--locked", "-p", "bcp-desktop", "--bench", "empty_window"])
        // As `tauri build` builds the app: production mode, assets served from the binary.
        .args(["--features", "tauri/custom-protocol"])
        .args(["--message-format", "json-render-diagnostics"])
        .current_dir(repo_root())
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| e.to_string())?;
    if !output.status.success() {
        return Err("building the empty window failed".into());
    }
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|m| m["target"]["name"] == "empty_window")
        .find_map(|m| m["executable"].as_str().map(PathBuf::from))
        .ok_or_else(|| "cargo did not report the empty window's executable".into())
}

#[cfg(target_os = "linux")]
/// A private X server for the measurements, stopped when dropped.
struct Display {
    server: Child,
    name: String,
}

#[cfg(target_os = "linux")]
impl Drop for Display {
    fn drop(&mut self) {
        let _ = self.server.kill();
        let _ = self.server.wait();
    }
}

#[cfg(target_os = "linux")]
fn xvfb() -> Result<Display, String> {
    let number = (90..130)
        .find(|n| {
            !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists()
                && !Path::new(&format!("/tmp/.X{n}-lock")).exists()
        })
        .ok_or("no free X display number")?;
    let name = format!(":{number}");
    let server = Command::new("Xvfb")
        .args([name.as_str(), "-screen", "0", "1280x860x24", "-nolisten", "tcp"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("Xvfb: {e}"))?;
    let socket = PathBuf::from(format!("/tmp/.X11-unix/X{number}"));
    let started = Instant::now();
    while !socket.exists() {
        if started.elapsed() > Duration::from_secs(10) {
            return Err("Xvfb did not start".into());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    Ok(Display { server, name })
}

#[cfg(target_os = "linux")]
struct Start {
    seconds: f64,
    pss_kb: u64,
    processes: usize,
}

#[cfg(target_os = "linux")]
/// Starts `program`, waits for its interactive line, lets it idle, reads the PSS of it and every
/// process it started, and stops them all.
fn start_once(program: &Path, data: &Path, display: &str) -> Result<Start, String> {
    use std::os::unix::process::CommandExt;
    let started = Instant::now();
    let mut child = Command::new(program)
        .env("DISPLAY", display)
        .env("HOMECARE_BCP_DATA_DIR", data)
        .env_remove("WAYLAND_DISPLAY")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .process_group(0)
        .spawn()
        .map_err(|e| format!("{}: {e}", program.display()))?;
    let stdout = child.stdout.take().ok_or("no stdout")?;
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if line.starts_with(INTERACTIVE_LINE) {
                let _ = sender.send(Instant::now());
            }
        }
    });
    let result = match receiver.recv_timeout(Duration::from_secs(60)) {
        Ok(at) => {
            let seconds = at.duration_since(started).as_secs_f64();
            std::thread::sleep(IDLE);
            let tree = process_tree(child.id());
            let pss_kb = tree.iter().map(|&pid| pss_kb(pid)).sum();
            Ok(Start { seconds, pss_kb, processes: tree.len() })
        }
        Err(_) => Err(format!("{} never said it was interactive", program.display())),
    };
    let tree = process_tree(child.id());
    let _ = Command::new("kill").args(["-KILL", "--", &format!("-{}", child.id())]).status();
    for pid in tree {
        let _ = Command::new("kill").args(["-KILL", &pid.to_string()]).status();
    }
    let _ = child.wait();
    std::thread::sleep(Duration::from_millis(300));
    result
}

#[cfg(target_os = "linux")]
/// `root` and every process descended from it (WebKit's web and network processes).
fn process_tree(root: u32) -> Vec<u32> {
    let parents: Vec<(u32, u32)> = std::fs::read_dir("/proc")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.parse::<u32>().ok())
        .filter_map(|pid| {
            let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
            // The command name may hold spaces and parentheses: fields resume after the last ')'.
            let ppid = stat.rsplit_once(')')?.1.split_whitespace().nth(1)?.parse().ok()?;
            Some((pid, ppid))
        })
        .collect();
    let mut tree = vec![root];
    let mut i = 0;
    while i < tree.len() {
        let parent = tree[i];
        tree.extend(parents.iter().filter(|(_, p)| *p == parent).map(|(pid, _)| *pid));
        i += 1;
    }
    tree
}

#[cfg(target_os = "linux")]
fn pss_kb(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("Pss:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).copied().unwrap_or(f64::NAN)
}

#[cfg(not(target_os = "linux"))]
fn start_and_memory(_: &Path, _: &Path, _: &Path) -> Vec<Row> {
    let why = "measured on Linux only (Xvfb, /proc)";
    ["start to interactive home (Xvfb)", "idle memory, app + WebKit (PSS)"]
        .map(|what| Row {
            what: what.into(),
            measured: why.into(),
            target: String::new(),
            met: None,
            note: String::new(),
        })
        .into()
}

#[cfg(target_os = "linux")]
fn start_and_memory(app: &Path, data: &Path, empty: &Path) -> Vec<Row> {
    let failed = |what: &str, target: &str, e: String| Row {
        what: what.into(),
        measured: format!("not measured: {e}"),
        target: target.into(),
        met: None,
        note: String::new(),
    };
    let display = match xvfb() {
        Ok(d) => d,
        Err(e) => {
            return vec![
                failed("start to interactive home (Xvfb)", "< 0.5 s", e.clone()),
                failed("idle memory, app + WebKit (PSS)", "≤ 1.25× empty window", e),
            ];
        }
    };
    let mut runs: [Vec<Start>; 2] = [vec![], vec![]];
    let mut error = None;
    // Alternate the two programs so a slow moment of the machine hits both.
    for round in 0..=STARTS {
        for (i, program) in [app, empty].into_iter().enumerate() {
            match start_once(program, data, &display.name) {
                Ok(start) if round > 0 => runs[i].push(start),
                Ok(_) => {}
                Err(e) => error = Some(e),
            }
        }
    }
    drop(display);
    if let Some(e) = error {
        return vec![
            failed("start to interactive home (Xvfb)", "< 0.5 s", e.clone()),
            failed("idle memory, app + WebKit (PSS)", "≤ 1.25× empty window", e),
        ];
    }
    let seconds = |r: &[Start]| median(r.iter().map(|s| s.seconds).collect());
    let megabytes = |r: &[Start]| median(r.iter().map(|s| s.pss_kb as f64 / 1024.0).collect());
    let (app_s, empty_s) = (seconds(&runs[0]), seconds(&runs[1]));
    let (app_mb, empty_mb) = (megabytes(&runs[0]), megabytes(&runs[1]));
    let processes = |r: &[Start]| r.first().map_or(0, |s| s.processes);
    vec![
        Row {
            what: "start to interactive home (Xvfb)".into(),
            measured: human(app_s),
            target: "< 0.5 s".into(),
            met: Some(app_s < 0.5),
            note: format!("median of {STARTS}; the empty Tauri 2 window: {}", human(empty_s)),
        },
        Row {
            what: "idle memory, app + WebKit (PSS)".into(),
            measured: format!("{app_mb:.0} MB = {:.2}× empty", app_mb / empty_mb),
            target: "≤ 1.25× empty window".into(),
            met: Some(app_mb <= 1.25 * empty_mb),
            note: format!(
                "empty window {empty_mb:.0} MB; {} and {} processes",
                processes(&runs[0]),
                processes(&runs[1])
            ),
        },
    ]
}

fn render(rows: &[Row]) -> String {
    let mut table = String::from("| what | measured | target | verdict | notes |\n|---|---|---|---|---|\n");
    for r in rows {
        let verdict = match r.met {
            Some(true) => "ok",
            Some(false) => "MISSED",
            None => "NOT MEASURED",
        };
        table.push_str(&format!("| {} | {} | {} | {verdict} | {} |\n", r.what, r.measured, r.target, r.note));
    }
    table
}
