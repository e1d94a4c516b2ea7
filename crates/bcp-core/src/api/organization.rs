//! 事業所: register and edit the installation's own organisation.

use super::{ApiError, timestamp};
use crate::organization::{Organization, OrganizationDraft, OrganizationError, validate};
use crate::region::Place;
use crate::store::Store;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// The organisation with where it is (derived from its municipality, never stored twice).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct OrganizationView {
    pub organization: Organization,
    pub place: Option<Place>,
}

pub fn get(store: &Store) -> Result<Option<OrganizationView>, ApiError> {
    let Some(organization) = store.organization()? else {
        return Ok(None);
    };
    let place = match &organization.municipality {
        Some(m) => store.regions()?.and_then(|master| master.place_of(m)),
        None => None,
    };
    Ok(Some(OrganizationView { organization, place }))
}

/// Saves the whole draft (creating the organisation on first use). A rejected draft changes nothing.
pub fn save(
    store: &mut Store,
    draft: OrganizationDraft,
    now: DateTime<Utc>,
) -> Result<OrganizationView, ApiError> {
    let draft = validate(draft)?;
    let place = match &draft.municipality {
        Some(m) => Some(
            store
                .regions()?
                .and_then(|master| master.place_of(m))
                .ok_or_else(|| OrganizationError::UnknownMunicipality(m.clone()))?,
        ),
        None => None,
    };
    store.save_organization(&draft, place.as_ref(), &timestamp(now))?;
    get(store)?.ok_or(ApiError::NoOrganization)
}
