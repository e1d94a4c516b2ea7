//! Plans and their answers.

use super::{Store, StoreError};
use crate::plan::revision::{Revision, RevisionInput};
use crate::plan::{Answers, PlanScope};
use rusqlite::{OptionalExtension, params};

/// A plan's stored attributes (its answers are read separately).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanRow {
    pub id: i64,
    pub guide_version: String,
    pub scope: PlanScope,
    pub last_step: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

impl Store {
    /// The organisation's current plan (the newest one), if any.
    pub fn current_plan(&self) -> Result<Option<PlanRow>, StoreError> {
        let row = self
            .conn
            .query_row(
                "SELECT id, guide_version, scope, last_step, created_at, updated_at FROM plan ORDER BY id DESC LIMIT 1",
                [],
                |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, Option<String>>(3)?,
                        r.get::<_, String>(4)?,
                        r.get::<_, String>(5)?,
                    ))
                },
            )
            .optional()?;
        row.map(|(id, guide_version, scope, last_step, created_at, updated_at)| {
            let scope = PlanScope::from_code(&scope)
                .ok_or_else(|| StoreError::Corrupt(format!("plan {id} has unknown scope {scope:?}")))?;
            Ok(PlanRow { id, guide_version, scope, last_step, created_at, updated_at })
        })
        .transpose()
    }

    pub fn create_plan(
        &mut self,
        guide_version: &str,
        scope: PlanScope,
        now: &str,
    ) -> Result<PlanRow, StoreError> {
        self.conn.execute(
            "INSERT INTO plan (guide_version, scope, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)",
            params![guide_version, scope.code(), now],
        )?;
        self.current_plan()?.ok_or_else(|| StoreError::Corrupt("the plan just created is missing".into()))
    }

    pub fn set_plan_scope(&mut self, plan_id: i64, scope: PlanScope, now: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE plan SET scope = ?2, updated_at = ?3 WHERE id = ?1",
            params![plan_id, scope.code(), now],
        )?;
        Ok(())
    }

    pub fn answers(&self, plan_id: i64) -> Result<Answers, StoreError> {
        let mut stmt =
            self.conn.prepare("SELECT step_id, field_id, value FROM plan_answer WHERE plan_id = ?1")?;
        let mut answers = Answers::default();
        let mut rows = stmt.query([plan_id])?;
        while let Some(r) = rows.next()? {
            let (step, field, text): (String, String, String) = (r.get(0)?, r.get(1)?, r.get(2)?);
            let value = serde_json::from_str(&text)
                .map_err(|e| StoreError::Corrupt(format!("answer {step}/{field}: {e}")))?;
            answers.set(&step, &field, value);
        }
        Ok(answers)
    }

    /// Writes (or, for `null`, deletes) one answer and remembers the step as where the user is,
    /// in one transaction.
    pub fn save_answer(
        &mut self,
        plan_id: i64,
        step_id: &str,
        field_id: &str,
        value: &serde_json::Value,
        now: &str,
    ) -> Result<(), StoreError> {
        let tx = self.conn.savepoint()?;
        if value.is_null() {
            tx.execute(
                "DELETE FROM plan_answer WHERE plan_id = ?1 AND step_id = ?2 AND field_id = ?3",
                params![plan_id, step_id, field_id],
            )?;
        } else {
            tx.execute(
                "INSERT INTO plan_answer (plan_id, step_id, field_id, value, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (plan_id, step_id, field_id) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
                params![plan_id, step_id, field_id, value.to_string(), now],
            )?;
        }
        tx.execute(
            "UPDATE plan SET last_step = ?2, updated_at = ?3 WHERE id = ?1",
            params![plan_id, step_id, now],
        )?;
        tx.commit()?;
        Ok(())
    }

    pub fn set_last_step(&mut self, plan_id: i64, step_id: &str) -> Result<(), StoreError> {
        self.conn.execute("UPDATE plan SET last_step = ?2 WHERE id = ?1", params![plan_id, step_id])?;
        Ok(())
    }
}

impl Store {
    /// Adds 第n版 (n = last + 1) with its snapshot, in one transaction. Returns n.
    pub fn add_revision(
        &mut self,
        plan_id: i64,
        input: &RevisionInput,
        snapshot: &str,
        now: &str,
    ) -> Result<u32, StoreError> {
        let tx = self.conn.savepoint()?;
        let number: u32 = tx.query_row(
            "SELECT COALESCE(MAX(number), 0) + 1 FROM plan_revision WHERE plan_id = ?1",
            [plan_id],
            |r| r.get(0),
        )?;
        tx.execute(
            "INSERT INTO plan_revision (plan_id, number, revised_on, reason, approver, next_review_due, snapshot, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                plan_id,
                number,
                input.revised_on,
                input.reason,
                input.approver,
                input.next_review_due,
                snapshot,
                now
            ],
        )?;
        tx.commit()?;
        Ok(number)
    }

    /// The revision history, oldest first.
    pub fn revisions(&self, plan_id: i64) -> Result<Vec<Revision>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT number, revised_on, reason, approver, next_review_due FROM plan_revision
             WHERE plan_id = ?1 ORDER BY number",
        )?;
        let rows = stmt.query_map([plan_id], |r| {
            Ok(Revision {
                number: r.get(0)?,
                revised_on: r.get(1)?,
                reason: r.get(2)?,
                approver: r.get(3)?,
                next_review_due: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The snapshot JSON of 第n版.
    pub fn revision_snapshot(&self, plan_id: i64, number: u32) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT snapshot FROM plan_revision WHERE plan_id = ?1 AND number = ?2",
                params![plan_id, number],
                |r| r.get(0),
            )
            .optional()?)
    }
}
