//! Developer commands. `cargo xtask run` and `cargo xtask test` are the two a newcomer needs; both
//! first install what is missing, so they work on a fresh machine.
//!
//!   cargo xtask run        set up, build the app with the UI embedded, open it
//!   cargo xtask test       set up, then every check CI runs (fmt, clippy, Rust, UI, bindings, end-to-end)
//!   cargo xtask e2e        build the app and run only the end-to-end suite
//!   cargo xtask bindings   regenerate ui/src/ipc/bindings.gen.ts from the command list
//!   cargo xtask bench      every speed, memory and size target in one table: criterion benchmarks,
//!                          LibreOffice side by side, start time and memory under Xvfb, the .deb
//!   cargo xtask gen-region synthetic member files (`--members N --patients M [--seed S] [--out DIR]`)
//!   cargo xtask seeds      rebuild the sample exchange files (seeds/samples/*.hcbcp) from their recipes
//!   cargo xtask bundle     release installers this platform can build (.deb and .rpm on Linux)
//!   cargo xtask licenses   regenerate the third-party licence list (src-tauri/licenses/third-party.json)
//!   cargo xtask setup      only install what is missing
//!   cargo xtask soak       the crash harness with 2,000 SIGKILLs (`--trials N`)
//!   cargo xtask fuzz       cargo-fuzz on the exchange reader and the register import
//!                          (`--seconds N` per target, default 300; `--target T`)

mod bench;
mod licenses;
mod reliability;
mod setup;
mod steps;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("run") => steps::run_app(),
        Some("test") => steps::test_all(),
        Some("e2e") => setup::ensure().and_then(|()| steps::e2e()),
        Some("bindings") => steps::bindings(),
        Some("seeds") => steps::seeds(),
        Some("bench") => bench::bench(&args[1..]),
        Some("gen-region") => steps::gen_region(&args[1..]),
        Some("bundle") => setup::ensure().and_then(|()| steps::bundle()),
        Some("licenses") => licenses::write(&args[1..]),
        Some("setup") => setup::ensure(),
        Some("soak") => reliability::soak(&args[1..]),
        Some("fuzz") => reliability::fuzz(&args[1..]),
        _ => {
            eprintln!(
                "usage: cargo xtask <run | test | e2e | bindings | seeds | bench | gen-region | bundle | licenses | setup | soak | fuzz>"
            );
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}
