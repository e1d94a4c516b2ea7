//! The region at a glance. Pure: the region's municipalities, the members' current files, the guide and
//! `today` come in; numbers with their reasons (the member files behind each) go out.

use super::suppress::{hidden, hidden_totals};
use crate::exchange::content::ExchangeContent;
use crate::exchange::keys::Fingerprint;
use crate::guide::Guide;
use crate::link::{AgreementKind, Direction};
use crate::organization::OrganizationKind;
use crate::patient::DeviceClass;
use crate::patient::priority::Tier;
use crate::plan::progress::progress;
use chrono::NaiveDate;
use serde::Serialize;

/// One member's current file.
pub struct Member<'a> {
    pub fingerprint: &'a Fingerprint,
    pub content: &'a ExchangeContent,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum PlanStatus {
    /// 未策定: no plan in the file.
    None,
    /// 作成中: started, never fixed.
    Draft,
    /// 策定済
    Fixed,
    /// 見直し期限切れ: fixed, but the next review date has passed.
    ReviewOverdue,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct MemberRow {
    pub fingerprint: Fingerprint,
    pub name: String,
    pub kind: OrganizationKind,
    pub municipality: Option<String>,
    /// The member's own telephone (from its plan file): the regional contact list.
    pub phone: String,
    pub status: PlanStatus,
    /// Required items answered, 0–100 (the guide's own tally for the member's kind and scope).
    pub completeness: u32,
    pub revision: Option<u32>,
    pub next_review_due: Option<String>,
}

