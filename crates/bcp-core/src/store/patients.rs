//! The patient register, outages, safety checks and the audit log.

use super::{Store, StoreError};
use crate::patient::outage::{OutageDeclaration, SafetyCheck};
use crate::patient::record::PatientRecord;
use rusqlite::{OptionalExtension, params};

pub(super) fn json<T: serde::Serialize>(value: &T) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|e| StoreError::Corrupt(e.to_string()))
}

pub(super) fn from_json<T: serde::de::DeserializeOwned>(what: &str, text: &str) -> Result<T, StoreError> {
    serde_json::from_str(text).map_err(|e| StoreError::Corrupt(format!("{what}: {e}")))
}

impl Store {
    /// Inserts or replaces a record; a new record (empty id) gets the next id. Returns the id.
    pub fn save_patient(&mut self, record: &PatientRecord, now: &str) -> Result<String, StoreError> {
        let tx = self.conn.savepoint()?;
        let id = if record.id.is_empty() {
            let n: i64 = tx.query_row(
                "SELECT COALESCE(MAX(CAST(substr(id, 2) AS INTEGER)), 0) + 1 FROM patient WHERE id GLOB 'P[0-9]*'",
                [],
                |r| r.get(0),
            )?;
            format!("P{n:04}")
        } else {
            record.id.clone()
        };
        let stored = PatientRecord { id: id.clone(), ..record.clone() };
        tx.execute(
            "INSERT INTO patient (id, record, updated_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (id) DO UPDATE SET record = excluded.record, updated_at = excluded.updated_at",
            params![id, json(&stored)?, now],
        )?;
        tx.commit()?;
        Ok(id)
    }

    pub fn patients(&self) -> Result<Vec<PatientRecord>, StoreError> {
        let mut stmt = self.conn.prepare("SELECT id, record FROM patient ORDER BY id")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        rows.map(|row| {
            let (id, text) = row?;
            from_json(&format!("patient {id}"), &text)
        })
        .collect()
    }

    pub fn patient(&self, id: &str) -> Result<Option<PatientRecord>, StoreError> {
        let text: Option<String> =
            self.conn.query_row("SELECT record FROM patient WHERE id = ?1", [id], |r| r.get(0)).optional()?;
        text.map(|t| from_json(&format!("patient {id}"), &t)).transpose()
    }

    /// The open outage, if any, with its id.
    pub fn open_outage(&self) -> Result<Option<(i64, OutageDeclaration)>, StoreError> {
        let row: Option<(i64, String)> = self
            .conn
            .query_row("SELECT id, declaration FROM outage WHERE ended_at IS NULL", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()?;
        row.map(|(id, text)| Ok((id, from_json("outage", &text)?))).transpose()
    }

    pub fn start_outage(&mut self, declaration: &OutageDeclaration) -> Result<i64, StoreError> {
        self.conn.execute("INSERT INTO outage (declaration) VALUES (?1)", [json(declaration)?])?;
        Ok(self.conn.last_insert_rowid())
    }

    pub fn update_outage(&mut self, id: i64, declaration: &OutageDeclaration) -> Result<(), StoreError> {
        self.conn
            .execute("UPDATE outage SET declaration = ?2 WHERE id = ?1", params![id, json(declaration)?])?;
        Ok(())
    }

    pub fn end_outage(&mut self, id: i64, now: &str) -> Result<(), StoreError> {
        self.conn.execute("UPDATE outage SET ended_at = ?2 WHERE id = ?1", params![id, now])?;
        Ok(())
    }

    pub fn add_safety_check(&mut self, outage_id: i64, check: &SafetyCheck) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO safety_check (outage_id, patient_id, at, record) VALUES (?1, ?2, ?3, ?4)",
            params![outage_id, check.patient_id, check.at, json(check)?],
        )?;
        Ok(())
    }

    pub fn safety_checks(&self, outage_id: i64) -> Result<Vec<SafetyCheck>, StoreError> {
        let mut stmt =
            self.conn.prepare("SELECT record FROM safety_check WHERE outage_id = ?1 ORDER BY at, id")?;
        let rows = stmt.query_map([outage_id], |r| r.get::<_, String>(0))?;
        rows.map(|text| from_json("safety check", &text?)).collect()
    }

    /// Appends to the audit log (never updated or deleted).
    pub fn audit(&mut self, at: &str, action: &str, subject: &str, detail: &str) -> Result<(), StoreError> {
        self.audit_with_basis(at, action, subject, detail, "")
    }

    /// Appends an event that released names, with what allowed it: `consent` (recorded consent) or
    /// `break-glass: <reason>` (a release without consent).
    pub fn audit_with_basis(
        &mut self,
        at: &str,
        action: &str,
        subject: &str,
        detail: &str,
        basis: &str,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO audit_event (at, actor, action, subject, detail, basis) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![at, self.actor, action, subject, detail, basis],
        )?;
        Ok(())
    }

    /// When `action` on `subject` was last logged, if ever.
    pub fn last_audit(&self, action: &str, subject: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT at FROM audit_event WHERE action = ?1 AND subject = ?2 ORDER BY id DESC LIMIT 1",
                params![action, subject],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Appends events from elsewhere (the log of the data a restore replaced), keeping their times
    /// and actors; they get new ids after the existing ones.
    pub fn append_audit_events(&mut self, events: &[crate::audit::AuditEvent]) -> Result<(), StoreError> {
        for e in events {
            self.conn.execute(
                "INSERT INTO audit_event (at, actor, action, subject, detail, basis) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![e.at, e.actor, e.action, e.subject, e.detail, e.basis],
            )?;
        }
        Ok(())
    }

    /// The audit log, oldest first.
    pub fn audit_events(&self) -> Result<Vec<crate::audit::AuditEvent>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, at, actor, action, subject, detail, basis FROM audit_event ORDER BY id")?;
        let rows = stmt.query_map([], |r| {
            Ok(crate::audit::AuditEvent {
                id: r.get(0)?,
                at: r.get(1)?,
                actor: r.get(2)?,
                action: r.get(3)?,
                subject: r.get(4)?,
                detail: r.get(5)?,
                basis: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
