//! The organisation's keys (table `identity`, one row).

use super::{Store, StoreError};
use rusqlite::{OptionalExtension, params};

impl Store {
    /// (ed25519 seed, age identity) as stored, if keys were made.
    pub fn identity_secrets(&self) -> Result<Option<(String, String)>, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT signing_key, age_identity FROM identity WHERE id = 1", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()?)
    }

    /// Stores keys once; a second call keeps the first keys (partners already trust them).
    pub fn insert_identity(&mut self, signing: &str, age: &str, now: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT OR IGNORE INTO identity (id, signing_key, age_identity, created_at) VALUES (1, ?1, ?2, ?3)",
            params![signing, age, now],
        )?;
        Ok(())
    }
}
