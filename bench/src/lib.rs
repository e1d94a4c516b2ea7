//! What `cargo xtask bench` measures, as functions: the fixtures (the demo clinic with a synthetic
//! register, a synthetic region) and the DOCX of the same content as our printed plan, which
//! LibreOffice converts for the side-by-side.

pub mod docx;
pub mod fixtures;
