//! 連携型BCP on paper: the members (this organisation and the partners whose files were imported),
//! the agreements and whether the other side records them too, the members' activation criteria on
//! the shared levels (レベル1〜3 of the guide), each member's service level over time, contact cards,
//! and the open issues the checks found.

use super::flow::{Flow, TableSpec, frame_pages};
use super::fonts::{Fonts, Weight};
use super::layout::Layout;
use crate::api::exchange::LinkView;
use crate::exchange::content::{ExchangeContent, SharedOrganization};

fn org(c: &ExchangeContent) -> &SharedOrganization {
    &c.organization
}
use crate::exchange::keys::Fingerprint;
use crate::link::{AgreementKind, Direction};
use serde_json::Value;

pub struct ConnectedInput<'a> {
    /// This organisation, shaped as in its own exchange file.
    pub ours: &'a ExchangeContent,
    pub our_fingerprint: &'a Fingerprint,
    pub view: &'a LinkView,
    pub date_label: String,
}

fn columns(spec: &[(&str, f32)]) -> Vec<(String, f32)> {
    spec.iter().map(|(h, w)| (h.to_string(), *w)).collect()
}

fn version(content: &ExchangeContent) -> String {
    match &content.plan {
        None => "計画なし".into(),
        Some(p) => match (p.revision, &p.revised_on) {
            (Some(n), Some(on)) => format!("第{n}版（{on}）"),
            (Some(n), None) => format!("第{n}版"),
            _ => "未確定（作成中）".into(),
        },
    }
}

fn text(v: Option<&Value>) -> String {
    v.and_then(Value::as_str).map(str::trim).unwrap_or_default().to_string()
}

/// (level id, hazard, trigger) rows of the member's 発動基準.
fn criteria(content: &ExchangeContent) -> Vec<(String, String, String)> {
    let rows = content.plan.as_ref().and_then(|p| p.snapshot.answers.get("activation", "criteria"));
    rows.and_then(Value::as_array)
        .map(|rows| {
            rows.iter()
                .filter_map(Value::as_object)
                .map(|r| (text(r.get("level")), text(r.get("hazard")), text(r.get("trigger"))))
                .filter(|(level, _, trigger)| !level.is_empty() || !trigger.is_empty())
                .collect()
        })
        .unwrap_or_default()
}

const PHASES: [(&str, &str); 4] =
    [("hour-6", "発災〜6時間"), ("day-1", "〜1日"), ("day-3", "〜3日"), ("day-7", "〜1週間")];

fn service_levels(content: &ExchangeContent) -> Vec<String> {
    let row = content
        .plan
        .as_ref()
        .and_then(|p| p.snapshot.answers.get("continuity-timeline", "timeline"))
        .and_then(|m| m.get("service-level"));
    PHASES.iter().map(|(id, _)| text(row.and_then(|r| r.get(*id)))).collect()
}

fn hazard_ja(id: &str) -> &str {
    match id {
        "earthquake" => "地震",
        "storm-flood" => "風水害",
        "blackout" => "停電",
        "infection" => "感染症",
        "other" => "その他",
        other => other,
    }
}

