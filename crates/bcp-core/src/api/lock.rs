//! The optional start-up lock (起動時のパスフレーズ). The passphrase itself is never stored: a known
//! token encrypted to it is, and unlocking means decrypting that token.
//!
//! What it protects against: someone at an unlocked office PC opening the app. What it does not: a
//! person who copies the database file (it is not encrypted at rest: SQLCipher would be needed; the
//! file is 0600 on Unix and in the account's private folder elsewhere). Said in the README.

use super::{ApiError, timestamp};
use crate::passphrase::{self, PassphraseError};
use crate::store::Store;
use chrono::{DateTime, Utc};

const VERIFIER: &str = "lock.verifier";
const TOKEN: &[u8] = b"homecare-bcp lock v1";

#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error(transparent)]
    Passphrase(#[from] PassphraseError),
    #[error("no start-up passphrase is set")]
    NotSet,
    #[error("the app is locked: enter the passphrase")]
    Locked,
}

pub fn is_set(store: &Store) -> Result<bool, ApiError> {
    Ok(store.setting(VERIFIER)?.is_some_and(|v| !v.is_empty()))
}

/// Whether `passphrase` unlocks. A wrong one is audited (someone tried).
pub fn verify(store: &mut Store, passphrase: &str, now: DateTime<Utc>) -> Result<bool, ApiError> {
    let Some(verifier) = store.setting(VERIFIER)?.filter(|v| !v.is_empty()) else {
        return Err(LockError::NotSet.into());
    };
    let bytes = base64_decode(&verifier)?;
    let ok = passphrase::open(passphrase, &bytes).is_ok_and(|t| t == TOKEN);
    store.audit(&timestamp(now), if ok { "lock.unlock" } else { "lock.unlock-failed" }, "*", "")?;
    Ok(ok)
}

/// Sets or changes the passphrase. Changing needs the current one.
pub fn set(store: &mut Store, current: Option<&str>, new: &str, now: DateTime<Utc>) -> Result<(), ApiError> {
    require_current(store, current, now)?;
    let sealed = passphrase::seal(new, TOKEN).map_err(LockError::from)?;
    let at = timestamp(now);
    store.atomically(|store| {
        store.set_setting(VERIFIER, &base64_encode(&sealed))?;
        store.audit(&at, "lock.set", "*", "")?;
        Ok::<(), ApiError>(())
    })
}

/// Removes the lock (needs the current passphrase).
pub fn clear(store: &mut Store, current: &str, now: DateTime<Utc>) -> Result<(), ApiError> {
    if !is_set(store)? {
        return Err(LockError::NotSet.into());
    }
    require_current(store, Some(current), now)?;
    let at = timestamp(now);
    store.atomically(|store| {
        store.set_setting(VERIFIER, "")?;
        store.audit(&at, "lock.clear", "*", "")?;
        Ok::<(), ApiError>(())
    })
}

fn require_current(store: &mut Store, current: Option<&str>, now: DateTime<Utc>) -> Result<(), ApiError> {
    if !is_set(store)? {
        return Ok(());
    }
    match current {
        Some(c) if verify(store, c, now)? => Ok(()),
        _ => Err(LockError::Passphrase(PassphraseError::Wrong).into()),
    }
}

fn base64_encode(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

fn base64_decode(text: &str) -> Result<Vec<u8>, ApiError> {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.decode(text).map_err(|_| {
        ApiError::Store(crate::store::StoreError::Corrupt("the lock verifier is damaged".into()))
    })
}
