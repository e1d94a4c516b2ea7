// Release builds on Windows have no console window for the desktop app. Subcommands print to the
// console of the terminal that started them (see cli.rs for how Windows handles that).
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() -> std::process::ExitCode {
    bcp_desktop::main()
}