/// Rows of the coverage table: each (receiver, provider, kind) once, with whether both plans record it.
fn coverage(members: &[(&ExchangeContent, String)], our_fingerprint: &Fingerprint) -> Vec<Vec<String>> {
    let fingerprint_of = |i: usize| if i == 0 { our_fingerprint.0.clone() } else { members[i].1.clone() };
    let member_with = |f: &Fingerprint| (0..members.len()).find(|i| fingerprint_of(*i) == f.0);
    // (receiver, provider, kind) → (areas and devices, capacity, declared by receiver, declared by provider)
    type Key = (usize, usize, AgreementKind);
    let mut found: Vec<(Key, String, Option<u32>, bool, bool)> = Vec::new();
    for (i, (content, _)) in members.iter().enumerate() {
        for a in &content.agreements {
            let Some(j) = content
                .partners
                .iter()
                .find(|p| p.id == a.partner_id)
                .and_then(|p| p.fingerprint.as_ref())
                .and_then(member_with)
            else {
                continue;
            };
            let pairs: Vec<(usize, usize)> = match a.direction {
                Direction::WeProvide => vec![(j, i)],
                Direction::TheyProvide => vec![(i, j)],
                Direction::Mutual => vec![(i, j), (j, i)],
            };
            let scope = [
                a.areas.join("・"),
                a.device_classes.iter().map(|d| d.label_ja()).collect::<Vec<_>>().join("・"),
            ]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("\n");
            for (receiver, provider) in pairs {
                let key = (receiver, provider, a.kind);
                let by_receiver = i == receiver;
                match found.iter_mut().find(|f| f.0 == key) {
                    Some(f) => {
                        f.3 |= by_receiver;
                        f.4 |= !by_receiver;
                        if f.1.is_empty() {
                            f.1 = scope.clone();
                        }
                    }
                    None => found.push((key, scope.clone(), a.capacity_patients, by_receiver, !by_receiver)),
                }
            }
        }
    }
    found
        .into_iter()
        .map(|((receiver, provider, kind), scope, capacity, by_receiver, by_provider)| {
            vec![
                org(members[receiver].0).name.clone(),
                org(members[provider].0).name.clone(),
                kind.label_ja().to_string(),
                if scope.is_empty() { "（全域）".into() } else { scope },
                capacity.map_or("—".into(), |n| format!("{n}人")),
                match (by_receiver, by_provider) {
                    (true, true) => "双方".into(),
                    (true, false) => "受ける側のみ".into(),
                    _ => "支える側のみ".into(),
                },
            ]
        })
        .collect()
}

