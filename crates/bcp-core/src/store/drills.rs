//! Drills, their action items, and staff briefings (tables `drill`, `action_item`, `briefing`).

use super::patients::{from_json, json};
use super::{Store, StoreError};
use crate::drill::{ActionItem, Briefing, Drill};
use rusqlite::{OptionalExtension, params};

impl Store {
    /// Inserts or replaces; a new drill (empty id) gets the next D-number. Returns the id.
    pub fn save_drill(&mut self, drill: &Drill, now: &str) -> Result<String, StoreError> {
        let id = if drill.id.is_empty() { self.next_id("drill", 'D')? } else { drill.id.clone() };
        self.upsert("drill", &id, &json(&Drill { id: id.clone(), ..drill.clone() })?, now)?;
        Ok(id)
    }

    pub fn drills(&self) -> Result<Vec<Drill>, StoreError> {
        self.documents("SELECT id, record FROM drill ORDER BY id", "drill")
    }

    pub fn drill(&self, id: &str) -> Result<Option<Drill>, StoreError> {
        let text: Option<String> =
            self.conn.query_row("SELECT record FROM drill WHERE id = ?1", [id], |r| r.get(0)).optional()?;
        text.map(|t| from_json(&format!("drill {id}"), &t)).transpose()
    }

    pub fn save_action_item(&mut self, item: &ActionItem, now: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO action_item (id, drill_id, record, updated_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (id) DO UPDATE SET record = excluded.record, updated_at = excluded.updated_at",
            params![item.id, item.drill_id, json(item)?, now],
        )?;
        Ok(())
    }

    pub fn delete_action_item(&mut self, id: &str) -> Result<(), StoreError> {
        self.conn.execute("DELETE FROM action_item WHERE id = ?1", [id])?;
        Ok(())
    }

    pub fn action_items(&self) -> Result<Vec<ActionItem>, StoreError> {
        self.documents("SELECT id, record FROM action_item ORDER BY drill_id, id", "action item")
    }

    /// Inserts or replaces; a new record (empty id) gets the next B-number. Returns the id.
    pub fn save_briefing(&mut self, briefing: &Briefing, now: &str) -> Result<String, StoreError> {
        let id = if briefing.id.is_empty() { self.next_id("briefing", 'B')? } else { briefing.id.clone() };
        self.upsert("briefing", &id, &json(&Briefing { id: id.clone(), ..briefing.clone() })?, now)?;
        Ok(id)
    }

    pub fn briefings(&self) -> Result<Vec<Briefing>, StoreError> {
        self.documents("SELECT id, record FROM briefing ORDER BY id", "briefing")
    }

    /// (patient id, when the record was last saved) for every patient.
    pub fn patients_updated_at(&self) -> Result<Vec<(String, String)>, StoreError> {
        let mut stmt = self.conn.prepare("SELECT id, updated_at FROM patient ORDER BY id")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Inserts or replaces one JSON document of a table shaped (id, record, updated_at).
    fn upsert(&self, table: &str, id: &str, record: &str, now: &str) -> Result<(), StoreError> {
        self.conn.execute(
            &format!(
                "INSERT INTO {table} (id, record, updated_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (id) DO UPDATE SET record = excluded.record, updated_at = excluded.updated_at"
            ),
            params![id, record, now],
        )?;
        Ok(())
    }

    fn documents<T: serde::de::DeserializeOwned>(&self, sql: &str, what: &str) -> Result<Vec<T>, StoreError> {
        let mut stmt = self.conn.prepare(sql)?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        rows.map(|row| {
            let (id, text) = row?;
            from_json(&format!("{what} {id}"), &text)
        })
        .collect()
    }
}
