//! The installation's own organisation (one row).

use super::{Store, StoreError};
use crate::organization::{Organization, OrganizationDraft, OrganizationKind};
use crate::region::Place;
use rusqlite::{OptionalExtension, params};

impl Store {
    pub fn organization(&self) -> Result<Option<Organization>, StoreError> {
        let row = self
            .conn
            .query_row(
                "SELECT kind, name, corporation_name, address, municipality_name, phone, manager_name, updated_at
                 FROM organization WHERE id = 1",
                [],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        Organization {
                            kind: OrganizationKind::Other, // replaced below once the code is checked
                            name: r.get(1)?,
                            corporation_name: r.get(2)?,
                            address: r.get(3)?,
                            municipality: r.get(4)?,
                            phone: r.get(5)?,
                            manager_name: r.get(6)?,
                            updated_at: r.get(7)?,
                        },
                    ))
                },
            )
            .optional()?;
        row.map(|(code, org)| {
            let kind = OrganizationKind::from_code(&code)
                .ok_or_else(|| StoreError::Corrupt(format!("unknown organisation kind {code:?}")))?;
            Ok(Organization { kind, ..org })
        })
        .transpose()
    }

    /// Inserts or updates the organisation. `place` is the municipality's place in the region
    /// master (checked by the caller); the foreign key is the backstop.
    pub fn save_organization(
        &mut self,
        draft: &OrganizationDraft,
        place: Option<&Place>,
        updated_at: &str,
    ) -> Result<(), StoreError> {
        let tx = self.conn.savepoint()?;
        tx.execute(
            "INSERT INTO organization (id, kind, name, corporation_name, address, municipality_prefecture,
                                       municipality_name, phone, manager_name, updated_at)
             VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
             ON CONFLICT (id) DO UPDATE SET
               kind = excluded.kind, name = excluded.name, corporation_name = excluded.corporation_name,
               address = excluded.address, municipality_prefecture = excluded.municipality_prefecture,
               municipality_name = excluded.municipality_name, phone = excluded.phone,
               manager_name = excluded.manager_name, updated_at = excluded.updated_at",
            params![
                draft.kind.code(),
                draft.name,
                draft.corporation_name,
                draft.address,
                place.map(|p| p.prefecture.as_str()),
                place.map(|p| p.municipality.as_str()),
                draft.phone,
                draft.manager_name,
                updated_at
            ],
        )?;
        tx.commit()?;
        Ok(())
    }
}
