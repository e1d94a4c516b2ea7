//! `cargo xtask gen-region --members N --patients M [--seed S] [--out DIR]`: writes a synthetic
//! region's member exchange files (the same bytes for the same arguments) for trying the regional
//! screens or the `region import` command at scale. Default: 500 members, 5,000 patients, into
//! `target/synthetic-region/`.

use std::path::PathBuf;
use std::process::ExitCode;

struct Args {
    members: usize,
    patients: usize,
    seed: u64,
    out: PathBuf,
}

fn parse(args: &[String]) -> Result<Args, String> {
    let mut parsed = Args {
        members: 500,
        patients: 5000,
        seed: bcp_tests::synthetic::SEED,
        out: PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/synthetic-region"),
    };
    let mut rest = args.iter();
    while let Some(flag) = rest.next() {
        let value = rest.next().ok_or_else(|| format!("{flag} needs a value"))?;
        let number = || value.parse::<u64>().map_err(|_| format!("{flag}: not a whole number: {value}"));
        match flag.as_str() {
            "--members" => parsed.members = usize::try_from(number()?).map_err(|e| e.to_string())?,
            "--patients" => parsed.patients = usize::try_from(number()?).map_err(|e| e.to_string())?,
            "--seed" => parsed.seed = number()?,
            "--out" => parsed.out = PathBuf::from(value),
            other => return Err(format!("unknown option {other}")),
        }
    }
    if parsed.members == 0 {
        return Err("--members must be at least 1".into());
    }
    Ok(parsed)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args = match parse(&args) {
        Ok(a) => a,
        Err(e) => {
            eprintln!(
                "gen-region: {e}\nusage: gen-region [--members N] [--patients M] [--seed S] [--out DIR]"
            );
            return ExitCode::from(2);
        }
    };
    let template = bcp_tests::synthetic::template();
    let files = bcp_tests::synthetic::region_seeded(args.members, args.patients, &template, args.seed);
    if let Err(e) = std::fs::create_dir_all(&args.out) {
        eprintln!("gen-region: {}: {e}", args.out.display());
        return ExitCode::FAILURE;
    }
    for (name, bytes) in &files {
        if let Err(e) = std::fs::write(args.out.join(name), bytes) {
            eprintln!("gen-region: {name}: {e}");
            return ExitCode::FAILURE;
        }
    }
    println!(
        "{} member files, {} patients (seed {}) in {}",
        files.len(),
        args.patients,
        args.seed,
        args.out.display()
    );
    ExitCode::SUCCESS
}
