//! bcp-core: the domain of homecare-bcp (在宅医療BCP).
//!
//! Codemap (read top to bottom):
//! - [`api`]: one function per user action. The only surface that `src-tauri` (UI commands and the
//!   command line) and `tests/` call. Takes the [`store::Store`] and any clock reading as arguments.
//! - [`organization`]: the user's own 事業所 (`Organization`): kinds, the draft the UI edits, validation.
//! - [`guide`]: the home-care BCP guide as data (`templates/guide/`): steps, fields, rules.
//! - [`plan`]: the 機関型BCP: scope, answers, and completeness explained gap by gap.
//! - [`region`]: the region master (三次 → 二次 → 在宅医療圏 → 市町村) and its CSV import format.
//! - [`settings`]: per-installation preferences (UI language).
//! - [`dates`]: 和暦 (Japanese era) and 西暦 date formatting for print and UI.
//! - [`drill`]: 訓練 and 周知: scenarios, the tabletop on our own data, drill records, action items.
//! - [`reminder`]: what keeps the plan current (reviews, drills, briefings, expiries), with reasons.
//! - [`samples`]: bundled sample organisations with complete plans (`seeds/samples/`).
//! - [`report`]: printed documents. Data → `Layout` (positioned lines, pure) → PDF bytes (printpdf).
//! - [`store`]: SQLite persistence; the **only** module that imports `rusqlite`.
//!
//! Invariants (stated as absences):
//! - Nothing here reads the clock, the environment or arbitrary paths: `now`/`today` and bytes come in
//!   as arguments, bytes go out. The shell owns files, dialogs and time.
//! - Nothing here knows Tauri or the webview.
//! - No function on a user path panics on bad input: it returns a typed error and changes nothing.

pub mod api;
pub mod audit;
pub mod backup;
pub mod dates;
pub mod drill;
pub mod exchange;
pub mod guide;
pub mod link;
pub mod organization;
pub mod passphrase;
pub mod patient;
pub mod plan;
pub mod region;
pub mod regional;
pub mod reminder;
pub mod report;
pub mod samples;
pub mod settings;
pub mod store;
