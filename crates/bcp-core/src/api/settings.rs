//! Preferences.

use super::ApiError;
use crate::settings::{Language, Settings};
use crate::store::Store;

const LANGUAGE: &str = "language";

pub fn get(store: &Store) -> Result<Settings, ApiError> {
    let language = store.setting(LANGUAGE)?.as_deref().and_then(Language::from_code).unwrap_or_default();
    Ok(Settings { language })
}

pub fn set_language(store: &mut Store, language: Language) -> Result<Settings, ApiError> {
    store.set_setting(LANGUAGE, language.code())?;
    get(store)
}
