//! Installs what a fresh machine lacks: Linux system libraries (when root), tauri-driver, npm packages.

use crate::steps::{cmd, npm, repo_root, step};
use std::path::Path;
use std::process::Command;

/// Debian/Ubuntu packages: WebKitGTK for building the app; Xvfb and WebKitWebDriver for the
/// end-to-end suite; the BIZ UD fonts so the UI renders Japanese like on clinic PCs; poppler/qpdf
/// to check printed PDFs; imagemagick for screenshots of the whole window.
const APT_PACKAGES: &[&str] = &[
    "libwebkit2gtk-4.1-dev",
    "build-essential",
    "pkg-config",
    "file",
    "xvfb",
    "xauth",
    "webkit2gtk-driver",
    "fonts-morisawa-bizud-gothic",
    "poppler-utils",
    "qpdf",
    "imagemagick",
];

pub const TAURI_DRIVER_VERSION: &str = "2.1.0";

pub fn ensure() -> Result<(), String> {
    if cfg!(target_os = "linux") {
        apt_packages()?;
        tauri_driver()?;
    }
    npm_ci(&repo_root().join("ui"))?;
    npm_ci(&repo_root().join("tests/e2e"))?;
    Ok(())
}

fn apt_packages() -> Result<(), String> {
    apt(APT_PACKAGES)
}

/// Installs the Debian packages of `packages` that are missing (as root; otherwise says how).
pub fn apt(packages: &[&str]) -> Result<(), String> {
    let missing: Vec<&str> = packages
        .iter()
        .copied()
        .filter(|p| {
            let out = Command::new("dpkg-query").args(["-W", "-f=${Status}", p]).output();
            !matches!(out, Ok(o) if String::from_utf8_lossy(&o.stdout).contains("install ok installed"))
        })
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    let line = format!("apt-get install -y --no-install-recommends {}", missing.join(" "));
    if !is_root() {
        return Err(format!("missing system packages; run as root:\n  sudo apt-get update && sudo {line}"));
    }
    step(&format!("apt: installing {}", missing.join(" ")));
    cmd("apt-get", &["update", "-qq"], &repo_root())?;
    let mut args = vec!["install", "-y", "-qq", "--no-install-recommends"];
    args.extend(missing.iter().copied());
    let status = Command::new("apt-get")
        .args(&args)
        .env("DEBIAN_FRONTEND", "noninteractive")
        .status()
        .map_err(|e| format!("apt-get: {e}"))?;
    if !status.success() {
        return Err(format!("apt-get failed; try: {line}"));
    }
    Ok(())
}

fn is_root() -> bool {
    Command::new("id").arg("-u").output().is_ok_and(|o| o.stdout.starts_with(b"0"))
}

fn tauri_driver() -> Result<(), String> {
    let ok = Command::new("tauri-driver").arg("--help").output().is_ok_and(|o| o.status.success());
    if ok {
        return Ok(());
    }
    step(&format!("cargo install tauri-driver {TAURI_DRIVER_VERSION}"));
    cmd("cargo", &["install", "tauri-driver", "--locked", "--version", TAURI_DRIVER_VERSION], &repo_root())
}

/// `npm ci` when node_modules is missing or older than the lockfile.
fn npm_ci(dir: &Path) -> Result<(), String> {
    let stamp = dir.join("node_modules/.package-lock.json");
    let lock = dir.join("package-lock.json");
    let fresh = match (std::fs::metadata(&stamp), std::fs::metadata(&lock)) {
        (Ok(s), Ok(l)) => s.modified().ok() >= l.modified().ok(),
        _ => false,
    };
    if fresh {
        return Ok(());
    }
    step(&format!("npm ci in {}", dir.display()));
    npm(&["ci", "--no-audit", "--no-fund", "--loglevel=error"], dir)
}