pub fn layout(input: &ConnectedInput, fonts: &Fonts) -> Layout {
    let mut members: Vec<(&ExchangeContent, String)> = vec![(input.ours, "（自事業所）".into())];
    for r in &input.view.remote_plans {
        members.push((&r.content, r.fingerprint.0.clone()));
    }
    let mut flow = Flow::new(fonts);
    flow.body_pt = 9.0;
    flow.table_pt = 8.0;
    flow.heading(&format!("連携型BCP　{}と連携先", input.ours.organization.name), 1);
    flow.paragraph(
        &format!(
            "印刷日：{}　構成：{}事業所（取り込んだ連携先の計画ファイルによる）",
            input.date_label,
            members.len()
        ),
        0.0,
        Weight::Regular,
        None,
    );

    flow.heading("1. 構成事業所", 2);
    let rows = members
        .iter()
        .map(|(c, fingerprint)| {
            let o = org(c);
            let patients: u32 = c.patient_counts.iter().map(|p| p.count).sum();
            vec![
                o.name.clone(),
                format!("{}\n{}", o.kind.label_ja(), o.municipality.clone().unwrap_or_default()),
                o.phone.clone(),
                version(c),
                format!("{patients}人"),
                fingerprint.clone(),
            ]
        })
        .collect();
    flow.table(&TableSpec {
        columns: columns(&[
            ("事業所", 1.5),
            ("種別・市町村", 1.2),
            ("電話", 1.0),
            ("計画の版", 1.0),
            ("電源を要する患者", 0.7),
            ("鍵の指紋", 1.4),
        ]),
        rows,
    });

    flow.heading("2. 協定", 2);
    let partner_name =
        |id: &str| input.view.partners.iter().find(|p| p.id == id).map_or(id.to_string(), |p| p.name.clone());
    let rows: Vec<Vec<String>> = input
        .view
        .agreements
        .iter()
        .map(|a| {
            let direction = match a.direction {
                Direction::WeProvide => "当方が提供",
                Direction::TheyProvide => "相手が提供",
                Direction::Mutual => "相互",
            };
            let validity = format!(
                "{}〜{}",
                a.valid_from.clone().unwrap_or_default(),
                a.valid_until.clone().unwrap_or_else(|| "（期限なし）".into())
            );
            vec![
                partner_name(&a.partner_id),
                format!("{}（{direction}）", a.kind.label_ja()),
                a.trigger.clone(),
                a.capacity_patients.map_or("—".into(), |n| format!("{n}人")),
                validity,
            ]
        })
        .collect();
    if rows.is_empty() {
        flow.paragraph("協定はまだ登録されていません。", 0.0, Weight::Regular, None);
    } else {
        flow.table(&TableSpec {
            columns: columns(&[
                ("連携先", 1.4),
                ("種類", 1.3),
                ("発動基準", 1.4),
                ("受入れ", 0.6),
                ("有効期間", 1.3),
            ]),
            rows,
        });
    }

    flow.heading("3. 支援の範囲（誰が誰を支えるか）", 2);
    let coverage = coverage(&members, input.our_fingerprint);
    if coverage.is_empty() {
        flow.paragraph("構成事業所どうしの協定はまだありません。", 0.0, Weight::Regular, None);
    } else {
        flow.table(&TableSpec {
            columns: columns(&[
                ("支援を受ける", 1.3),
                ("支援する", 1.3),
                ("種類", 0.9),
                ("地域・機器", 1.5),
                ("受入れ", 0.5),
                ("記載", 0.8),
            ]),
            rows: coverage,
        });
    }

    flow.heading("4. 共通の発動レベルと各事業所の基準", 2);
    flow.paragraph(
        "各事業所の計画の「発動基準」を、手引きの共通レベル（レベル1 注意／レベル2 警戒／レベル3 発動）に並べたものです。",
        0.0,
        Weight::Regular,
        Some(8.0),
    );
    for (level, label) in [("level1", "レベル1 注意"), ("level2", "レベル2 警戒"), ("level3", "レベル3 発動")]
    {
        let rows: Vec<Vec<String>> = members
            .iter()
            .flat_map(|(c, _)| {
                criteria(c)
                    .into_iter()
                    .filter(|(l, _, _)| l == level)
                    .map(|(_, hazard, trigger)| {
                        vec![org(c).name.clone(), hazard_ja(&hazard).to_string(), trigger]
                    })
                    .collect::<Vec<_>>()
            })
            .collect();
        flow.paragraph(label, 0.0, Weight::Bold, None);
        if rows.is_empty() {
            flow.paragraph("（どの事業所も記載なし）", 2.0, Weight::Regular, None);
        } else {
            flow.table(&TableSpec {
                columns: columns(&[("事業所", 1.4), ("災害", 0.6), ("発動の目安", 3.0)]),
                rows,
            });
        }
    }

    flow.heading("5. 時系列の業務の水準（事業所 × 時期）", 2);
    let mut header = vec![("事業所", 1.2)];
    header.extend(PHASES.iter().map(|(_, label)| (*label, 1.2)));
    let rows = members
        .iter()
        .map(|(c, _)| {
            let mut row = vec![org(c).name.clone()];
            row.extend(
                service_levels(c).into_iter().map(|s| if s.is_empty() { "（未記入）".into() } else { s }),
            );
            row
        })
        .collect();
    flow.table(&TableSpec { columns: columns(&header), rows });

    flow.heading("6. 連絡先カード", 2);
    for p in &input.view.partners {
        let fingerprint = p.fingerprint.as_ref().map_or("指紋未確認".to_string(), |f| f.0.clone());
        flow.item(
            "■",
            &format!(
                "{}（{}）　24時間：{}　担当：{}　指紋：{fingerprint}",
                p.name,
                p.kind.label_ja(),
                p.phone_24h,
                if p.contact_person.is_empty() { "—" } else { &p.contact_person }
            ),
            0.0,
        );
    }

    flow.heading("7. 未解決の課題（点検結果）", 2);
    if input.view.findings.is_empty() {
        flow.paragraph("取り込んだ計画との食い違いは見つかりませんでした。", 0.0, Weight::Regular, None);
    }
    for f in &input.view.findings {
        flow.item("・", &f.text_ja, 2.0);
    }
    let (mut pages, missing_glyphs) = flow.finish();
    frame_pages(&mut pages, fonts, &input.ours.organization.name, "連携型BCP", false);
    Layout { title: format!("連携型BCP — {}", input.ours.organization.name), pages, missing_glyphs }
}
