//! SQLite persistence. The **only** module that imports `rusqlite`.
//!
//! Durability: WAL with `synchronous=FULL`, so a write that returned has reached the disk and a power
//! cut loses nothing that was confirmed. Every write runs in one transaction: it lands whole or not
//! at all. A database written by a newer binary is refused before anything touches it.

pub mod backup;
mod drills;
mod identity;
pub mod links;
mod migrations;
mod organization;
mod patients;
pub mod plans;
mod regions;
mod settings;

pub use backup::StoredSummary;
pub use migrations::LATEST as SCHEMA_VERSION;

use rusqlite::{Connection, OpenFlags};
use std::path::Path;
use std::time::Duration;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "the database has schema version {found}, newer than this app's {supported}; it was not opened (update the app)"
    )]
    TooNew { found: i64, supported: i64 },
    #[error("{path} is not a homecare-bcp database")]
    NotADatabase { path: String },
    #[error("the database could not be upgraded: {0}")]
    Migration(String),
    #[error("stored data is inconsistent: {0}")]
    Corrupt(String),
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

/// An open database. One per process; the desktop shell keeps it behind a mutex.
pub struct Store {
    conn: Connection,
    /// The file, or `None` in memory (no backups then).
    path: Option<std::path::PathBuf>,
    /// Who the audit log names for this session's events (the OS account, set by the shell).
    actor: String,
}

impl Store {
    /// Opens (creating if needed) the database at `path` and upgrades it to [`SCHEMA_VERSION`].
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        if path.exists() {
            refuse_newer(path)?;
        } else {
            create_private(path)?;
        }
        keep_private(path);
        let conn = Connection::open(path)?;
        let mut store = Self::prepare(conn, path)?;
        store.path = Some(path.to_path_buf());
        // SQLite gives the -wal and -shm files the database's mode; older installs may predate that.
        for suffix in ["-wal", "-shm"] {
            keep_private(&sibling(path, suffix));
        }
        Ok(store)
    }

    /// A private database for tests and one-shot command-line work (nothing is written to disk).
    pub fn open_in_memory() -> Result<Store, StoreError> {
        Self::prepare(Connection::open_in_memory()?, Path::new(":memory:"))
    }

    fn prepare(mut conn: Connection, path: &Path) -> Result<Store, StoreError> {
        let not_db = |e: rusqlite::Error| match e {
            rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::NotADatabase => {
                StoreError::NotADatabase { path: path.display().to_string() }
            }
            e => StoreError::Sqlite(e),
        };
        // journal_mode returns a row; in memory it stays "memory".
        conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get::<_, String>(0))
            .map_err(not_db)?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", true)?;
        conn.busy_timeout(Duration::from_secs(5))?;
        migrations::MIGRATIONS.to_latest(&mut conn).map_err(|e| StoreError::Migration(e.to_string()))?;
        Ok(Store { conn, path: None, actor: String::new() })
    }

    /// The database file (`None` in memory).
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Names the person behind this session's audit events.
    pub fn set_actor(&mut self, actor: &str) {
        self.actor = actor.to_string();
    }

    pub fn schema_version(&self) -> Result<i64, StoreError> {
        Ok(self.conn.pragma_query_value(None, "user_version", |r| r.get(0))?)
    }

    /// Runs `work` as one unit: every write inside lands, or none does. Writes are savepoints, so
    /// they nest inside it (a sample or an import made of many saves is still all-or-nothing).
    pub fn atomically<T, E: From<StoreError>>(
        &mut self,
        work: impl FnOnce(&mut Store) -> Result<T, E>,
    ) -> Result<T, E> {
        self.conn.execute_batch("SAVEPOINT atomically").map_err(StoreError::from)?;
        match work(self) {
            Ok(value) => {
                self.conn.execute_batch("RELEASE atomically").map_err(StoreError::from)?;
                Ok(value)
            }
            Err(e) => {
                // Undo everything since the savepoint, then drop it; the error that caused it wins.
                let _ = self.conn.execute_batch("ROLLBACK TO atomically; RELEASE atomically");
                Err(e)
            }
        }
    }

    /// `PRAGMA integrity_check`: "ok" or SQLite's list of problems.
    pub fn integrity_check(&self) -> Result<String, StoreError> {
        Ok(self.conn.pragma_query_value(None, "integrity_check", |r| r.get(0))?)
    }
}

/// The database holds 要配慮個人情報: on Unix only its owner may read it (0600). Elsewhere the
/// per-user application-data folder is already private to the account.
fn create_private(path: &Path) -> Result<(), StoreError> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(StoreError::Corrupt(format!("cannot create {}: {e}", path.display()))),
    }
}

/// Narrows an existing file to 0600 (best effort: a file on a FAT USB stick has no modes).
pub(crate) fn keep_private(path: &Path) {
    #[cfg(unix)]
    if path.exists() {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600));
    }
    #[cfg(not(unix))]
    let _ = path;
}

fn sibling(path: &Path, suffix: &str) -> std::path::PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    std::path::PathBuf::from(name)
}

/// Reads `user_version` through a read-only handle so a newer database is never modified
/// (not even switched to WAL).
fn refuse_newer(path: &Path) -> Result<(), StoreError> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let found: i64 = match conn.pragma_query_value(None, "user_version", |r| r.get(0)) {
        Ok(v) => v,
        Err(rusqlite::Error::SqliteFailure(f, _)) if f.code == rusqlite::ErrorCode::NotADatabase => {
            return Err(StoreError::NotADatabase { path: path.display().to_string() });
        }
        Err(e) => return Err(e.into()),
    };
    if found > SCHEMA_VERSION {
        return Err(StoreError::TooNew { found, supported: SCHEMA_VERSION });
    }
    Ok(())
}

#[cfg(test)]
mod tests;
