//! 連携型BCP (`Link`): the organisation's partners (連携先) and its agreements (協定) with them, and the
//! checks across partners' plans once their exchange files are imported ([`checks`]).

pub mod checks;

use crate::exchange::keys::Fingerprint;
use crate::patient::DeviceClass;
use serde::{Deserialize, Serialize};

/// 連携先の種別.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum PartnerKind {
    /// 同種の事業所（訪問看護ステーション同士、診療所同士）
    SameKind,
    Clinic,
    /// 入院受入の病院
    Hospital,
    Pharmacy,
    /// 居宅介護支援事業所
    CareManagerOffice,
    Municipality,
    HealthCenter,
    CoordinationBase,
    DeviceVendor,
    OxygenSupplier,
    PowerCompany,
    Other,
}

impl PartnerKind {
    pub fn label_ja(self) -> &'static str {
        match self {
            PartnerKind::SameKind => "同種の事業所",
            PartnerKind::Clinic => "診療所",
            PartnerKind::Hospital => "病院（入院受入）",
            PartnerKind::Pharmacy => "薬局",
            PartnerKind::CareManagerOffice => "居宅介護支援事業所",
            PartnerKind::Municipality => "市町村",
            PartnerKind::HealthCenter => "保健所",
            PartnerKind::CoordinationBase => "在宅医療の連携拠点",
            PartnerKind::DeviceVendor => "医療機器業者",
            PartnerKind::OxygenSupplier => "酸素業者",
            PartnerKind::PowerCompany => "電力会社",
            PartnerKind::Other => "その他",
        }
    }
}

/// 連携先: one entry of the partner directory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Partner {
    /// Assigned by the directory (R001 …); empty in a new entry.
    #[serde(default)]
    pub id: String,
    pub name: String,
    pub kind: PartnerKind,
    /// 24時間つながる電話.
    pub phone_24h: String,
    #[serde(default)]
    pub contact_person: String,
    /// Set once the partner's exchange file was imported and its fingerprint confirmed by phone.
    #[serde(default)]
    pub fingerprint: Option<Fingerprint>,
    #[serde(default)]
    pub note: String,
}

/// 協定の種類 (glossary: `BackupVisits`, `Admission`, `Lending`, `InformationSharing`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum AgreementKind {
    /// 代行訪問
    BackupVisits,
    /// 入院受入
    Admission,
    /// 機器・電源の貸出
    Lending,
    /// 情報共有
    InformationSharing,
}

impl AgreementKind {
    pub fn label_ja(self) -> &'static str {
        match self {
            AgreementKind::BackupVisits => "代行訪問",
            AgreementKind::Admission => "入院受入",
            AgreementKind::Lending => "機器・電源の貸出",
            AgreementKind::InformationSharing => "情報共有",
        }
    }
}

/// Who gives the help the agreement is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum Direction {
    /// We help the partner.
    WeProvide,
    /// The partner helps us.
    TheyProvide,
    /// Each helps the other.
    Mutual,
}

impl Direction {
    /// The same agreement as the partner writes it down.
    pub fn mirrored(self) -> Direction {
        match self {
            Direction::WeProvide => Direction::TheyProvide,
            Direction::TheyProvide => Direction::WeProvide,
            Direction::Mutual => Direction::Mutual,
        }
    }
}

/// 協定.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Agreement {
    #[serde(default)]
    pub id: String,
    pub partner_id: String,
    pub kind: AgreementKind,
    pub direction: Direction,
    /// 発動レベル in words both sides use (e.g. 「震度6弱以上」「停電3時間以上」).
    #[serde(default)]
    pub trigger: String,
    /// Municipalities covered; empty = the partner's whole area.
    #[serde(default)]
    pub areas: Vec<String>,
    #[serde(default)]
    pub device_classes: Vec<DeviceClass>,
    /// How many patients the provider takes on (for 代行訪問 and 入院受入).
    pub capacity_patients: Option<u32>,
    #[serde(default)]
    pub consent_required: bool,
    #[serde(default)]
    pub billing_note: String,
    /// YYYY-MM-DD
    pub valid_from: Option<String>,
    pub valid_until: Option<String>,
    pub review_on: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LinkError {
    #[error("the partner's name is empty")]
    NameRequired,
    #[error("the partner's 24-hour phone is empty")]
    PhoneRequired,
    #[error("{0:?} is not a date (YYYY-MM-DD)")]
    BadDate(String),
    #[error("the agreement ends before it starts")]
    EndsBeforeStart,
    #[error("there is no partner {0:?}")]
    NoSuchPartner(String),
}

pub fn check_partner(p: &Partner) -> Result<(), LinkError> {
    if p.name.trim().is_empty() {
        return Err(LinkError::NameRequired);
    }
    if p.phone_24h.trim().is_empty() {
        return Err(LinkError::PhoneRequired);
    }
    Ok(())
}

fn date(s: &str) -> Result<chrono::NaiveDate, LinkError> {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| LinkError::BadDate(s.into()))
}

pub fn check_agreement(a: &Agreement, partners: &[Partner]) -> Result<(), LinkError> {
    if !partners.iter().any(|p| p.id == a.partner_id) {
        return Err(LinkError::NoSuchPartner(a.partner_id.clone()));
    }
    let from = a.valid_from.as_deref().map(date).transpose()?;
    let until = a.valid_until.as_deref().map(date).transpose()?;
    a.review_on.as_deref().map(date).transpose()?;
    if let (Some(from), Some(until)) = (from, until)
        && until < from
    {
        return Err(LinkError::EndsBeforeStart);
    }
    Ok(())
}
