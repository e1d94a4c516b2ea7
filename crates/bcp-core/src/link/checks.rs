//! 連携型BCPの点検: what does not fit between our plan and our partners' imported plans, each finding
//! with the reason in words. Pure: the plans and `today` come in, findings go out.

use super::{Agreement, AgreementKind, Direction, Partner, PartnerKind};
use crate::exchange::content::ExchangeContent;
use crate::exchange::keys::Fingerprint;
use chrono::NaiveDate;
use serde::Serialize;

/// Days before an agreement's end from which it is reported as ending soon.
pub const EXPIRING_DAYS: i64 = 60;

/// One organisation's side: its name, fingerprint and what it declared.
pub struct Side<'a> {
    pub name: &'a str,
    pub fingerprint: &'a Fingerprint,
    pub phone: &'a str,
    pub partners: &'a [Partner],
    pub agreements: &'a [Agreement],
}

impl<'a> Side<'a> {
    pub fn of(content: &'a ExchangeContent, fingerprint: &'a Fingerprint) -> Side<'a> {
        Side {
            name: &content.organization.name,
            fingerprint,
            phone: &content.organization.phone,
            partners: &content.partners,
            agreements: &content.agreements,
        }
    }

    fn partner_with(&self, fingerprint: &Fingerprint) -> Option<&Partner> {
        self.partners.iter().find(|p| p.fingerprint.as_ref() == Some(fingerprint))
    }

    /// The agreements this side has with the organisation `other`.
    fn agreements_with(&self, other: &Fingerprint) -> Vec<&Agreement> {
        match self.partner_with(other) {
            Some(p) => self.agreements.iter().filter(|a| a.partner_id == p.id).collect(),
            None => vec![],
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum Finding {
    /// `declared_by` lists an agreement the other side does not.
    OneSided {
        declared_by: String,
        other: String,
        agreement: AgreementKind,
        direction: Direction,
        /// Whether `other`'s plan lists `declared_by` with its key fingerprint at all.
        other_lists_declarer: bool,
    },
    /// `expects` counts on more patients than `provider` says it takes.
    CapacityOvercommitted {
        expects: String,
        provider: String,
        agreement: AgreementKind,
        expected: u32,
        declared: u32,
    },
    /// Our directory's phone for a partner differs from the phone in the partner's own plan.
    ContactDisagrees {
        holder: String,
        partner: String,
        listed: String,
        own: String,
    },
    /// Every member that names a partner of this kind names the same one: if it fails, all do.
    SinglePointOfFailure {
        partner_kind: PartnerKind,
        partner: String,
        members: Vec<String>,
    },
    /// Our patients on a life-critical device with no admission arranged, while no admission
    /// agreement exists either.
    NoReceivingHospital {
        patients: u32,
    },
    Expired {
        partner: String,
        agreement: AgreementKind,
        until: String,
    },
    EndingSoon {
        partner: String,
        agreement: AgreementKind,
        until: String,
    },
    ReviewOverdue {
        partner: String,
        agreement: AgreementKind,
        review_on: String,
    },
}

impl Finding {
    /// The reason as the connected-BCP screen and paper say it.
    pub fn text_ja(&self) -> String {
        match self {
            Finding::OneSided { declared_by, other, agreement, direction, other_lists_declarer } => {
                let who = match direction {
                    Direction::WeProvide => format!("{declared_by}が{other}に提供"),
                    Direction::TheyProvide => format!("{other}が{declared_by}に提供"),
                    Direction::Mutual => format!("{declared_by}と{other}の相互"),
                };
                let hint = if *other_lists_declarer {
                    String::new()
                } else {
                    format!(
                        "（{other}の計画には{declared_by}が鍵の指紋つきで登録されていません。ファイルを交換し、指紋を電話で確かめて登録してもらってください）"
                    )
                };
                format!(
                    "{}（{who}）の協定は{declared_by}の計画にだけあり、{other}の計画にはありません。双方の計画に同じ協定を記載してください。{hint}",
                    agreement.label_ja()
                )
            }
            Finding::CapacityOvercommitted { expects, provider, agreement, expected, declared } => format!(
                "{expects}は{provider}の{}で{expected}人の受入れを見込んでいますが、{provider}の計画では{declared}人です。",
                agreement.label_ja()
            ),
            Finding::ContactDisagrees { holder, partner, listed, own } => format!(
                "{holder}の連携先名簿にある「{partner}」の24時間連絡先（{listed}）が、{partner}自身の計画の電話（{own}）と一致しません。どちらが正しいか確かめてください。"
            ),
            Finding::SinglePointOfFailure { partner_kind, partner, members } => format!(
                "{}はすべて同じ{}（{partner}）を頼りにしています。そこが動けないと全員が同時に困ります。別の調達先も検討してください。",
                members.join("・"),
                partner_kind.label_ja()
            ),
            Finding::NoReceivingHospital { patients } => format!(
                "電源を要する患者{patients}人に停電時の入院先の取り決めがなく、入院受入の協定もありません。"
            ),
            Finding::Expired { partner, agreement, until } => {
                format!("「{partner}」との{}の協定は{until}で期限切れです。", agreement.label_ja())
            }
            Finding::EndingSoon { partner, agreement, until } => {
                format!(
                    "「{partner}」との{}の協定は{until}で期限を迎えます。更新を準備してください。",
                    agreement.label_ja()
                )
            }
            Finding::ReviewOverdue { partner, agreement, review_on } => {
                format!(
                    "「{partner}」との{}の協定は見直し期限（{review_on}）を過ぎています。",
                    agreement.label_ja()
                )
            }
        }
    }
}

fn phone_digits(p: &str) -> String {
    p.chars()
        .filter_map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - 0xFEE0),
            c if c.is_ascii_digit() => Some(c),
            _ => None,
        })
        .collect()
}

