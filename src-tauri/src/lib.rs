//! The homecare-bcp shell: wiring only. With no arguments the binary opens the desktop window
//! ([`desktop`]); with a subcommand it runs headless ([`cli`]). Both call `bcp_core::api` and nothing
//! else does domain work here.
//!
//! Codemap: [`paths`] where data lives · [`state`] the open store · [`commands`] one function per UI
//! action, and the single command list that generates `ui/src/ipc/bindings.gen.ts` · [`error`] the one
//! IPC error type · [`cli`] subcommands.

pub mod cli;
pub mod commands;
pub mod desktop;
pub mod error;
mod hardening;
pub mod paths;
pub mod state;

use clap::Parser;
use std::process::ExitCode;

pub fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // No subcommand: the desktop app. Unknown leading flags (e.g. macOS's -psn_…) are ignored.
    if args.len() <= 1 || args[1].to_string_lossy().starts_with("-psn_") {
        return desktop::run(None);
    }
    // An exchange file opened from the file manager (file association): the window opens and asks
    // before importing it.
    if let [_, file] = args.as_slice()
        && let Some(path) = desktop::exchange_file(file)
    {
        return desktop::run(Some(path));
    }
    match cli::Cli::try_parse_from(&args) {
        Ok(cli) => cli::run(cli),
        Err(e) => {
            // clap renders --help/--version and usage errors, in the terminal's language-neutral form.
            let _ = e.print();
            if e.use_stderr() { ExitCode::from(2) } else { ExitCode::SUCCESS }
        }
    }
}
