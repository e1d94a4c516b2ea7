//! The side-by-side: our full plan PDF against LibreOffice converting a DOCX of the same content,
//! measured in one run. `office --out DIR [--runs N]` leaves both PDFs and the DOCX in DIR and prints
//! one JSON line for `cargo xtask bench`. LibreOffice gets a warm-up conversion first (its profile
//! is created once per user, not once per document), then each timed run is what a clinic would
//! type: `soffice --headless --convert-to pdf`.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

fn median(mut seconds: Vec<f64>) -> f64 {
    seconds.sort_by(f64::total_cmp);
    seconds[seconds.len() / 2]
}

fn pdf_pages(pdf: &Path) -> Option<u64> {
    let out = Command::new("pdfinfo").arg(pdf).output().ok()?;
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:").and_then(|n| n.trim().parse().ok()))
}

fn office_program() -> Option<&'static str> {
    ["soffice", "libreoffice"]
        .into_iter()
        .find(|p| Command::new(p).arg("--version").output().is_ok_and(|o| o.status.success()))
}

/// A fontconfig file that adds the vendored print font to the system's, so LibreOffice sets the
/// DOCX in the same typeface as our PDF instead of substituting another.
fn fontconfig(dir: &Path) -> std::io::Result<PathBuf> {
    let fonts = Path::new(env!("CARGO_MANIFEST_DIR")).join("../templates/fonts").canonicalize()?;
    let conf = dir.join("fonts.conf");
    std::fs::write(
        &conf,
        format!(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig>\n  \
             <include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include>\n  <dir>{}</dir>\n  \
             <cachedir>{}</cachedir>\n</fontconfig>\n",
            fonts.display(),
            dir.join("fontconfig-cache").display()
        ),
    )?;
    Ok(conf)
}

/// A conversion that has not finished in this long has hung (a stale profile lock, a dialog with
/// no display); the run reports it instead of waiting for ever.
const CONVERT_TIMEOUT: Duration = Duration::from_secs(180);

fn convert(program: &str, docx: &Path, out: &Path, profile: &Path, fonts_conf: &Path) -> Result<f64, String> {
    let started = Instant::now();
    let mut child = Command::new(program)
        // An absolute file URL: LibreOffice silently ignores (and may hang on) a relative one.
        .arg(format!("-env:UserInstallation=file://{}", profile.display()))
        .args(["--headless", "--invisible", "--norestore", "--nologo", "--nodefault", "--nolockcheck"])
        .args(["--convert-to", "pdf", "--outdir"])
        .arg(out)
        .arg(docx)
        .env("FONTCONFIG_FILE", fonts_conf)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("{program}: {e}"))?;
    loop {
        match child.try_wait().map_err(|e| format!("{program}: {e}"))? {
            Some(status) if status.success() => return Ok(started.elapsed().as_secs_f64()),
            Some(status) => {
                let mut stderr = String::new();
                if let Some(mut pipe) = child.stderr.take() {
                    let _ = pipe.read_to_string(&mut stderr);
                }
                return Err(format!("{program} failed ({status}): {stderr}"));
            }
            None if started.elapsed() > CONVERT_TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("{program} did not finish within {} s", CONVERT_TIMEOUT.as_secs()));
            }
            None => std::thread::sleep(Duration::from_millis(5)),
        }
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut out = PathBuf::from("target/bench");
    let mut runs = 5usize;
    let mut rest = args.iter();
    while let Some(flag) = rest.next() {
        match (flag.as_str(), rest.next()) {
            ("--out", Some(dir)) => out = PathBuf::from(dir),
            ("--runs", Some(n)) => runs = n.parse().unwrap_or(5).max(1),
            _ => {
                eprintln!("usage: office [--out DIR] [--runs N]");
                return ExitCode::from(2);
            }
        }
    }
    // Absolute, because LibreOffice's profile location is a file URL.
    let out = match std::fs::create_dir_all(&out).and_then(|()| out.canonicalize()) {
        Ok(out) => out,
        Err(e) => {
            eprintln!("office: {}: {e}", out.display());
            return ExitCode::FAILURE;
        }
    };
    let mut clinic = bcp_bench::fixtures::demo_clinic(bcp_bench::fixtures::ROSTER_PATIENTS);

    // Ours: one warm-up (page cache), then the median of `runs`.
    let (plan, roster) = bcp_bench::fixtures::print_full_plan(&mut clinic.store);
    let ours: Vec<f64> = (0..runs)
        .map(|_| {
            let started = Instant::now();
            std::hint::black_box(bcp_bench::fixtures::print_full_plan(&mut clinic.store));
            started.elapsed().as_secs_f64()
        })
        .collect();
    let write =
        |name: &str, bytes: &[u8]| std::fs::write(out.join(name), bytes).map_err(|e| format!("{name}: {e}"));
    let layouts = bcp_bench::fixtures::full_plan_layouts(&mut clinic.store);
    let docx = bcp_bench::docx::write(&layouts);
    let written = write("full-plan.pdf", &plan.bytes)
        .and_then(|()| write("roster.pdf", &roster.bytes))
        .and_then(|()| write("full-plan.docx", &docx));
    if let Err(e) = written {
        eprintln!("office: {e}");
        return ExitCode::FAILURE;
    }
    let mut report = serde_json::json!({
        "ours_s": median(ours),
        "ours_pages": plan.pages + roster.pages,
        "docx_bytes": docx.len(),
    });

    match office_program() {
        None => report["libreoffice_error"] = "LibreOffice (soffice) is not installed".into(),
        Some(program) => {
            let work = out.join("libreoffice");
            let converted = out.join("libreoffice/out");
            let result = std::fs::create_dir_all(&converted)
                .map_err(|e| e.to_string())
                .and_then(|()| fontconfig(&work).map_err(|e| e.to_string()))
                .and_then(|conf| {
                    let profile = work.join("profile");
                    let docx = out.join("full-plan.docx");
                    convert(program, &docx, &converted, &profile, &conf)?;
                    let times = (0..runs)
                        .map(|_| convert(program, &docx, &converted, &profile, &conf))
                        .collect::<Result<Vec<_>, _>>()?;
                    Ok(median(times))
                });
            match result {
                Ok(seconds) => {
                    report["libreoffice_s"] = seconds.into();
                    report["libreoffice_pages"] = pdf_pages(&converted.join("full-plan.pdf")).into();
                    report["ratio"] = (seconds / report["ours_s"].as_f64().unwrap_or(f64::NAN)).into();
                }
                Err(e) => report["libreoffice_error"] = e.into(),
            }
        }
    }
    println!("{report}");
    ExitCode::SUCCESS
}
