//! 交換ファイル: the organisation's keys and what partners need to trust them (issue #6, first part).

use super::{ApiError, timestamp};
use crate::exchange::keys::{Fingerprint, OrgKeys, PublicCard};
use crate::store::Store;
use chrono::{DateTime, Utc};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct IdentityView {
    /// Read to partners over the phone so they know a file really comes from us.
    pub fingerprint: Fingerprint,
    pub card: PublicCard,
}

/// The organisation's keys, made on first use and kept for good.
pub fn keys(store: &mut Store, now: DateTime<Utc>) -> Result<OrgKeys, ApiError> {
    if store.identity_secrets()?.is_none() {
        let fresh = OrgKeys::generate().map_err(|e| ApiError::Keys(e.to_string()))?;
        let (signing, age) = fresh.to_secrets();
        store.insert_identity(&signing, &age, &timestamp(now))?;
    }
    let (signing, age) = store.identity_secrets()?.ok_or_else(|| ApiError::Keys("not stored".into()))?;
    OrgKeys::from_secrets(&signing, &age).map_err(|e| ApiError::Keys(e.to_string()))
}

pub fn identity(store: &mut Store, now: DateTime<Utc>) -> Result<IdentityView, ApiError> {
    let card = keys(store, now)?.card();
    Ok(IdentityView { fingerprint: card.fingerprint(), card })
}
