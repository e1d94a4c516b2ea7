//! What `cargo xtask bench` measures, as functions: the fixtures (the demo clinic with a synthetic
//! register, a synthetic region) and the DOCX of the same content as our printed plan, which
//! LibreOffice converts for the side-by-side.

pub mod docx;
pub mod fixtures;

/// The app's allocator (`src-tauri/src/main.rs`), so the figures are the app's: every binary that
/// links this crate (the criterion benches, `office`) allocates as `homecare-bcp` does.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
