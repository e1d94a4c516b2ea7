//! The baseline `cargo xtask bench` compares the app with: an empty Tauri 2 window (same Tauri,
//! same WebKitGTK, same release profile), a blank page and nothing else. It prints
//! 「homecare-bcp: interactive after N ms」 when the page has loaded, as the app does when its home
//! screen is up, and stays open until killed. A bench target, not an example, so that `cargo test`
//! never builds it; `cargo xtask bench` builds it with `cargo build --release --bench empty_window`.

use tauri::webview::PageLoadEvent;
use tauri::{WebviewUrl, WebviewWindowBuilder};

fn main() {
    let opening = std::time::Instant::now();
    let mut context = tauri::generate_context!();
    // The app's own window definition would load the app; this one loads nothing.
    context.config_mut().app.windows.clear();
    let printed = std::sync::Once::new();
    let result = tauri::Builder::default()
        .register_uri_scheme_protocol("blank", |_, _| {
            tauri::http::Response::builder()
                .header("Content-Type", "text/html")
                .body(b"<!doctype html><title>empty</title>".to_vec())
                .unwrap_or_default()
        })
        .on_page_load(move |_, payload| {
            if payload.event() == PageLoadEvent::Finished {
                printed.call_once(|| {
                    println!("homecare-bcp: interactive after {} ms", opening.elapsed().as_millis());
                });
            }
        })
        .setup(|app| {
            // A page served by the binary, as the app's are: data: URLs need a Tauri feature the app
            // does not enable, and about:blank reports no page load.
            let blank = "blank://localhost/".parse().map_err(Box::new)?;
            WebviewWindowBuilder::new(app, "main", WebviewUrl::External(blank))
                .title("empty Tauri 2 window")
                .inner_size(1200.0, 800.0)
                .build()?;
            Ok(())
        })
        .run(context);
    if let Err(e) = result {
        eprintln!("empty window: {e}");
        std::process::exit(1);
    }
}
