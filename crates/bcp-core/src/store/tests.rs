use super::*;

fn pragma(store: &Store, name: &str) -> String {
    store
        .conn
        .pragma_query_value(None, name, |r| r.get::<_, rusqlite::types::Value>(0))
        .map(|v| match v {
            rusqlite::types::Value::Integer(i) => i.to_string(),
            rusqlite::types::Value::Text(t) => t,
            other => format!("{other:?}"),
        })
        .expect("pragma readable")
}

#[test]
fn file_database_has_durable_pragmas() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(&dir.path().join("bcp.sqlite")).expect("open");
    assert_eq!(pragma(&store, "journal_mode"), "wal");
    assert_eq!(pragma(&store, "synchronous"), "2", "FULL: confirmed writes survive a power cut");
    assert_eq!(pragma(&store, "foreign_keys"), "1");
    assert_eq!(store.schema_version().expect("version"), SCHEMA_VERSION);
    assert_eq!(store.integrity_check().expect("check"), "ok");
}

#[test]
fn newer_database_is_refused_and_untouched() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("bcp.sqlite");
    {
        let conn = Connection::open(&path).expect("create");
        conn.pragma_update(None, "user_version", 99).expect("set version");
    }
    let before = std::fs::read(&path).expect("read");
    match Store::open(&path) {
        Err(StoreError::TooNew { found: 99, supported }) => assert_eq!(supported, SCHEMA_VERSION),
        Err(other) => panic!("wrong error: {other}"),
        Ok(_) => panic!("a newer database must not open"),
    }
    assert_eq!(std::fs::read(&path).expect("read"), before, "the file is byte-identical");
    assert!(!dir.path().join("bcp.sqlite-wal").exists(), "no WAL file was created");
}

#[test]
fn garbage_file_is_not_a_database() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("bcp.sqlite");
    std::fs::write(&path, "これはデータベースではありません。".repeat(200)).expect("write");
    assert!(matches!(Store::open(&path), Err(StoreError::NotADatabase { .. })));
}

#[test]
fn atomically_keeps_all_or_nothing() {
    let mut store = Store::open_in_memory().expect("open");
    let failed: Result<(), StoreError> = store.atomically(|s| {
        s.set_setting("a", "1")?;
        s.set_setting("b", "2")?;
        Err(StoreError::Corrupt("simulated failure after two writes".into()))
    });
    assert!(failed.is_err());
    assert_eq!(store.setting("a").expect("read"), None, "the first write was undone");
    let ok: Result<(), StoreError> = store.atomically(|s| {
        s.set_setting("a", "1")?;
        s.set_setting("b", "2")
    });
    assert!(ok.is_ok());
    assert_eq!(store.setting("b").expect("read").as_deref(), Some("2"));
}
