//! Every input in `fuzz/corpus/` (the seeds and whatever the fuzzers found worth keeping, crashes
//! that were fixed among them) replayed through the fuzz targets' checks on every `cargo test`.

use std::path::Path;

fn replay(target: &str, check: fn(&[u8])) -> usize {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/corpus").join(target);
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("entry").path();
        let bytes = std::fs::read(&path).expect("read");
        check(&bytes);
        count += 1;
    }
    count
}

#[test]
fn the_exchange_file_corpus_is_handled() {
    assert!(replay("exchange_file", bcp_tests::fuzzing::exchange_file) >= 3);
}

#[test]
fn the_exchange_content_corpus_is_handled() {
    assert!(replay("exchange_content", bcp_tests::fuzzing::exchange_content) >= 2);
}

#[test]
fn the_patient_table_corpus_is_handled() {
    assert!(replay("patient_table", bcp_tests::fuzzing::patient_table) >= 3);
}

/// The property itself can fail: a database that changed under a refused input is caught.
#[test]
fn the_digest_sees_a_changed_row() {
    let mut store = bcp_tests::memory_store();
    let before = store.content_digest().expect("digest");
    bcp_core::api::settings::set_language(&mut store, bcp_core::settings::Language::En).expect("set");
    assert_ne!(store.content_digest().expect("digest"), before);
}
