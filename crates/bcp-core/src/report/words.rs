//! The fixed words of printed documents in the print language (`templates/print/words.toml`).
//! Typed: every word is a field, so a word missing in the file fails `Words::get`'s test, and
//! code cannot ask for a word that does not exist.

use crate::guide::Text;
use crate::settings::Language;
use serde::Deserialize;
use std::sync::OnceLock;

const WORDS: &str = include_str!("../../../../templates/print/words.toml");

#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Words {
    pub cover_title: Text,
    pub plan_kind: Text,
    pub kind: Text,
    pub address: Text,
    pub municipality: Text,
    pub home_care_region: Text,
    pub secondary_region: Text,
    pub health_center: Text,
    pub manager: Text,
    pub phone: Text,
    pub created_on: Text,
    pub printed_on: Text,
    pub chapter: Text,
    pub revision_history: Text,
    pub no_revision_yet: Text,
    pub version_number: Text,
    pub col_version: Text,
    pub col_revised_on: Text,
    pub col_reason: Text,
    pub col_approver: Text,
    pub col_next_review: Text,
    pub contents: Text,
    pub blank_required: Text,
    pub blank_recommended: Text,
    pub blank_optional: Text,
    pub insight_warning: Text,
    pub insight: Text,
    pub more_rows: Text,
    pub list_separator: Text,
    pub none_filled: Text,
    pub cards_title: Text,
    pub card: Text,
    pub card_no_role: Text,
    pub card_holder: Text,
    pub card_undecided: Text,
    pub card_alternates: Text,
    pub card_duties: Text,
    pub cards_no_roles: Text,
}

/// The words, parsed once. The file is compiled in and checked by the test below, so a parse
/// failure here is a build defect, not a user's problem.
pub fn words() -> &'static Words {
    static WORDS_PARSED: OnceLock<Words> = OnceLock::new();
    WORDS_PARSED
        .get_or_init(|| toml::from_str(WORDS).expect("templates/print/words.toml is checked by its test"))
}

/// A word in `language`.
pub fn say(text: &Text, language: Language) -> &str {
    match language {
        Language::Ja => &text.ja,
        Language::En => &text.en,
    }
}

/// A word with `{n}` filled in.
pub fn say_n(text: &Text, language: Language, n: impl std::fmt::Display) -> String {
    say(text, language).replace("{n}", &n.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_parses_in_both_languages() {
        let words: Words = toml::from_str(WORDS).expect("words.toml");
        let table = toml::from_str::<toml::Table>(WORDS).expect("table");
        for (key, value) in &table {
            let text: Text = value.clone().try_into().expect("text");
            assert!(!text.ja.trim().is_empty() && !text.en.trim().is_empty(), "{key} needs ja and en");
            assert_eq!(text.ja.contains("{n}"), text.en.contains("{n}"), "{key}: same placeholders");
        }
        assert_eq!(say_n(&words.chapter, Language::En, 3), "Chapter 3. ");
        assert_eq!(say_n(&words.version_number, Language::Ja, 2), "第2版");
    }
}
