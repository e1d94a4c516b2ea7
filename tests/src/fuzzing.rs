//! What the fuzz targets (`fuzz/`) check, shared with the corpus replay in `it/fuzz_corpus.rs` so
//! every saved input is checked by `cargo test` too, without cargo-fuzz.
//!
//! The property: no input panics, and an input that is refused leaves the database exactly as it
//! was (every row of every table). An input that is accepted is rolled back afterwards so the next
//! input meets the same database.

use bcp_core::api::{self, ApiError};
use bcp_core::store::{Store, StoreError};
use std::cell::RefCell;

/// The store every input meets, and the digest of its rows (every input is undone, so it never
/// changes: computed once).
struct Base {
    store: Store,
    digest: u64,
}

thread_local! {
    static BASE: RefCell<Option<Base>> = const { RefCell::new(None) };
}

/// The station sample (organisation, plan, partners, a register) in memory, made once per thread.
fn with_base<T>(work: impl FnOnce(&mut Base) -> T) -> T {
    BASE.with(|cell| {
        let mut slot = cell.borrow_mut();
        let base = slot.get_or_insert_with(|| {
            let mut store = crate::memory_store();
            api::samples::load(&mut store, "station", crate::now()).expect("the bundled sample loads");
            let digest = store.content_digest().expect("digest");
            Base { store, digest }
        });
        work(base)
    })
}

enum Stop {
    /// The action succeeded; undo it.
    Undo,
    Refused(ApiError),
}

impl From<StoreError> for Stop {
    fn from(e: StoreError) -> Stop {
        Stop::Refused(e.into())
    }
}

/// Runs `action`; a refusal must change nothing, a success is undone.
fn refused_changes_nothing(label: &str, action: impl FnOnce(&mut Store) -> Result<(), ApiError>) {
    with_base(|base| {
        let writes_before = base.store.total_changes();
        let outcome = base.store.atomically(|s| match action(s) {
            Ok(()) => Err::<(), Stop>(Stop::Undo),
            Err(e) => Err(Stop::Refused(e)),
        });
        if let Err(Stop::Refused(e)) = outcome
            && base.store.total_changes() != writes_before
        {
            // Something was written and (it must be) rolled back: compare every row.
            let after = base.store.content_digest().expect("digest");
            assert_eq!(base.digest, after, "{label}: a refused input ({e}) changed the database");
        }
    });
}

/// An exchange file (.hcbcp) as the import reads it.
pub fn exchange_file(data: &[u8]) {
    refused_changes_nothing("exchange file", |store| {
        api::exchange::import(store, data, crate::now()).map(|_| ())
    });
}

/// The signed, decrypted content of an exchange file (the JSON behind the envelope), public and
/// encrypted variants: random bytes rarely get through a signature, so this reaches the parser.
pub fn exchange_content(data: &[u8]) {
    for encrypted in [false, true] {
        let _ = bcp_core::exchange::content::parse(data, encrypted);
    }
}

/// A CSV or Excel register as the import reads it: the preview, then the import.
pub fn patient_table(data: &[u8]) {
    with_base(|base| {
        let _ = api::patient_table::preview_import(&base.store, data, None);
    });
    refused_changes_nothing("patient table", |store| {
        api::patient_table::import(store, data, None, crate::now()).map(|_| ())
    });
}
