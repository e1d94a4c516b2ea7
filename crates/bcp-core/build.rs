//! Embeds the guide definition (`templates/guide/`) so the binary carries the guide it was built with.
//! Generates a list of (file name, contents) for every TOML file there; the guide module parses them.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../templates/guide");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<(String, String)> = Vec::new();
    collect(&dir, "", &mut files);
    files.sort();
    let mut out = String::from(
        "/// (path relative to templates/guide, file contents)\npub static GUIDE_FILES: &[(&str, &str)] = &[\n",
    );
    for (name, path) in &files {
        let _ = writeln!(out, "    ({name:?}, include_str!({path:?})),");
    }
    out.push_str("];\n");
    let target = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("guide_files.rs");
    std::fs::write(target, out).expect("write guide_files.rs");
}

fn collect(dir: &Path, prefix: &str, files: &mut Vec<(String, String)>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if path.is_dir() {
            println!("cargo:rerun-if-changed={}", path.display());
            collect(&path, &format!("{prefix}{name}/"), files);
        } else if name.ends_with(".toml") {
            let absolute = path.canonicalize().expect("guide file path");
            files.push((format!("{prefix}{name}"), absolute.display().to_string()));
        }
    }
}
