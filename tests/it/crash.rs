//! The crash harness (#9 §1): a worker process edits and imports through the API; it is killed with
//! SIGKILL at a random moment, `CRASH_TRIALS` times (200 by default) on the same database. After
//! every kill the database must pass `PRAGMA integrity_check`, hold every edit the worker confirmed
//! before it died, and hold every imported file whole or not at all.
//!
//! What a SIGKILL proves: SQLite's transactions and our savepoints never leave a half-written
//! record, whatever instruction the process dies at. It cannot prove the disk keeps what the OS
//! acknowledged after a power cut; that rests on `synchronous=FULL` (see `store`).
//! `cargo xtask soak` runs it with many more trials.

#![cfg(unix)]

use bcp_core::api;
use std::collections::HashMap;
use std::io::Read;
use std::process::{Command, Stdio};
use std::time::Duration;

/// A small deterministic generator: the kill times are the same on every run with the same seed.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) % below
    }
}

#[test]
fn killed_at_random_moments_the_database_keeps_every_confirmed_edit() {
    let trials: u64 = std::env::var("CRASH_TRIALS").ok().and_then(|v| v.parse().ok()).unwrap_or(200);
    let seed: u64 = std::env::var("CRASH_SEED").ok().and_then(|v| v.parse().ok()).unwrap_or(9);
    let mut rng = Lcg(seed);
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("homecare-bcp.sqlite");
    // What must be there: answers by field (the latest confirmed value), patients by id, batches.
    let mut answers: HashMap<String, String> = HashMap::new();
    let mut patients: HashMap<String, String> = HashMap::new();
    let mut batches: Vec<String> = Vec::new();
    let mut confirmed = 0usize;
    let mut killed_mid_run = 0u64;

    for trial in 0..trials {
        let mut child = Command::new(env!("CARGO_BIN_EXE_crash-worker"))
            .arg(&db)
            .arg(format!("{seed}x{trial}"))
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start the worker");
        // Between start-up (opening, migrating, loading the sample) and well into the edits.
        std::thread::sleep(Duration::from_millis(5 + rng.next(400)));
        let still_running = child.try_wait().expect("poll").is_none();
        child.kill().expect("SIGKILL");
        let _ = child.wait();
        let mut stdout = String::new();
        child.stdout.take().expect("piped").read_to_string(&mut stdout).expect("read acks");
        if !still_running {
            let mut stderr = String::new();
            let _ = child.stderr.take().expect("piped").read_to_string(&mut stderr);
            panic!("trial {trial}: the worker stopped by itself: {stderr}");
        }
        killed_mid_run += 1;
        for line in stdout.lines().filter_map(|l| l.strip_prefix("ACK ")) {
            let mut parts = line.splitn(3, ' ');
            let (kind, key, value) = (parts.next(), parts.next(), parts.next());
            match (kind, key, value) {
                (Some("answer"), Some(k), Some(v)) => drop(answers.insert(k.into(), v.into())),
                (Some("patient"), Some(id), Some(name)) => drop(patients.insert(id.into(), name.into())),
                (Some("batch"), Some(tag), Some(_)) => batches.push(tag.into()),
                (Some("backup"), _, _) => {}
                _ => panic!("trial {trial}: unreadable ack {line:?}"),
            }
            confirmed += 1;
        }

        let store = api::open(&db, bcp_tests::now()).unwrap_or_else(|e| panic!("trial {trial}: reopen: {e}"));
        assert_eq!(store.integrity_check().expect("check"), "ok", "trial {trial}");
        let plan = api::plan::current(&store).expect("plan").expect("the sample's plan");
        for (key, value) in &answers {
            let (step, field) = key.split_once('/').expect("step/field");
            let stored = plan.answers.get(step, field).and_then(|v| v.as_str()).unwrap_or("");
            // The confirmed value, or a newer one the worker wrote but died before confirming.
            assert!(
                stored == value || edit_order(stored) > edit_order(value),
                "trial {trial}: {key} lost: holds {stored:?}, confirmed {value:?}"
            );
        }
        let records = store.patients().expect("patients");
        let by_id: HashMap<&str, &str> = records.iter().map(|r| (r.id.as_str(), r.name.as_str())).collect();
        for (id, name) in &patients {
            assert_eq!(by_id.get(id.as_str()).copied(), Some(name.as_str()), "trial {trial}: patient {id}");
        }
        let mut per_batch: HashMap<&str, usize> = HashMap::new();
        for r in &records {
            if let Some((tag, _)) = r.name.rsplit_once('-').filter(|_| r.name.starts_with("一括")) {
                *per_batch.entry(tag).or_default() += 1;
            }
        }
        for (tag, count) in &per_batch {
            assert_eq!(*count, 4, "trial {trial}: import {tag} is partial");
        }
        for tag in &batches {
            assert_eq!(per_batch.get(tag.as_str()), Some(&4), "trial {trial}: confirmed import {tag} lost");
        }
        // Backups cut off mid-copy are listed but refused, never restored.
        for entry in api::backups::list(&store).expect("backups") {
            let preview = api::backups::preview(&store, &entry.file_name).expect("preview");
            assert!(preview.unusable.is_some() || preview.intact, "trial {trial}: {}", entry.file_name);
        }
    }
    eprintln!(
        "crash harness: {trials} trials, {killed_mid_run} kills mid-run, {confirmed} confirmed edits, 0 lost"
    );
    assert!(confirmed > trials as usize, "the worker confirmed too few edits to prove anything");
}

/// "編集9x12-40" → Some((12, 40)): the trial, then the step within it; None for a sample's text.
fn edit_order(value: &str) -> Option<(u64, u64)> {
    let tag = value.strip_prefix("編集")?;
    let (run, step) = tag.rsplit_once('-')?;
    let (_, trial) = run.rsplit_once('x')?;
    Some((trial.parse().ok()?, step.parse().ok()?))
}
