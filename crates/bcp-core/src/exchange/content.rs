//! What an exchange file carries (its payload), version 1: the organisation, its plan as last fixed
//! (or the working copy when none is fixed yet), its partners and agreements, and its patients as
//! counts by municipality × device × tier. Names travel only in a file encrypted to one recipient,
//! and only for patients whose consent covers that recipient.

use crate::link::{Agreement, Partner, check_partner};
use crate::organization::OrganizationKind;
use crate::patient::DeviceClass;
use crate::patient::priority::Tier;
use crate::patient::record::PatientRecord;
use crate::plan::revision::{Revision, Snapshot};
use serde::{Deserialize, Serialize};

pub const CONTENT_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ExchangeContent {
    pub content_version: u32,
    pub organization: SharedOrganization,
    pub plan: Option<SharedPlan>,
    #[serde(default)]
    pub partners: Vec<Partner>,
    #[serde(default)]
    pub agreements: Vec<Agreement>,
    #[serde(default)]
    pub patient_counts: Vec<PatientCount>,
    /// Only in a file encrypted to its recipient, only with consent (or under `break_glass`).
    #[serde(default)]
    pub patients: Vec<PatientRecord>,
    /// Set when P0/P1 patients were named without consent during a declared disaster.
    #[serde(default)]
    pub break_glass: Option<BreakGlass>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BreakGlass {
    pub reason: String,
    /// When the outage or disaster declared by the sender began.
    pub outage_started_at: String,
    pub released_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SharedOrganization {
    pub kind: OrganizationKind,
    pub name: String,
    #[serde(default)]
    pub corporation_name: String,
    pub address: String,
    pub municipality: Option<String>,
    pub phone: String,
    pub manager_name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SharedPlan {
    /// 第n版, or `None` for a working copy never fixed.
    pub revision: Option<u32>,
    pub revised_on: Option<String>,
    pub snapshot: Snapshot,
    /// 改訂履歴 (reasons, approvers, review dates) up to `revision`.
    #[serde(default)]
    pub history: Vec<Revision>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PatientCount {
    pub municipality: Option<String>,
    /// The patient's main life-critical device, if any.
    pub device_class: Option<DeviceClass>,
    pub tier: Tier,
    pub count: u32,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ContentError {
    #[error("the content cannot be read: {0}")]
    Malformed(String),
    #[error("the content is version {0}; this app reads version {CONTENT_VERSION}")]
    UnsupportedVersion(u32),
    #[error("partner id {0:?} appears twice")]
    DuplicatePartner(String),
    #[error("agreement id {0:?} appears twice")]
    DuplicateAgreement(String),
    #[error("agreement {agreement:?} names partner {partner:?}, which the file does not have")]
    AgreementWithoutPartner { agreement: String, partner: String },
    #[error("partner {id:?}: {error}")]
    BadPartner { id: String, error: crate::link::LinkError },
    #[error("a file anyone can read carries patients' names")]
    NamesInPublicFile,
    #[error("the organisation's name is empty")]
    NoName,
}

impl ContentError {
    pub fn code(&self) -> &'static str {
        match self {
            ContentError::Malformed(_) => "contentMalformed",
            ContentError::UnsupportedVersion(_) => "unsupportedVersion",
            ContentError::DuplicatePartner(_) | ContentError::DuplicateAgreement(_) => "duplicateId",
            ContentError::AgreementWithoutPartner { .. } | ContentError::BadPartner { .. } => "inconsistent",
            ContentError::NamesInPublicFile => "namesInPublicFile",
            ContentError::NoName => "inconsistent",
        }
    }

    pub fn describe_ja(&self) -> String {
        match self {
            ContentError::Malformed(_) => "ファイルの内容を読めません。".into(),
            ContentError::UnsupportedVersion(v) => {
                format!(
                    "新しい版（内容の形式 {v}）のアプリで作られたファイルです。アプリを更新してください。"
                )
            }
            ContentError::DuplicatePartner(id) => format!("連携先ID「{id}」が重複しています。"),
            ContentError::DuplicateAgreement(id) => format!("協定ID「{id}」が重複しています。"),
            ContentError::AgreementWithoutPartner { agreement, partner } => {
                format!("協定「{agreement}」の連携先「{partner}」がファイルにありません。")
            }
            ContentError::BadPartner { id, .. } => {
                format!("連携先「{id}」の名称または24時間連絡先が空です。")
            }
            ContentError::NamesInPublicFile => {
                "暗号化されていないファイルに患者の氏名が含まれています。取り込みません。".into()
            }
            ContentError::NoName => "事業所名がありません。".into(),
        }
    }
}

/// Reads and checks a payload; `encrypted` says whether it came encrypted to us.
pub fn parse(payload: &[u8], encrypted: bool) -> Result<ExchangeContent, ContentError> {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Probe {
        content_version: Option<u32>,
    }
    // One pass when the file is what we expect; the version is probed only to explain a refusal
    // (the regional dashboard reads every member's file, and the probe had doubled that).
    let content = match serde_json::from_slice::<ExchangeContent>(payload) {
        Ok(content) if content.content_version == CONTENT_VERSION => content,
        parsed => {
            let probe: Probe =
                serde_json::from_slice(payload).map_err(|e| ContentError::Malformed(e.to_string()))?;
            return Err(match (probe.content_version, parsed) {
                (Some(v), _) if v != CONTENT_VERSION => ContentError::UnsupportedVersion(v),
                (None, _) => ContentError::Malformed("no contentVersion".into()),
                (_, Err(e)) => ContentError::Malformed(e.to_string()),
                (Some(v), Ok(_)) => ContentError::UnsupportedVersion(v),
            });
        }
    };
    check(&content, encrypted)?;
    Ok(content)
}

pub fn check(content: &ExchangeContent, encrypted: bool) -> Result<(), ContentError> {
    if content.organization.name.trim().is_empty() {
        return Err(ContentError::NoName);
    }
    let mut ids: Vec<&str> = Vec::new();
    for p in &content.partners {
        if ids.contains(&p.id.as_str()) {
            return Err(ContentError::DuplicatePartner(p.id.clone()));
        }
        ids.push(&p.id);
        check_partner(p).map_err(|error| ContentError::BadPartner { id: p.id.clone(), error })?;
    }
    let mut agreement_ids: Vec<&str> = Vec::new();
    for a in &content.agreements {
        if agreement_ids.contains(&a.id.as_str()) {
            return Err(ContentError::DuplicateAgreement(a.id.clone()));
        }
        agreement_ids.push(&a.id);
        if !ids.contains(&a.partner_id.as_str()) {
            return Err(ContentError::AgreementWithoutPartner {
                agreement: a.id.clone(),
                partner: a.partner_id.clone(),
            });
        }
    }
    if !encrypted && !content.patients.is_empty() {
        return Err(ContentError::NamesInPublicFile);
    }
    Ok(())
}
