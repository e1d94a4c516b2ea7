//! One integration-test binary (faster to link than one per file). Each module exercises a feature
//! through `bcp_core::api`, as the UI and the command line do.

mod backups;
mod crash;
mod drills;
mod exchange;
mod fuzz_corpus;
mod migrations;
mod organization;
mod patient_table;
mod patients;
mod plan;
mod protection;
mod regional;
mod regions;
mod report;
mod revision;
mod samples;
mod scale;
mod sharing;
