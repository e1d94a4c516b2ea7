//! Where the data lives. `HOMECARE_BCP_DATA_DIR` overrides the OS location: tests use it, and so can
//! a clinic that runs the app from a USB stick.

use std::path::PathBuf;

pub const DATA_DIR_ENV: &str = "HOMECARE_BCP_DATA_DIR";
/// Test hook for the end-to-end suite, which cannot click a native save dialog: when set, printed
/// files go straight into this folder under the name the dialog would have offered.
pub const E2E_SAVE_DIR_ENV: &str = "HOMECARE_BCP_E2E_SAVE_DIR";
/// Test hook likewise for the open dialog: when set, choosing a file to import returns this path.
pub const E2E_OPEN_FILE_ENV: &str = "HOMECARE_BCP_E2E_OPEN_FILE";
/// Same value as `identifier` in tauri.conf.json, so the CLI and the window share one folder.
const IDENTIFIER: &str = "jp.homecare-bcp.desktop";
pub const DATABASE_FILE: &str = "homecare-bcp.sqlite";

/// A folder of this name beside the program makes it portable: the data stays on the USB stick the
/// program runs from, and nothing is written to the computer it is plugged into.
pub const PORTABLE_DIR: &str = "homecare-bcp-data";

/// The data folder: $HOMECARE_BCP_DATA_DIR; else a `homecare-bcp-data` folder beside the program (a
/// USB stick); else the OS app-data folder
/// (Windows %APPDATA%\jp.homecare-bcp.desktop, macOS ~/Library/Application Support/…, Linux ~/.local/share/…).
pub fn data_dir() -> Result<PathBuf, String> {
    if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    if let Some(portable) = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|dir| dir.join(PORTABLE_DIR)))
        .filter(|dir| dir.is_dir())
    {
        return Ok(portable);
    }
    dirs::data_dir()
        .map(|d| d.join(IDENTIFIER))
        .ok_or_else(|| format!("no application-data folder on this system; set {DATA_DIR_ENV}"))
}

/// The OS account running the app, for the audit log's 「操作者」.
pub fn os_account() -> String {
    ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
        // Started without a login environment (a service, a test driver): the home folder's name.
        .or_else(|| dirs::home_dir().and_then(|h| h.file_name().map(|n| n.to_string_lossy().into_owned())))
        .unwrap_or_else(|| "unknown".into())
}

pub fn database_path() -> Result<PathBuf, String> {
    let dir = data_dir()?;
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    Ok(dir.join(DATABASE_FILE))
}

/// Writes a file whole or not at all: a temporary file beside it, synced, then renamed over it.
pub fn write_atomically(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(std::path::Path::new("."));
    let mut tmp = tempfile_in(dir)?;
    tmp.1.write_all(bytes)?;
    tmp.1.sync_all()?;
    drop(tmp.1);
    std::fs::rename(&tmp.0, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp.0);
    })
}

fn tempfile_in(dir: &std::path::Path) -> std::io::Result<(PathBuf, std::fs::File)> {
    for n in 0..100u32 {
        let path = dir.join(format!(".homecare-bcp-{}-{n}.tmp", std::process::id()));
        match std::fs::OpenOptions::new().write(true).create_new(true).open(&path) {
            Ok(f) => return Ok((path, f)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(std::io::Error::other("no free temporary file name"))
}
