//! The user's own 事業所 (`Organization`): what it is, where it is, who runs it.
//!
//! The UI edits an [`OrganizationDraft`] and saves it as it is typed. [`validate`] decides what may be
//! stored; an incomplete organisation (no address yet) is fine, a malformed one is not.

use serde::{Deserialize, Serialize};

/// 事業所の種別. The guide's requirements differ by kind (e.g. 訪問看護 since 2024, 在支診/在支病 by 2027-05-31).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, specta::Type)]
pub enum OrganizationKind {
    /// 在宅療養支援診療所
    ZaitakuClinic,
    /// 在宅療養支援病院
    ZaitakuHospital,
    /// 無床診療所
    Clinic,
    /// 訪問看護ステーション
    NursingStation,
    /// 在宅医療に必要な連携を担う拠点 (郡市医師会, municipality, hub clinic)
    CoordinationBase,
    /// その他
    Other,
}

impl OrganizationKind {
    pub const ALL: [OrganizationKind; 6] = [
        OrganizationKind::ZaitakuClinic,
        OrganizationKind::ZaitakuHospital,
        OrganizationKind::Clinic,
        OrganizationKind::NursingStation,
        OrganizationKind::CoordinationBase,
        OrganizationKind::Other,
    ];

    /// Stable code used in the database and on the command line.
    pub fn code(self) -> &'static str {
        match self {
            OrganizationKind::ZaitakuClinic => "zaitaku-clinic",
            OrganizationKind::ZaitakuHospital => "zaitaku-hospital",
            OrganizationKind::Clinic => "clinic",
            OrganizationKind::NursingStation => "nursing-station",
            OrganizationKind::CoordinationBase => "coordination-base",
            OrganizationKind::Other => "other",
        }
    }

    pub fn from_code(code: &str) -> Option<OrganizationKind> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }

    /// The Japanese name printed on documents.
    pub fn label_ja(self) -> &'static str {
        match self {
            OrganizationKind::ZaitakuClinic => "在宅療養支援診療所",
            OrganizationKind::ZaitakuHospital => "在宅療養支援病院",
            OrganizationKind::Clinic => "無床診療所",
            OrganizationKind::NursingStation => "訪問看護ステーション",
            OrganizationKind::CoordinationBase => "在宅医療の連携拠点",
            OrganizationKind::Other => "その他",
        }
    }

    pub fn label_en(self) -> &'static str {
        match self {
            OrganizationKind::ZaitakuClinic => "Home-care support clinic",
            OrganizationKind::ZaitakuHospital => "Home-care support hospital",
            OrganizationKind::Clinic => "Clinic without beds",
            OrganizationKind::NursingStation => "Visiting-nurse station",
            OrganizationKind::CoordinationBase => "Home-care coordination base",
            OrganizationKind::Other => "Other",
        }
    }

    pub fn label(self, language: crate::settings::Language) -> &'static str {
        match language {
            crate::settings::Language::Ja => self.label_ja(),
            crate::settings::Language::En => self.label_en(),
        }
    }
}

/// What the user types. Every text field may be empty except `name`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct OrganizationDraft {
    pub kind: OrganizationKind,
    /// 事業所名
    pub name: String,
    /// 法人名
    pub corporation_name: String,
    pub address: String,
    /// 市町村 from the region master; its 在宅医療圏 and 二次医療圏 follow from it.
    pub municipality: Option<String>,
    pub phone: String,
    /// 管理者
    pub manager_name: String,
}

/// A stored organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Organization {
    pub kind: OrganizationKind,
    pub name: String,
    pub corporation_name: String,
    pub address: String,
    pub municipality: Option<String>,
    pub phone: String,
    pub manager_name: String,
    /// RFC 3339 (UTC) time of the last save.
    pub updated_at: String,
}

/// Which field of the draft is at fault.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DraftField {
    Name,
    CorporationName,
    Address,
    Municipality,
    Phone,
    ManagerName,
}