/// Partner kinds whose failure stops every member that depends on the same one.
const SHARED_SUPPLIERS: [PartnerKind; 3] =
    [PartnerKind::DeviceVendor, PartnerKind::OxygenSupplier, PartnerKind::Hospital];

fn folded(name: &str) -> String {
    name.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Members (two or more) that each name exactly one partner of a kind, the same one.
fn single_points(sides: &[&Side]) -> Vec<Finding> {
    let mut findings = Vec::new();
    for kind in SHARED_SUPPLIERS {
        let named: Vec<(&str, Vec<&Partner>)> = sides
            .iter()
            .map(|s| (s.name, s.partners.iter().filter(|p| p.kind == kind).collect::<Vec<_>>()))
            .filter(|(_, ps)| !ps.is_empty())
            .collect();
        if named.len() < 2 || named.iter().any(|(_, ps)| ps.len() != 1) {
            continue;
        }
        let first = folded(&named[0].1[0].name);
        if named.iter().all(|(_, ps)| folded(&ps[0].name) == first) {
            findings.push(Finding::SinglePointOfFailure {
                partner_kind: kind,
                partner: named[0].1[0].name.clone(),
                members: named.iter().map(|(n, _)| n.to_string()).collect(),
            });
        }
    }
    findings
}

/// One-sided agreements, capacities and contacts between two members, from both sides.
fn pair(x: &Side, y: &Side, findings: &mut Vec<Finding>) {
    let x_to_y = x.agreements_with(y.fingerprint);
    let y_to_x = y.agreements_with(x.fingerprint);
    let matches = |a: &Agreement, b: &Agreement| a.kind == b.kind && b.direction == a.direction.mirrored();
    let overcommitted =
        |expects: &Side, provider: &Side, kind, expected: Option<u32>, declared: Option<u32>| match (
            expected, declared,
        ) {
            (Some(expected), Some(declared)) if expected > declared => Some(Finding::CapacityOvercommitted {
                expects: expects.name.into(),
                provider: provider.name.into(),
                agreement: kind,
                expected,
                declared,
            }),
            _ => None,
        };
    for a in &x_to_y {
        match y_to_x.iter().find(|b| matches(a, b)) {
            None => findings.push(Finding::OneSided {
                declared_by: x.name.into(),
                other: y.name.into(),
                agreement: a.kind,
                direction: a.direction,
                other_lists_declarer: y.partner_with(x.fingerprint).is_some(),
            }),
            Some(b) => {
                if a.direction == Direction::TheyProvide {
                    findings.extend(overcommitted(x, y, a.kind, a.capacity_patients, b.capacity_patients));
                }
                if b.direction == Direction::TheyProvide {
                    findings.extend(overcommitted(y, x, b.kind, b.capacity_patients, a.capacity_patients));
                }
            }
        }
    }
    for b in &y_to_x {
        if !x_to_y.iter().any(|a| matches(a, b)) {
            findings.push(Finding::OneSided {
                declared_by: y.name.into(),
                other: x.name.into(),
                agreement: b.kind,
                direction: b.direction,
                other_lists_declarer: x.partner_with(y.fingerprint).is_some(),
            });
        }
    }
    for (holder, other) in [(x, y), (y, x)] {
        if let Some(p) = holder.partner_with(other.fingerprint)
            && !p.phone_24h.is_empty()
            && !other.phone.is_empty()
            && phone_digits(&p.phone_24h) != phone_digits(other.phone)
        {
            findings.push(Finding::ContactDisagrees {
                holder: holder.name.into(),
                partner: p.name.clone(),
                listed: p.phone_24h.clone(),
                own: other.phone.into(),
            });
        }
    }
}

/// Findings between `ours` and each imported partner plan (`theirs`), and about our own agreements'
/// dates. Deterministic: the order follows our agreements, then the partners' files.
/// `unarranged_patients`: our patients on a life-critical device without an admission arrangement.
pub fn check(ours: &Side, theirs: &[Side], today: NaiveDate, unarranged_patients: u32) -> Vec<Finding> {
    let mut findings = Vec::new();
    let has_admission = ours
        .agreements
        .iter()
        .any(|a| a.kind == AgreementKind::Admission && a.direction != Direction::WeProvide);
    if unarranged_patients > 0 && !has_admission {
        findings.push(Finding::NoReceivingHospital { patients: unarranged_patients });
    }
    let name_of =
        |id: &str| ours.partners.iter().find(|p| p.id == id).map_or(id.to_string(), |p| p.name.clone());
    for a in ours.agreements {
        let day =
            |s: &Option<String>| s.as_deref().and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        if let Some(until) = day(&a.valid_until) {
            let days = (until - today).num_days();
            let until = until.format("%Y-%m-%d").to_string();
            if days < 0 {
                findings.push(Finding::Expired { partner: name_of(&a.partner_id), agreement: a.kind, until });
            } else if days <= EXPIRING_DAYS {
                findings.push(Finding::EndingSoon {
                    partner: name_of(&a.partner_id),
                    agreement: a.kind,
                    until,
                });
            }
        }
        if let Some(review) = day(&a.review_on).filter(|r| *r < today) {
            findings.push(Finding::ReviewOverdue {
                partner: name_of(&a.partner_id),
                agreement: a.kind,
                review_on: review.format("%Y-%m-%d").to_string(),
            });
        }
    }
    for other in theirs {
        pair(ours, other, &mut findings);
    }
    // Partners' plans are checked against each other too: the group is everyone whose file we hold.
    for (i, x) in theirs.iter().enumerate() {
        for y in &theirs[i + 1..] {
            pair(x, y, &mut findings);
        }
    }
    let mut sides = vec![ours];
    sides.extend(theirs.iter());
    findings.extend(single_points(&sides));
    findings
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::PartnerKind;

    fn side<'a>(
        fingerprint: &'a Fingerprint,
        partners: &'a [Partner],
        agreements: &'a [Agreement],
    ) -> Side<'a> {
        Side { name: "なよろ", fingerprint, phone: "", partners, agreements }
    }

    fn agreement(valid_until: Option<&str>, review_on: Option<&str>) -> Agreement {
        Agreement {
            id: "A001".into(),
            partner_id: "R001".into(),
            kind: AgreementKind::Admission,
            direction: Direction::TheyProvide,
            trigger: String::new(),
            areas: vec![],
            device_classes: vec![],
            capacity_patients: None,
            consent_required: false,
            billing_note: String::new(),
            valid_from: None,
            valid_until: valid_until.map(Into::into),
            review_on: review_on.map(Into::into),
        }
    }

    type DateCase<'a> = (Option<&'a str>, Option<&'a str>, &'a [&'a str]);

    #[test]
    fn agreement_dates_are_checked_against_today() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let partners = [Partner {
            id: "R001".into(),
            name: "市立病院".into(),
            kind: PartnerKind::Hospital,
            phone_24h: "0165-00-0000".into(),
            contact_person: String::new(),
            fingerprint: None,
            note: String::new(),
        }];
        let cases: &[DateCase] = &[
            (None, None, &[]),
            (Some("2026-11-24"), None, &["Expired"]),
            (Some("2026-11-25"), None, &["EndingSoon"]),
            (Some("2027-01-24"), None, &["EndingSoon"]),
            (Some("2027-01-25"), None, &[]),
            (Some("2028-03-31"), Some("2026-11-24"), &["ReviewOverdue"]),
            (Some("2026-01-01"), Some("2025-12-01"), &["Expired", "ReviewOverdue"]),
        ];
        let fingerprint = Fingerprint("X".into());
        for (until, review, expected) in cases {
            let agreements = [agreement(*until, *review)];
            let found = check(&side(&fingerprint, &partners, &agreements), &[], today, 0);
            let kinds: Vec<String> =
                found.iter().map(|f| format!("{f:?}").split(' ').next().unwrap_or("").to_string()).collect();
            assert_eq!(kinds, *expected, "{until:?} {review:?}");
            for f in &found {
                assert!(f.text_ja().contains("市立病院"), "{}", f.text_ja());
            }
        }
    }
}
