//! The region master: browse it, and replace it from a region file.

use super::{ApiError, timestamp};
use crate::region::{RegionTree, csv};
use crate::store::Store;
use chrono::{DateTime, Utc};

pub fn tree(store: &Store) -> Result<Option<RegionTree>, ApiError> {
    Ok(store.regions()?.map(|m| m.tree()))
}

/// Checks the whole file, then replaces the stored master in one transaction. A rejected file
/// (malformed, or dropping the organisation's municipality) changes nothing.
pub fn import(
    store: &mut Store,
    bytes: &[u8],
    source: &str,
    now: DateTime<Utc>,
) -> Result<RegionTree, ApiError> {
    let master = csv::parse(bytes, source)?;
    let orphaned =
        store.organization()?.and_then(|org| org.municipality).filter(|m| master.place_of(m).is_none());
    if let Some(m) = orphaned {
        return Err(ApiError::RegionDropsOrganizationMunicipality(m));
    }
    if store.regions()?.is_some() {
        super::backups::before_import(store, now)?;
    }
    store.replace_regions(&master, &timestamp(now))?;
    Ok(master.tree())
}
