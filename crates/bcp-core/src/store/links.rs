//! Partners, agreements and the partners' imported plans (tables `partner`, `agreement`, `remote_plan`).

use super::patients::{from_json, json};
use super::{Store, StoreError};
use crate::link::{Agreement, Partner};
use rusqlite::{OptionalExtension, params};

/// One imported exchange file, as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct RemotePlanRow {
    pub fingerprint: String,
    pub sender_name: String,
    /// The sender's public card (JSON).
    pub sender_card: String,
    pub created_at: String,
    /// The checked payload (JSON of `ExchangeContent`).
    pub content: String,
    pub file_sha256: String,
    pub imported_at: String,
}

impl Store {
    pub(super) fn next_id(&self, table: &str, prefix: char) -> Result<String, StoreError> {
        let n: i64 = self.conn.query_row(
            &format!(
                "SELECT COALESCE(MAX(CAST(substr(id, 2) AS INTEGER)), 0) + 1 FROM {table} WHERE id GLOB '{prefix}[0-9]*'"
            ),
            [],
            |r| r.get(0),
        )?;
        Ok(format!("{prefix}{n:03}"))
    }

    /// Inserts or replaces; a new entry (empty id) gets the next R-number. Returns the id.
    pub fn save_partner(&mut self, partner: &Partner, now: &str) -> Result<String, StoreError> {
        let id = if partner.id.is_empty() { self.next_id("partner", 'R')? } else { partner.id.clone() };
        let stored = Partner { id: id.clone(), ..partner.clone() };
        self.conn.execute(
            "INSERT INTO partner (id, record, updated_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (id) DO UPDATE SET record = excluded.record, updated_at = excluded.updated_at",
            params![id, json(&stored)?, now],
        )?;
        Ok(id)
    }

    pub fn partners(&self) -> Result<Vec<Partner>, StoreError> {
        let mut stmt = self.conn.prepare("SELECT id, record FROM partner ORDER BY id")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        rows.map(|row| {
            let (id, text) = row?;
            from_json(&format!("partner {id}"), &text)
        })
        .collect()
    }

    /// Inserts or replaces; a new agreement (empty id) gets the next A-number. Returns the id.
    pub fn save_agreement(&mut self, agreement: &Agreement, now: &str) -> Result<String, StoreError> {
        let id = if agreement.id.is_empty() { self.next_id("agreement", 'A')? } else { agreement.id.clone() };
        let stored = Agreement { id: id.clone(), ..agreement.clone() };
        self.conn.execute(
            "INSERT INTO agreement (id, partner_id, record, updated_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (id) DO UPDATE SET partner_id = excluded.partner_id, record = excluded.record,
                 updated_at = excluded.updated_at",
            params![id, stored.partner_id, json(&stored)?, now],
        )?;
        Ok(id)
    }

    pub fn agreements(&self) -> Result<Vec<Agreement>, StoreError> {
        let mut stmt = self.conn.prepare("SELECT id, record FROM agreement ORDER BY id")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        rows.map(|row| {
            let (id, text) = row?;
            from_json(&format!("agreement {id}"), &text)
        })
        .collect()
    }

    pub fn has_remote_file(&self, file_sha256: &str) -> Result<bool, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT 1 FROM remote_plan WHERE file_sha256 = ?1", [file_sha256], |_| Ok(()))
            .optional()?
            .is_some())
    }

    pub fn insert_remote_plan(&mut self, row: &RemotePlanRow) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO remote_plan (fingerprint, sender_name, sender_card, created_at, content, file_sha256, imported_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                row.fingerprint,
                row.sender_name,
                row.sender_card,
                row.created_at,
                row.content,
                row.file_sha256,
                row.imported_at
            ],
        )?;
        Ok(())
    }

    /// The newest file of each sender (by the time it was made, not imported), by sender name.
    pub fn current_remote_plans(&self) -> Result<Vec<RemotePlanRow>, StoreError> {
        self.remote_plans_where(
            "WHERE r.created_at = (SELECT MAX(created_at) FROM remote_plan s WHERE s.fingerprint = r.fingerprint)",
        )
    }

    /// When the sender's current file was made, if any file of it was imported.
    pub fn latest_remote_created_at(&self, fingerprint: &str) -> Result<Option<String>, StoreError> {
        Ok(self.conn.query_row(
            "SELECT MAX(created_at) FROM remote_plan WHERE fingerprint = ?1",
            [fingerprint],
            |r| r.get::<_, Option<String>>(0),
        )?)
    }

    /// How many files each sender has in the history.
    pub fn remote_plan_versions(&self) -> Result<Vec<(String, u32)>, StoreError> {
        let mut stmt =
            self.conn.prepare("SELECT fingerprint, COUNT(*) FROM remote_plan GROUP BY fingerprint")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, u32>(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn remote_plans_where(&self, clause: &str) -> Result<Vec<RemotePlanRow>, StoreError> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT fingerprint, sender_name, sender_card, created_at, content, file_sha256, imported_at
             FROM remote_plan r {clause}"
        ))?;
        let rows = stmt.query_map([], |r| {
            Ok(RemotePlanRow {
                fingerprint: r.get(0)?,
                sender_name: r.get(1)?,
                sender_card: r.get(2)?,
                created_at: r.get(3)?,
                content: r.get(4)?,
                file_sha256: r.get(5)?,
                imported_at: r.get(6)?,
            })
        })?;
        let mut rows: Vec<RemotePlanRow> = rows.collect::<Result<_, _>>()?;
        // Ordered here, not by SQLite: sorting rows that carry whole plans made it spill them to a
        // temporary file (half of the regional dashboard's time with 500 members).
        rows.sort_by(|a, b| {
            a.sender_name.cmp(&b.sender_name).then_with(|| a.fingerprint.cmp(&b.fingerprint))
        });
        Ok(rows)
    }
}
