//! Preferences. Each is one row of the `setting` table; a value this version does not know (written
//! by a newer one, or edited by hand) reads as the default rather than failing the whole app.

use super::ApiError;
use crate::settings::{Contrast, Language, Settings, TextScale};
use crate::store::Store;

const LANGUAGE: &str = "language";
const PRINT_LANGUAGE: &str = "print_language";
const CONTRAST: &str = "contrast";
const TEXT_SCALE: &str = "text_scale";

pub fn get(store: &Store) -> Result<Settings, ApiError> {
    let language = store.setting(LANGUAGE)?.as_deref().and_then(Language::from_code).unwrap_or_default();
    // Until chosen, documents print in the UI's language.
    let print_language =
        store.setting(PRINT_LANGUAGE)?.as_deref().and_then(Language::from_code).unwrap_or(language);
    let contrast = store.setting(CONTRAST)?.as_deref().and_then(Contrast::from_code).unwrap_or_default();
    let text_scale = store
        .setting(TEXT_SCALE)?
        .and_then(|s| s.parse().ok())
        .and_then(TextScale::from_percent)
        .unwrap_or_default();
    Ok(Settings { language, print_language, contrast, text_scale })
}

pub fn set_language(store: &mut Store, language: Language) -> Result<Settings, ApiError> {
    store.set_setting(LANGUAGE, language.code())?;
    get(store)
}

pub fn set_print_language(store: &mut Store, language: Language) -> Result<Settings, ApiError> {
    store.set_setting(PRINT_LANGUAGE, language.code())?;
    get(store)
}

pub fn set_contrast(store: &mut Store, contrast: Contrast) -> Result<Settings, ApiError> {
    store.set_setting(CONTRAST, contrast.code())?;
    get(store)
}

pub fn set_text_scale(store: &mut Store, scale: TextScale) -> Result<Settings, ApiError> {
    store.set_setting(TEXT_SCALE, &scale.percent().to_string())?;
    get(store)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    fn store() -> Store {
        crate::api::open_in_memory(Utc.with_ymd_and_hms(2026, 12, 7, 0, 0, 0).unwrap()).expect("store")
    }

    #[test]
    fn defaults_are_japanese_standard_and_100_percent() {
        let settings = get(&store()).expect("settings");
        assert_eq!(
            settings,
            Settings {
                language: Language::Ja,
                print_language: Language::Ja,
                contrast: Contrast::Standard,
                text_scale: TextScale::Percent100,
            }
        );
    }

    #[test]
    fn print_language_follows_the_ui_until_chosen() {
        let mut store = store();
        assert_eq!(set_language(&mut store, Language::En).expect("set").print_language, Language::En);
        set_print_language(&mut store, Language::Ja).expect("set");
        let settings = set_language(&mut store, Language::En).expect("set");
        assert_eq!((settings.language, settings.print_language), (Language::En, Language::Ja));
    }

    #[test]
    fn each_preference_is_kept() {
        let mut store = store();
        set_contrast(&mut store, Contrast::High).expect("set");
        let settings = set_text_scale(&mut store, TextScale::Percent150).expect("set");
        assert_eq!((settings.contrast, settings.text_scale), (Contrast::High, TextScale::Percent150));
    }

    #[test]
    fn an_unknown_stored_value_reads_as_the_default() {
        let mut store = store();
        store.set_setting(TEXT_SCALE, "175").expect("raw");
        store.set_setting(CONTRAST, "dark").expect("raw");
        let settings = get(&store).expect("settings");
        assert_eq!((settings.contrast, settings.text_scale), (Contrast::Standard, TextScale::Percent100));
    }
}
