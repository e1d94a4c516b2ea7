//! Per-installation preferences. Kept in the database (not the webview's storage) so that they move
//! with the data folder and survive a reinstall of the webview.

use serde::{Deserialize, Serialize};

/// UI language. Japanese is the working language; English is for non-Japanese staff and reviewers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum Language {
    #[default]
    Ja,
    En,
}

impl Language {
    pub fn code(self) -> &'static str {
        match self {
            Language::Ja => "ja",
            Language::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Language> {
        match code {
            "ja" => Some(Language::Ja),
            "en" => Some(Language::En),
            _ => None,
        }
    }
}

/// Colours of the UI. `High` is for response mode in a dark office on a dimmed laptop: black on
/// white with strong borders, no pale tints that carry meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum Contrast {
    #[default]
    Standard,
    High,
}

impl Contrast {
    pub fn code(self) -> &'static str {
        match self {
            Contrast::Standard => "standard",
            Contrast::High => "high",
        }
    }

    pub fn from_code(code: &str) -> Option<Contrast> {
        match code {
            "standard" => Some(Contrast::Standard),
            "high" => Some(Contrast::High),
            _ => None,
        }
    }
}

/// Text size as a share of the 16 px base, in the steps the settings screen offers. An enum rather
/// than a number, so that a size the layouts were not checked at cannot be stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, specta::Type)]
pub enum TextScale {
    #[default]
    #[serde(rename = "100")]
    Percent100,
    #[serde(rename = "112")]
    Percent112,
    #[serde(rename = "125")]
    Percent125,
    #[serde(rename = "137")]
    Percent137,
    #[serde(rename = "150")]
    Percent150,
}

impl TextScale {
    pub const ALL: [TextScale; 5] = [
        TextScale::Percent100,
        TextScale::Percent112,
        TextScale::Percent125,
        TextScale::Percent137,
        TextScale::Percent150,
    ];

    pub fn percent(self) -> u16 {
        match self {
            TextScale::Percent100 => 100,
            TextScale::Percent112 => 112,
            TextScale::Percent125 => 125,
            TextScale::Percent137 => 137,
            TextScale::Percent150 => 150,
        }
    }

    pub fn from_percent(percent: u16) -> Option<TextScale> {
        TextScale::ALL.into_iter().find(|s| s.percent() == percent)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Settings {
    pub language: Language,
    /// The language of printed documents. Separate from the UI's: an English-reading manager may
    /// still print the Japanese plan an inspector expects.
    pub print_language: Language,
    pub contrast: Contrast,
    pub text_scale: TextScale,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for language in [Language::Ja, Language::En] {
            assert_eq!(Language::from_code(language.code()), Some(language));
        }
        for contrast in [Contrast::Standard, Contrast::High] {
            assert_eq!(Contrast::from_code(contrast.code()), Some(contrast));
        }
        for scale in TextScale::ALL {
            assert_eq!(TextScale::from_percent(scale.percent()), Some(scale));
            // The wire name is the percentage, so the UI can use it as a number.
            assert_eq!(serde_json::to_string(&scale).expect("json"), format!("\"{}\"", scale.percent()));
        }
        assert_eq!(TextScale::from_percent(175), None);
        assert_eq!(Contrast::from_code("dark"), None);
    }
}
