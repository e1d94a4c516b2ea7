//! Copies of the whole database: taken with `VACUUM INTO` (a consistent snapshot while the app keeps
//! writing), read back read-only for a preview, and restored with SQLite's online-backup API, which
//! replaces the live database's pages in one write transaction (all or nothing).

use super::{Store, StoreError, keep_private};
use rusqlite::backup::Backup;
use rusqlite::{Connection, OpenFlags, OptionalExtension};
use std::path::Path;

/// What a stored database holds, read without changing it. Counts only: a preview shows no names.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct StoredSummary {
    pub schema_version: i64,
    pub integrity: String,
    pub organization_name: Option<String>,
    pub plan_versions: i64,
    pub latest_revision_on: Option<String>,
    pub plan_answers: i64,
    pub patients: i64,
    pub partners: i64,
    pub drills: i64,
    /// The newest audit-log entry: roughly when the data was last used.
    pub last_event_at: Option<String>,
}

impl Store {
    /// Inside [`Store::atomically`]: a copy now would not be consistent with what the unit ends with
    /// (and SQLite refuses `VACUUM` inside a transaction).
    pub fn in_transaction(&self) -> bool {
        !self.conn.is_autocommit()
    }

    /// Writes a consistent copy of the database to `dest` (which must not exist yet), readable only
    /// by the owner.
    pub fn backup_to(&self, dest: &Path) -> Result<(), StoreError> {
        vacuum_into(&self.conn, dest)
    }

    /// Replaces this database's whole content with the database at `src`, in one transaction, then
    /// upgrades it if it was written by an older version. `src` is not modified.
    pub fn restore_from(&mut self, src: &Path) -> Result<(), StoreError> {
        let source = Connection::open_with_flags(src, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        {
            let backup = Backup::new(&source, &mut self.conn)?;
            // -1: every page in one step, so the destination changes in a single transaction.
            match backup.step(-1)? {
                rusqlite::backup::StepResult::Done => {}
                other => return Err(StoreError::Corrupt(format!("restore stopped: {other:?}"))),
            }
        }
        super::migrations::MIGRATIONS
            .to_latest(&mut self.conn)
            .map_err(|e| StoreError::Migration(e.to_string()))?;
        Ok(())
    }

    /// Rows inserted, updated or deleted through this connection since it opened (SQLite's
    /// `total_changes`): unchanged means nothing was written, a cheap first check before
    /// [`Store::content_digest`].
    pub fn total_changes(&self) -> u64 {
        self.conn.total_changes()
    }

    /// A fingerprint of every row of every table: equal before and after an action that must change
    /// nothing (a rejected import). For tests and the fuzz targets; not stable across builds.
    pub fn content_digest(&self) -> Result<u64, StoreError> {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        let tables: Vec<String> = {
            let mut stmt = self.conn.prepare(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
            )?;
            stmt.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?
        };
        for table in tables {
            table.hash(&mut hasher);
            let mut stmt = self.conn.prepare(&format!("SELECT * FROM \"{table}\" ORDER BY rowid"))?;
            let columns = stmt.column_count();
            let mut rows = stmt.query([])?;
            while let Some(row) = rows.next()? {
                for i in 0..columns {
                    format!("{:?}", row.get_ref(i)?).hash(&mut hasher);
                }
            }
        }
        Ok(hasher.finish())
    }
}

/// A copy of the database file at `src` taken before it is opened for an upgrade (the copy keeps the
/// old schema, so the old app version can still read it).
pub fn backup_file(src: &Path, dest: &Path) -> Result<(), StoreError> {
    let conn = Connection::open_with_flags(src, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    vacuum_into(&conn, dest)
}

fn vacuum_into(conn: &Connection, dest: &Path) -> Result<(), StoreError> {
    let dest_text = dest
        .to_str()
        .ok_or_else(|| StoreError::Corrupt(format!("backup path {} is not UTF-8", dest.display())))?;
    // Created empty and private first, so the copy is never readable by others, even for a moment.
    // VACUUM INTO refuses a non-empty target but writes into an empty file, keeping its mode.
    super::create_private(dest)?;
    let result = conn.execute("VACUUM INTO ?1", [dest_text]);
    if let Err(e) = result {
        let _ = std::fs::remove_file(dest);
        return Err(e.into());
    }
    keep_private(dest);
    Ok(())
}

/// Reads what a database file holds, through a read-only handle; any table an older schema lacks
/// counts as empty.
pub fn summarize(path: &Path) -> Result<StoredSummary, StoreError> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|_| StoreError::NotADatabase { path: path.display().to_string() })?;
    let not_db = |e: rusqlite::Error| match e {
        rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::NotADatabase => {
            StoreError::NotADatabase { path: path.display().to_string() }
        }
        e => StoreError::Sqlite(e),
    };
    let schema_version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).map_err(not_db)?;
    let integrity: String = conn.pragma_query_value(None, "integrity_check", |r| r.get(0)).map_err(not_db)?;
    let has = |table: &str| -> Result<bool, StoreError> {
        Ok(conn
            .query_row("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1", [table], |_| Ok(()))
            .optional()?
            .is_some())
    };
    if !has("setting")? || !has("organization")? {
        return Err(StoreError::NotADatabase { path: path.display().to_string() });
    }
    let count = |table: &str| -> Result<i64, StoreError> {
        if !has(table)? {
            return Ok(0);
        }
        Ok(conn.query_row(&format!("SELECT count(*) FROM \"{table}\""), [], |r| r.get(0))?)
    };
    let organization_name =
        conn.query_row("SELECT name FROM organization WHERE id = 1", [], |r| r.get(0)).optional()?;
    let latest_revision_on = if has("plan_revision")? {
        conn.query_row("SELECT max(revised_on) FROM plan_revision", [], |r| r.get(0))?
    } else {
        None
    };
    let last_event_at = if has("audit_event")? {
        conn.query_row("SELECT max(at) FROM audit_event", [], |r| r.get(0)).optional()?.flatten()
    } else {
        None
    };
    Ok(StoredSummary {
        schema_version,
        integrity,
        organization_name,
        plan_versions: count("plan_revision")?,
        latest_revision_on,
        plan_answers: count("plan_answer")?,
        patients: count("patient")?,
        partners: count("partner")?,
        drills: count("drill")?,
        last_event_at,
    })
}
