//! 訓練シナリオ: timelines of injects, as data (`templates/drills/scenarios.toml`). Every time and
//! number in that file is a drill assumption of ours unless its comment names a source.

use crate::guide::{Hazard, Text};
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

const SCENARIOS: &str = include_str!("../../../../templates/drills/scenarios.toml");

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Scenario {
    pub id: String,
    pub hazard: Hazard,
    pub title: Text,
    pub summary: Text,
    pub assumptions: Vec<Text>,
    /// The tabletop's default blackout length.
    pub blackout_hours: f64,
    /// Whether the scenario takes our own office out of action by default.
    pub office_down: bool,
    pub measures: Vec<Measure>,
    pub injects: Vec<Inject>,
}

/// 出来事: read out at `at_minutes` from T0 (negative = lead time before the event).
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Inject {
    pub at_minutes: i32,
    pub event: Text,
    /// What the participants discuss.
    pub prompt: Text,
}

/// A time worth measuring in this drill, with a target of ours.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Measure {
    pub ja: String,
    pub en: String,
    pub target_minutes: f64,
}

// The file is snake_case TOML; the UI gets camelCase JSON. Reading through these keeps the two apart.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    version: String,
    scenarios: Vec<RawScenario>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScenario {
    id: String,
    hazard: Hazard,
    title: Text,
    summary: Text,
    assumptions: Vec<Text>,
    blackout_hours: f64,
    office_down: bool,
    measures: Vec<RawMeasure>,
    injects: Vec<RawInject>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMeasure {
    ja: String,
    en: String,
    target_minutes: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawInject {
    at_minutes: i32,
    event: Text,
    prompt: Text,
}

fn parse(text: &str) -> Result<(String, Vec<Scenario>), String> {
    let raw: RawFile = toml::from_str(text).map_err(|e| format!("templates/drills/scenarios.toml: {e}"))?;
    let scenarios = raw
        .scenarios
        .into_iter()
        .map(|s| Scenario {
            id: s.id,
            hazard: s.hazard,
            title: s.title,
            summary: s.summary,
            assumptions: s.assumptions,
            blackout_hours: s.blackout_hours,
            office_down: s.office_down,
            measures: s
                .measures
                .into_iter()
                .map(|m| Measure { ja: m.ja, en: m.en, target_minutes: m.target_minutes })
                .collect(),
            injects: s
                .injects
                .into_iter()
                .map(|i| Inject { at_minutes: i.at_minutes, event: i.event, prompt: i.prompt })
                .collect(),
        })
        .collect();
    Ok((raw.version, scenarios))
}

static PARSED: LazyLock<Result<(String, Vec<Scenario>), String>> = LazyLock::new(|| parse(SCENARIOS));

/// Every scenario, in the file's order. Empty if the embedded file were broken (a test forbids it).
pub fn all() -> &'static [Scenario] {
    PARSED.as_ref().map(|(_, s)| s.as_slice()).unwrap_or(&[])
}

pub fn version() -> &'static str {
    PARSED.as_ref().map(|(v, _)| v.as_str()).unwrap_or("broken")
}

pub fn find(id: &str) -> Option<&'static Scenario> {
    all().iter().find(|s| s.id == id)
}

/// 「T+1時間30分」「T−6時間」「T+2日」: an inject's time as the facilitator reads it.
pub fn offset_label(minutes: i32) -> String {
    let sign = if minutes < 0 { "−" } else { "+" };
    let m = minutes.unsigned_abs();
    let (d, h, min) = (m / 1440, (m % 1440) / 60, m % 60);
    let mut s = format!("T{sign}");
    if d > 0 {
        s.push_str(&format!("{d}日"));
    }
    if h > 0 {
        s.push_str(&format!("{h}時間"));
    }
    if min > 0 || m == 0 {
        s.push_str(&format!("{min}分"));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_scenarios_parse_and_are_sound() {
        let (_, scenarios) = parse(SCENARIOS).expect("scenarios.toml parses");
        assert!(scenarios.len() >= 4);
        let mut ids: Vec<_> = scenarios.iter().map(|s| s.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), scenarios.len(), "scenario ids are unique");
        for s in &scenarios {
            assert!(!s.injects.is_empty(), "{} has injects", s.id);
            assert!(
                s.injects.windows(2).all(|w| w[0].at_minutes < w[1].at_minutes),
                "{} in time order",
                s.id
            );
            for text in [&s.title, &s.summary].into_iter().chain(&s.assumptions) {
                assert!(!text.ja.is_empty() && !text.en.is_empty(), "{}: ja and en", s.id);
            }
            assert!(s.blackout_hours >= 0.0);
        }
        let winter =
            scenarios.iter().find(|s| s.id == "winter-blackout").expect("the issue's winter blackout");
        assert_eq!(winter.blackout_hours, 45.0);
    }

    #[test]
    fn offsets_read_as_facilitators_say_them() {
        for (minutes, label) in [
            (0, "T+0分"),
            (15, "T+15分"),
            (90, "T+1時間30分"),
            (-360, "T−6時間"),
            (1440, "T+1日"),
            (2700, "T+1日21時間"),
        ] {
            assert_eq!(offset_label(minutes), label, "{minutes}");
        }
    }
}
