//! The region master: 三次医療圏 (`TertiaryRegion`) → 二次医療圏 (`SecondaryRegion`) →
//! 在宅医療圏 (`HomeCareRegion`) → 市町村 (`Municipality`), with 所管保健所 and population.
//!
//! A master arrives as a region file ([`csv`]) and replaces the stored one as a whole. The seed in
//! `seeds/regions/` is loaded on first run through that same path.

pub mod csv;

use serde::{Deserialize, Serialize};

/// The seed loaded on first run. See `seeds/regions/README.md` for its source and repairs.
pub const SEED_FILE_NAME: &str = "hokkaido-zaitaku-iryoken.csv";
pub const SEED: &[u8] = include_bytes!("../../../../seeds/regions/hokkaido-zaitaku-iryoken.csv");

/// One row of a region file: a 在宅医療圏 with its place in the hierarchy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HomeCareRegionRow {
    pub prefecture: String,
    pub tertiary_region: String,
    pub secondary_region: String,
    pub home_care_region: String,
    pub health_center: String,
    pub municipalities: Vec<String>,
    pub population: u32,
}

/// A whole, checked region master.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegionMaster {
    /// Where it came from (file name), shown to users beside the data.
    pub source: String,
    pub rows: Vec<HomeCareRegionRow>,
}

/// The master as the UI browses it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct RegionTree {
    pub prefecture: String,
    pub source: String,
    pub tertiary_regions: Vec<TertiaryRegion>,
    pub totals: RegionTotals,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct TertiaryRegion {
    pub name: String,
    pub secondary_regions: Vec<SecondaryRegion>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SecondaryRegion {
    pub name: String,
    pub home_care_regions: Vec<HomeCareRegion>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct HomeCareRegion {
    pub name: String,
    /// Full name, e.g. 名寄保健所.
    pub health_center: String,
    pub population: u32,
    pub municipalities: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct RegionTotals {
    pub home_care_regions: u32,
    pub municipalities: u32,
    pub population: u32,
}

/// Where a municipality sits: what an organisation's address implies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Place {
    pub prefecture: String,
    pub municipality: String,
    pub home_care_region: String,
    pub secondary_region: String,
    pub tertiary_region: String,
    pub health_center: String,
}

impl RegionMaster {
    /// Groups the rows into the browsing tree, keeping the file's order at every level.
    pub fn tree(&self) -> RegionTree {
        let mut tertiary_regions: Vec<TertiaryRegion> = Vec::new();
        for row in &self.rows {
            let tertiary = match tertiary_regions.iter_mut().position(|t| t.name == row.tertiary_region) {
                Some(i) => &mut tertiary_regions[i],
                None => {
                    tertiary_regions.push(TertiaryRegion {
                        name: row.tertiary_region.clone(),
                        secondary_regions: vec![],
                    });
                    tertiary_regions.last_mut().expect("just pushed")
                }
            };
            let secondary =
                match tertiary.secondary_regions.iter_mut().position(|s| s.name == row.secondary_region) {
                    Some(i) => &mut tertiary.secondary_regions[i],
                    None => {
                        tertiary.secondary_regions.push(SecondaryRegion {
                            name: row.secondary_region.clone(),
                            home_care_regions: vec![],
                        });
                        tertiary.secondary_regions.last_mut().expect("just pushed")
                    }
                };
            secondary.home_care_regions.push(HomeCareRegion {
                name: row.home_care_region.clone(),
                health_center: health_center_name(&row.health_center),
                population: row.population,
                municipalities: row.municipalities.clone(),
            });
        }
        let prefectures: Vec<&str> = dedup(self.rows.iter().map(|r| r.prefecture.as_str()));
        RegionTree {
            prefecture: prefectures.join("・"),
            source: self.source.clone(),
            tertiary_regions,
            totals: self.totals(),
        }
    }

    pub fn totals(&self) -> RegionTotals {
        RegionTotals {
            home_care_regions: self.rows.len() as u32,
            municipalities: self.rows.iter().map(|r| r.municipalities.len() as u32).sum(),
            population: self.rows.iter().map(|r| r.population).sum(),
        }
    }

    /// The place of a municipality, if the master knows it.
    pub fn place_of(&self, municipality: &str) -> Option<Place> {
        let row = self.rows.iter().find(|r| r.municipalities.iter().any(|m| m == municipality))?;
        Some(Place {
            prefecture: row.prefecture.clone(),
            municipality: municipality.to_string(),
            home_care_region: row.home_care_region.clone(),
            secondary_region: row.secondary_region.clone(),
            tertiary_region: row.tertiary_region.clone(),
            health_center: health_center_name(&row.health_center),
        })
    }
}

/// The source tables print 保健所 by place name (「名寄」); people and documents say 「名寄保健所」.
fn health_center_name(short: &str) -> String {
    if short.ends_with("保健所") { short.to_string() } else { format!("{short}保健所") }
}

fn dedup<'a>(items: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut seen = Vec::new();
    for item in items {
        if !seen.contains(&item) {
            seen.push(item);
        }
    }
    seen
}
