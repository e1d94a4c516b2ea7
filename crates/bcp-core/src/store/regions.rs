//! Rows of the region master.

use super::{Store, StoreError};
use crate::region::{HomeCareRegionRow, RegionMaster};
use rusqlite::params;

impl Store {
    /// Replaces the whole region master in one transaction. Foreign keys are checked at commit, so
    /// a master that drops the organisation's municipality is refused and nothing changes.
    pub fn replace_regions(&mut self, master: &RegionMaster, imported_at: &str) -> Result<(), StoreError> {
        let tx = self.conn.savepoint()?;
        tx.pragma_update(None, "defer_foreign_keys", true)?;
        tx.execute("DELETE FROM municipality", [])?;
        tx.execute("DELETE FROM home_care_region", [])?;
        {
            let mut region = tx.prepare(
                "INSERT INTO home_care_region (position, prefecture, tertiary_region, secondary_region, name, health_center, population)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?;
            let mut municipality = tx.prepare(
                "INSERT INTO municipality (prefecture, name, home_care_region, position) VALUES (?1, ?2, ?3, ?4)",
            )?;
            for (i, row) in master.rows.iter().enumerate() {
                region.execute(params![
                    i as i64,
                    row.prefecture,
                    row.tertiary_region,
                    row.secondary_region,
                    row.home_care_region,
                    row.health_center,
                    row.population
                ])?;
                for (j, name) in row.municipalities.iter().enumerate() {
                    municipality.execute(params![row.prefecture, name, row.home_care_region, j as i64])?;
                }
            }
        }
        tx.execute(
            "INSERT INTO region_source (id, source, imported_at) VALUES (1, ?1, ?2)
             ON CONFLICT (id) DO UPDATE SET source = excluded.source, imported_at = excluded.imported_at",
            params![master.source, imported_at],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// The stored master, or `None` before the first import.
    pub fn regions(&self) -> Result<Option<RegionMaster>, StoreError> {
        let source: Option<String> =
            match self.conn.query_row("SELECT source FROM region_source WHERE id = 1", [], |r| r.get(0)) {
                Ok(s) => Some(s),
                Err(rusqlite::Error::QueryReturnedNoRows) => None,
                Err(e) => return Err(e.into()),
            };
        let Some(source) = source else {
            return Ok(None);
        };
        let mut stmt = self.conn.prepare(
            "SELECT r.prefecture, r.tertiary_region, r.secondary_region, r.name, r.health_center, r.population,
                    m.name
             FROM home_care_region r JOIN municipality m
               ON m.prefecture = r.prefecture AND m.home_care_region = r.name
             ORDER BY r.position, m.position",
        )?;
        let mut rows: Vec<HomeCareRegionRow> = Vec::new();
        let mut query = stmt.query([])?;
        while let Some(r) = query.next()? {
            let (prefecture, name): (String, String) = (r.get(0)?, r.get(3)?);
            let municipality: String = r.get(6)?;
            match rows.last_mut() {
                Some(last) if last.prefecture == prefecture && last.home_care_region == name => {
                    last.municipalities.push(municipality)
                }
                _ => rows.push(HomeCareRegionRow {
                    prefecture,
                    tertiary_region: r.get(1)?,
                    secondary_region: r.get(2)?,
                    home_care_region: name,
                    health_center: r.get(4)?,
                    population: r.get(5)?,
                    municipalities: vec![municipality],
                }),
            }
        }
        Ok(Some(RegionMaster { source, rows }))
    }
}