impl DraftField {
    /// The field's name as the UI knows it (camelCase, as in [`OrganizationDraft`]'s JSON).
    pub fn ui_name(self) -> &'static str {
        match self {
            DraftField::Name => "name",
            DraftField::CorporationName => "corporationName",
            DraftField::Address => "address",
            DraftField::Municipality => "municipality",
            DraftField::Phone => "phone",
            DraftField::ManagerName => "managerName",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OrganizationError {
    #[error("the organisation's name is empty")]
    NameRequired,
    #[error("{} is longer than {max} characters", .field.ui_name())]
    TooLong { field: DraftField, max: usize },
    #[error("{} contains a control character", .field.ui_name())]
    ControlCharacter { field: DraftField },
    #[error("phone number {0:?} has characters other than digits, spaces, hyphens, parentheses and +")]
    PhoneMalformed(String),
    #[error("municipality {0:?} is not in the region master")]
    UnknownMunicipality(String),
}

impl OrganizationError {
    pub fn field(&self) -> DraftField {
        match self {
            OrganizationError::NameRequired => DraftField::Name,
            OrganizationError::TooLong { field, .. } => *field,
            OrganizationError::ControlCharacter { field } => *field,
            OrganizationError::PhoneMalformed(_) => DraftField::Phone,
            OrganizationError::UnknownMunicipality(_) => DraftField::Municipality,
        }
    }
}

const MAX_NAME: usize = 200;
const MAX_ADDRESS: usize = 300;
const MAX_PHONE: usize = 40;

/// Checks a draft and returns it normalised (trimmed; full-width digits and hyphens in the phone
/// number made half-width, since staff type them either way). The municipality is checked against
/// the region master by the caller, which owns the store.
pub fn validate(draft: OrganizationDraft) -> Result<OrganizationDraft, OrganizationError> {
    let text = |field: DraftField, value: &str, max: usize| -> Result<String, OrganizationError> {
        let value = value.trim();
        if value.chars().any(char::is_control) {
            return Err(OrganizationError::ControlCharacter { field });
        }
        if value.chars().count() > max {
            return Err(OrganizationError::TooLong { field, max });
        }
        Ok(value.to_string())
    };
    let name = text(DraftField::Name, &draft.name, MAX_NAME)?;
    if name.is_empty() {
        return Err(OrganizationError::NameRequired);
    }
    let phone = normalise_phone(&text(DraftField::Phone, &draft.phone, MAX_PHONE)?)?;
    Ok(OrganizationDraft {
        kind: draft.kind,
        name,
        corporation_name: text(DraftField::CorporationName, &draft.corporation_name, MAX_NAME)?,
        address: text(DraftField::Address, &draft.address, MAX_ADDRESS)?,
        municipality: draft.municipality.map(|m| m.trim().to_string()).filter(|m| !m.is_empty()),
        phone,
        manager_name: text(DraftField::ManagerName, &draft.manager_name, MAX_NAME)?,
    })
}

fn normalise_phone(phone: &str) -> Result<String, OrganizationError> {
    let normalised: String = phone
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            'ー' | '－' | '‐' | '―' | '−' => '-',
            '（' => '(',
            '）' => ')',
            '＋' => '+',
            '　' => ' ',
            c => c,
        })
        .collect();
    let allowed = |c: char| c.is_ascii_digit() || matches!(c, '-' | ' ' | '(' | ')' | '+');
    if normalised.chars().all(allowed) {
        Ok(normalised)
    } else {
        Err(OrganizationError::PhoneMalformed(phone.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(name: &str, phone: &str) -> OrganizationDraft {
        OrganizationDraft {
            kind: OrganizationKind::NursingStation,
            name: name.into(),
            corporation_name: String::new(),
            address: String::new(),
            municipality: Some("  ".into()),
            phone: phone.into(),
            manager_name: String::new(),
        }
    }

    #[test]
    fn validation_table() {
        let long = "あ".repeat(201);
        /// (name typed, phone typed, Ok((stored name, stored phone)) or the field rejected)
        type Case<'a> = (&'a str, &'a str, Result<(&'a str, &'a str), DraftField>);
        let table: &[Case] = &[
            ("訪問看護ステーションさくら", "", Ok(("訪問看護ステーションさくら", ""))),
            ("  髙橋クリニック　", "０１６６－２２－１２３４", Ok(("髙橋クリニック", "0166-22-1234"))),
            ("", "", Err(DraftField::Name)),
            ("　 ", "", Err(DraftField::Name)),
            (&long, "", Err(DraftField::Name)),
            ("改行\nあり", "", Err(DraftField::Name)),
            ("さくら", "0166-22-1234 内線3", Err(DraftField::Phone)),
            ("さくら", "+81 (166) 22-1234", Ok(("さくら", "+81 (166) 22-1234"))),
        ];
        for (name, phone, want) in table {
            let got = validate(draft(name, phone));
            match (got, want) {
                (Ok(d), Ok((n, p))) => {
                    assert_eq!((d.name.as_str(), d.phone.as_str()), (*n, *p));
                    assert_eq!(d.municipality, None, "blank municipality means none chosen");
                }
                (Err(e), Err(field)) => assert_eq!(e.field(), *field, "{name:?}/{phone:?}: {e}"),
                (got, want) => panic!("{name:?}/{phone:?}: got {got:?}, want {want:?}"),
            }
        }
    }

    #[test]
    fn kind_codes_round_trip() {
        for kind in OrganizationKind::ALL {
            assert_eq!(OrganizationKind::from_code(kind.code()), Some(kind));
        }
        assert_eq!(OrganizationKind::from_code("hospital"), None);
    }
}
