//! The numbered migrations. Forward-only: a released file is never edited; the next change is a new file.
//! `PRAGMA user_version` holds the number of migrations applied.

use rusqlite_migration::{M, Migrations};
use std::sync::LazyLock;

pub static MIGRATIONS: LazyLock<Migrations<'static>> = LazyLock::new(|| {
    Migrations::new(vec![
        M::up(include_str!("migrations/0001_init.sql")),
        M::up(include_str!("migrations/0002_plan.sql")),
        M::up(include_str!("migrations/0003_revision.sql")),
        M::up(include_str!("migrations/0004_patient.sql")),
        M::up(include_str!("migrations/0005_identity.sql")),
        M::up(include_str!("migrations/0006_link.sql")),
        M::up(include_str!("migrations/0007_drill.sql")),
        M::up(include_str!("migrations/0008_audit_actor.sql")),
    ])
});

/// The schema version this binary writes.
pub const LATEST: i64 = 8;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        MIGRATIONS.validate().expect("every migration applies on an empty database");
    }

    #[test]
    fn latest_matches_the_list() {
        let mut conn = rusqlite::Connection::open_in_memory().expect("in-memory db");
        MIGRATIONS.to_latest(&mut conn).expect("migrate");
        let v: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).expect("read");
        assert_eq!(v, LATEST, "bump LATEST when adding a migration file");
    }
}
