//! The webview's limits, checked from the shipped configuration (#9 §5): what the window may do is
//! decided here and in `capabilities/`, and these tests fail when someone widens it by accident.

#[cfg(test)]
mod tests {
    const CONF: &str = include_str!("../tauri.conf.json");
    const CAPABILITIES: &str = include_str!("../capabilities/default.json");

    fn csp() -> Vec<(String, Vec<String>)> {
        let conf: serde_json::Value = serde_json::from_str(CONF).expect("tauri.conf.json");
        let csp = conf["app"]["security"]["csp"].as_str().expect("a CSP string is set");
        csp.split(';')
            .filter_map(|d| {
                let mut words = d.split_whitespace();
                Some((words.next()?.to_string(), words.map(String::from).collect()))
            })
            .collect()
    }

    fn sources(directive: &str) -> Vec<String> {
        csp().into_iter().find(|(d, _)| d == directive).map(|(_, s)| s).unwrap_or_default()
    }

    #[test]
    fn scripts_come_only_from_the_app_itself() {
        assert_eq!(sources("script-src"), ["'self'"], "no inline, eval or remote scripts");
        assert_eq!(sources("default-src"), ["'self'"]);
        assert_eq!(sources("object-src"), ["'none'"]);
        assert_eq!(sources("base-uri"), ["'none'"]);
    }

    #[test]
    fn nothing_loads_from_the_network() {
        for (directive, list) in csp() {
            for source in list {
                let remote = source.starts_with("http") || source.starts_with("ws") || source == "*";
                assert!(
                    !remote || source == "http://ipc.localhost",
                    "{directive} allows {source}: the app never uses the network"
                );
            }
        }
        let conf: serde_json::Value = serde_json::from_str(CONF).expect("tauri.conf.json");
        assert_eq!(conf["app"]["withGlobalTauri"], false, "no window.__TAURI__ for injected scripts");
        assert_eq!(conf["app"]["security"]["freezePrototype"], true);
    }

    #[test]
    fn the_window_gets_events_and_nothing_else() {
        let caps: serde_json::Value = serde_json::from_str(CAPABILITIES).expect("capabilities");
        assert_eq!(caps["permissions"], serde_json::json!(["core:event:default"]));
        assert!(caps.get("remote").is_none(), "no remote origin may call the app");
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("capabilities");
        let files: Vec<_> = std::fs::read_dir(&dir).expect("capabilities folder").collect();
        assert_eq!(files.len(), 1, "one capability file: this one");
    }
}
