// Release builds on Windows have no console window for the desktop app. Subcommands print to the
// console of the terminal that started them (see cli.rs for how Windows handles that).
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

/// mimalloc, not the system allocator: with glibc's, freeing a ranked register or the members' plans
/// spent a quarter of the time consolidating free lists (`cargo xtask bench`, #10).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    bcp_desktop::main()
}