/// A number and the member files it was counted from (for drilling down).
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Counted {
    /// `None` when hidden (1–4, or a cell that would reveal one).
    pub value: Option<u32>,
    pub members: Vec<Fingerprint>,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct PatientCell {
    pub municipality: String,
    pub device_class: Option<DeviceClass>,
    pub tier: Tier,
    pub count: Counted,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct StatusCount {
    pub status: PlanStatus,
    pub count: Counted,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Edge {
    pub provider: String,
    pub receiver: String,
    pub kind: AgreementKind,
    pub capacity: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Dashboard {
    pub municipalities: Vec<String>,
    pub members: Vec<MemberRow>,
    pub by_status: Vec<StatusCount>,
    /// Members by completeness: 0–24, 25–49, 50–74, 75–99, 100 %.
    pub completeness_buckets: Vec<Counted>,
    /// Municipalities of the region where no member is located.
    pub without_provider: Vec<String>,
    pub patients: Vec<PatientCell>,
    /// Per municipality, all devices and tiers (hidden when 1–4).
    pub patients_by_municipality: Vec<(String, Counted)>,
    /// Patients on a ventilator (invasive or NPPV) in the region: the need for power and admission.
    pub ventilator_patients: Counted,
    /// Admission places members' agreements offer (入院受入, provided by a member or its partner).
    pub admission_capacity: Counted,
    pub agreements: Vec<Edge>,
}

fn status(content: &ExchangeContent, today: NaiveDate) -> (PlanStatus, Option<String>) {
    let Some(plan) = &content.plan else { return (PlanStatus::None, None) };
    if plan.revision.is_none() {
        return (PlanStatus::Draft, None);
    }
    let due = plan.history.last().and_then(|r| r.next_review_due.clone());
    let overdue =
        due.as_deref().and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()).is_some_and(|d| d < today);
    (if overdue { PlanStatus::ReviewOverdue } else { PlanStatus::Fixed }, due)
}

fn counted(value: u32, members: Vec<Fingerprint>) -> Counted {
    Counted { value: Some(value), members }
}

/// (municipality, device, tier, patients, member files) before suppression.
type Tally = (String, Option<DeviceClass>, Tier, u32, Vec<Fingerprint>);

pub fn dashboard(
    municipalities: &[String],
    members: &[Member],
    guide: &Guide,
    today: NaiveDate,
) -> Dashboard {
    let rows: Vec<MemberRow> = members
        .iter()
        .map(|m| {
            let o = &m.content.organization;
            let (status, next_review_due) = status(m.content, today);
            let completeness = m.content.plan.as_ref().map_or(0, |p| {
                progress(guide, o.kind, p.snapshot.scope.hazards(), &p.snapshot.answers).required.percent()
            });
            MemberRow {
                fingerprint: m.fingerprint.clone(),
                name: o.name.clone(),
                kind: o.kind,
                municipality: o.municipality.clone(),
                phone: o.phone.clone(),
                status,
                completeness,
                revision: m.content.plan.as_ref().and_then(|p| p.revision),
                next_review_due,
            }
        })
        .collect();
    let who = |f: &dyn Fn(&MemberRow) -> bool| -> Vec<Fingerprint> {
        rows.iter().filter(|r| f(r)).map(|r| r.fingerprint.clone()).collect()
    };
    let by_status = [PlanStatus::None, PlanStatus::Draft, PlanStatus::Fixed, PlanStatus::ReviewOverdue]
        .into_iter()
        .map(|status| {
            let members = who(&|r| r.status == status);
            StatusCount { status, count: counted(members.len() as u32, members) }
        })
        .collect();
    let completeness_buckets = [(0, 24), (25, 49), (50, 74), (75, 99), (100, 100)]
        .into_iter()
        .map(|(lo, hi)| {
            let members = who(&|r| (lo..=hi).contains(&r.completeness));
            counted(members.len() as u32, members)
        })
        .collect();
    let without_provider = municipalities
        .iter()
        .filter(|m| !rows.iter().any(|r| r.municipality.as_ref() == Some(*m)))
        .cloned()
        .collect();

    // Patients living in the region, summed over members (a patient served by two members counts twice:
    // the files carry counts only, so nobody can tell; said in the report).
    let mut cells: Vec<Tally> = Vec::new();
    for m in members {
        for c in &m.content.patient_counts {
            let Some(place) = c.municipality.as_ref().filter(|p| municipalities.contains(p)) else {
                continue;
            };
            match cells.iter_mut().find(|x| (&x.0, x.1, x.2) == (place, c.device_class, c.tier)) {
                Some(x) => {
                    x.3 += c.count;
                    if !x.4.contains(m.fingerprint) {
                        x.4.push(m.fingerprint.clone());
                    }
                }
                None => {
                    cells.push((place.clone(), c.device_class, c.tier, c.count, vec![m.fingerprint.clone()]))
                }
            }
        }
    }
    cells.sort_by(|a, b| {
        let pos = |m: &String| municipalities.iter().position(|x| x == m);
        (pos(&a.0), format!("{:?}", a.1), a.2).cmp(&(pos(&b.0), format!("{:?}", b.1), b.2))
    });
    let values: Vec<u32> = cells.iter().map(|c| c.3).collect();
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for m in municipalities {
        groups.push((0..cells.len()).filter(|i| &cells[*i].0 == m).collect());
    }
    let mut kinds: Vec<(Option<DeviceClass>, Tier)> = Vec::new();
    for c in &cells {
        if !kinds.contains(&(c.1, c.2)) {
            kinds.push((c.1, c.2));
        }
    }
    for k in &kinds {
        groups.push((0..cells.len()).filter(|i| (cells[*i].1, cells[*i].2) == *k).collect());
    }
    let hide = hidden(&values, &groups);
    let patients = cells
        .iter()
        .zip(&hide)
        .map(|(c, h)| PatientCell {
            municipality: c.0.clone(),
            device_class: c.1,
            tier: c.2,
            count: Counted { value: if *h { None } else { Some(c.3) }, members: c.4.clone() },
        })
        .collect();
    // A total is hidden like a cell, and also when exactly one of its cells is hidden.
    let total_of = |filter: &dyn Fn(&Tally) -> bool| {
        let group: Vec<usize> = (0..cells.len()).filter(|i| filter(&cells[*i])).collect();
        let conceal = hidden_totals(&values, std::slice::from_ref(&group), &hide)[0];
        let value: u32 = group.iter().map(|i| cells[*i].3).sum();
        let mut members: Vec<Fingerprint> = group.iter().flat_map(|i| cells[*i].4.clone()).collect();
        members.sort_by(|a, b| a.0.cmp(&b.0));
        members.dedup();
        Counted { value: if conceal { None } else { Some(value) }, members }
    };
    let patients_by_municipality =
        municipalities.iter().map(|m| (m.clone(), total_of(&|c| &c.0 == m))).collect();
    let ventilator_patients =
        total_of(&|c| matches!(c.1, Some(DeviceClass::InvasiveVentilator) | Some(DeviceClass::Nppv)));

    let name_of = |content: &ExchangeContent, partner_id: &str| {
        content
            .partners
            .iter()
            .find(|p| p.id == partner_id)
            .map_or(partner_id.to_string(), |p| p.name.clone())
    };
    let mut agreements = Vec::new();
    let mut admission = 0;
    let mut admission_members = Vec::new();
    for m in members {
        let me = &m.content.organization.name;
        for a in &m.content.agreements {
            let partner = name_of(m.content, &a.partner_id);
            let (provider, receiver) = match a.direction {
                Direction::WeProvide => (me.clone(), partner),
                Direction::TheyProvide | Direction::Mutual => (partner, me.clone()),
            };
            if a.kind == AgreementKind::Admission && a.direction != Direction::WeProvide {
                admission += a.capacity_patients.unwrap_or(0);
                admission_members.push(m.fingerprint.clone());
            }
            agreements.push(Edge { provider, receiver, kind: a.kind, capacity: a.capacity_patients });
        }
    }
    Dashboard {
        municipalities: municipalities.to_vec(),
        members: rows,
        by_status,
        completeness_buckets,
        without_provider,
        patients,
        patients_by_municipality,
        ventilator_patients,
        admission_capacity: counted(admission, admission_members),
        agreements,
    }
}
