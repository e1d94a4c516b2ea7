#![no_main]
// The check lives in bcp-tests (tests/src/fuzzing.rs) so `cargo test` replays the corpus too.
libfuzzer_sys::fuzz_target!(|data: &[u8]| bcp_tests::fuzzing::patient_table(data));
