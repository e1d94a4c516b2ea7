//! The third-party licence list shown on the About screen and shipped in the installers: every crate the
//! app binary links (normal dependencies of `bcp-desktop`, on any platform) and every npm package the UI
//! bundle ships (the non-dev entries of `ui/package-lock.json`). Generated from the lockfiles' metadata,
//! never edited by hand; `cargo xtask test` fails when it is out of date.
//!
//! `cargo xtask licenses` rewrites the list; `--texts FILE` also collects the licence texts found in each
//! package (LICENSE*, COPYING*, NOTICE*) into one file for the installer.

use crate::steps::repo_root;
use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

pub const LIST: &str = "src-tauri/licenses/third-party.json";

struct Package {
    name: String,
    version: String,
    license: String,
    source: &'static str,
    repository: String,
    /// Where its files are, for the licence texts.
    dir: PathBuf,
}

fn cargo_packages() -> Result<Vec<Package>, String> {
    let out = Command::new("cargo")
        .args(["metadata", "--format-version", "1", "--locked"])
        .current_dir(repo_root())
        .output()
        .map_err(|e| format!("cargo metadata: {e}"))?;
    if !out.status.success() {
        return Err(format!("cargo metadata failed: {}", String::from_utf8_lossy(&out.stderr)));
    }
    let meta: Value = serde_json::from_slice(&out.stdout).map_err(|e| e.to_string())?;
    let empty = vec![];
    let packages: BTreeMap<&str, &Value> = meta["packages"]
        .as_array()
        .unwrap_or(&empty)
        .iter()
        .filter_map(|p| Some((p["id"].as_str()?, p)))
        .collect();
    let nodes: BTreeMap<&str, &Value> = meta["resolve"]["nodes"]
        .as_array()
        .unwrap_or(&empty)
        .iter()
        .filter_map(|n| Some((n["id"].as_str()?, n)))
        .collect();
    let root = packages
        .values()
        .find(|p| p["name"] == "bcp-desktop")
        .and_then(|p| p["id"].as_str())
        .ok_or("bcp-desktop is not in the workspace")?;
    // Walk normal dependencies only: build scripts and tests do not ship.
    let (mut seen, mut stack) = (BTreeSet::new(), vec![root]);
    while let Some(id) = stack.pop() {
        if !seen.insert(id) {
            continue;
        }
        for dep in nodes.get(id).and_then(|n| n["deps"].as_array()).unwrap_or(&empty) {
            let normal = dep["dep_kinds"].as_array().unwrap_or(&empty).iter().any(|k| k["kind"].is_null());
            if let (true, Some(pkg)) = (normal, dep["pkg"].as_str()) {
                stack.push(pkg);
            }
        }
    }
    Ok(seen
        .into_iter()
        .filter_map(|id| packages.get(id))
        .filter(|p| !p["source"].is_null()) // the workspace's own crates
        .map(|p| Package {
            name: p["name"].as_str().unwrap_or_default().to_string(),
            version: p["version"].as_str().unwrap_or_default().to_string(),
            license: p["license"].as_str().unwrap_or("（記載なし / not stated）").to_string(),
            source: "crates.io",
            repository: p["repository"].as_str().unwrap_or_default().to_string(),
            dir: Path::new(p["manifest_path"].as_str().unwrap_or_default())
                .parent()
                .map(Path::to_path_buf)
                .unwrap_or_default(),
        })
        .collect())
}

fn npm_packages() -> Result<Vec<Package>, String> {
    let ui = repo_root().join("ui");
    let text = std::fs::read_to_string(ui.join("package-lock.json"))
        .map_err(|e| format!("ui/package-lock.json: {e}"))?;
    let lock: Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
    let packages = lock["packages"].as_object().ok_or("ui/package-lock.json has no packages")?;
    Ok(packages
        .iter()
        .filter(|(path, p)| !path.is_empty() && p["dev"] != true)
        .map(|(path, p)| Package {
            name: path.rsplit_once("node_modules/").map_or(path.as_str(), |(_, n)| n).to_string(),
            version: p["version"].as_str().unwrap_or_default().to_string(),
            license: p["license"].as_str().unwrap_or("（記載なし / not stated）").to_string(),
            source: "npm",
            repository: String::new(),
            dir: ui.join(path),
        })
        .collect())
}

fn all() -> Result<Vec<Package>, String> {
    let mut list = cargo_packages()?;
    list.extend(npm_packages()?);
    list.sort_by(|a, b| (a.source, &a.name, &a.version).cmp(&(b.source, &b.name, &b.version)));
    Ok(list)
}

fn render(list: &[Package]) -> String {
    let entries: Vec<Value> = list
        .iter()
        .map(|p| {
            json!({ "name": p.name, "version": p.version, "license": p.license, "source": p.source, "repository": p.repository })
        })
        .collect();
    let mut text = serde_json::to_string_pretty(&entries).unwrap_or_default();
    text.push('\n');
    text
}

/// `cargo xtask licenses [--texts FILE]`.
pub fn write(args: &[String]) -> Result<(), String> {
    let list = all()?;
    let path = repo_root().join(LIST);
    std::fs::write(&path, render(&list)).map_err(|e| format!("{}: {e}", path.display()))?;
    eprintln!("{} packages → {LIST}", list.len());
    if let [flag, file] = args
        && flag == "--texts"
    {
        write_texts(&list, Path::new(file))?;
    }
    Ok(())
}

/// Fails when the committed list differs from what the lockfiles say now.
pub fn check() -> Result<(), String> {
    let fresh = render(&all()?);
    let committed = std::fs::read_to_string(repo_root().join(LIST)).unwrap_or_default();
    if committed != fresh {
        return Err(format!(
            "{LIST} is out of date with the lockfiles: run `cargo xtask licenses` and commit it"
        ));
    }
    Ok(())
}

/// Every licence text the packages carry, each text once with the packages that carry it.
fn write_texts(list: &[Package], out: &Path) -> Result<(), String> {
    let mut by_text: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut without: Vec<String> = Vec::new();
    for p in list {
        let label = format!("{} {} ({}; {})", p.name, p.version, p.source, p.license);
        let mut files: Vec<PathBuf> = std::fs::read_dir(&p.dir)
            .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        files.retain(|f| {
            let name = f.file_name().map(|n| n.to_string_lossy().to_uppercase()).unwrap_or_default();
            f.is_file() && ["LICENSE", "LICENCE", "COPYING", "NOTICE"].iter().any(|s| name.starts_with(s))
        });
        files.sort();
        if files.is_empty() {
            without.push(label.clone());
        }
        for f in files {
            let text = std::fs::read_to_string(&f).unwrap_or_default().trim().to_string();
            by_text.entry(text).or_default().push(label.clone());
        }
    }
    let mut doc = String::from(
        "Third-party licences of HomeCare BCP (在宅医療BCP)\n\nEach licence text below is followed by the packages that carry it.\n",
    );
    for (text, packages) in &by_text {
        doc.push_str(&format!("\n{}\n\n{text}\n\nUsed by: {}\n", "=".repeat(78), packages.join(", ")));
    }
    if !without.is_empty() {
        doc.push_str(&format!(
            "\n{}\n\nThese packages ship no licence file; their licence is the one named: {}\n",
            "=".repeat(78),
            without.join(", ")
        ));
    }
    if let Some(dir) = out.parent() {
        std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    }
    std::fs::write(out, doc).map_err(|e| format!("{}: {e}", out.display()))?;
    eprintln!("{} licence texts → {}", by_text.len(), out.display());
    Ok(())
}
