//! 地域BCP on paper (first part): the region summary, members and their plan status, gaps, patients by
//! municipality with small counts hidden, capacity against need, and the agreements between members.

use super::flow::{Flow, TableSpec, frame_pages};
use super::fonts::{Fonts, Weight};
use super::layout::Layout;
use crate::regional::dashboard::{Counted, Dashboard, PlanStatus};

pub struct RegionalInput<'a> {
    pub base_name: &'a str,
    pub dashboard: &'a Dashboard,
    pub date_label: String,
}

fn columns(spec: &[(&str, f32)]) -> Vec<(String, f32)> {
    spec.iter().map(|(h, w)| (h.to_string(), *w)).collect()
}

fn shown(c: &Counted) -> String {
    c.value.map_or("1〜4（秘匿）".into(), |v| v.to_string())
}

fn status_ja(s: PlanStatus) -> &'static str {
    match s {
        PlanStatus::None => "未策定",
        PlanStatus::Draft => "作成中",
        PlanStatus::Fixed => "策定済",
        PlanStatus::ReviewOverdue => "見直し期限切れ",
    }
}

pub fn layout(input: &RegionalInput, fonts: &Fonts) -> Layout {
    let d = input.dashboard;
    let mut flow = Flow::new(fonts);
    flow.body_pt = 9.0;
    flow.table_pt = 8.0;
    flow.heading(&format!("地域BCP　{}", input.base_name), 1);
    flow.paragraph(
        &format!(
            "作成日：{}　対象：{}市町村　参加事業所：{}（取り込んだ計画ファイルによる）",
            input.date_label,
            d.municipalities.len(),
            d.members.len()
        ),
        0.0,
        Weight::Regular,
        None,
    );
    flow.paragraph(&format!("対象市町村：{}", d.municipalities.join("、")), 0.0, Weight::Regular, Some(8.0));

    flow.heading("1. 地域の概況", 2);
    let statuses: Vec<String> =
        d.by_status.iter().map(|s| format!("{} {}", status_ja(s.status), shown(&s.count))).collect();
    flow.item("・", &format!("計画の状況：{}", statuses.join("／")), 2.0);
    flow.item(
        "・",
        &format!(
            "人工呼吸器を使う患者：{}人　入院受入の協定による受入枠：{}人",
            shown(&d.ventilator_patients),
            shown(&d.admission_capacity)
        ),
        2.0,
    );
    let buckets = ["0〜24%", "25〜49%", "50〜74%", "75〜99%", "100%"];
    let completeness: Vec<String> =
        d.completeness_buckets.iter().zip(buckets).map(|(c, b)| format!("{b}：{}", shown(c))).collect();
    flow.item("・", &format!("必須項目の記入率の分布：{}", completeness.join("　")), 2.0);

    flow.heading("2. 参加事業所", 2);
    let rows = d
        .members
        .iter()
        .map(|m| {
            vec![
                m.name.clone(),
                format!("{}\n{}", m.kind.label_ja(), m.municipality.clone().unwrap_or_default()),
                status_ja(m.status).to_string(),
                m.revision.map_or("—".into(), |n| format!("第{n}版")),
                format!("{}%", m.completeness),
                m.next_review_due.clone().unwrap_or_default(),
            ]
        })
        .collect();
    flow.table(&TableSpec {
        columns: columns(&[
            ("事業所", 1.6),
            ("種別・市町村", 1.3),
            ("状況", 0.8),
            ("版", 0.5),
            ("記入率", 0.5),
            ("次回見直し", 0.9),
        ]),
        rows,
    });

    flow.heading("3. 空白と課題", 2);
    if d.without_provider.is_empty() {
        flow.item("・", "すべての市町村に計画のある事業所があります。", 2.0);
    } else {
        flow.item("・", &format!("計画のある事業所がない市町村：{}", d.without_provider.join("、")), 2.0);
    }
    for m in d.members.iter().filter(|m| matches!(m.status, PlanStatus::None | PlanStatus::ReviewOverdue)) {
        flow.item("・", &format!("{}：{}", m.name, status_ja(m.status)), 2.0);
    }

    flow.heading("4. 電源を要する患者（市町村 × 機器 × 区分）", 2);
    flow.paragraph(
        "1〜4人の欄と、合計から逆算できてしまう欄は秘匿しています。複数の事業所が同じ患者を数えている場合があります（ファイルは人数のみのため重複を除けません）。",
        0.0,
        Weight::Regular,
        Some(8.0),
    );
    let rows: Vec<Vec<String>> = d
        .patients
        .iter()
        .map(|c| {
            vec![
                c.municipality.clone(),
                c.device_class.map_or("その他".into(), |k| k.label_ja().to_string()),
                format!("{:?}", c.tier),
                shown(&c.count),
                c.count.members.len().to_string(),
            ]
        })
        .collect();
    if rows.is_empty() {
        flow.paragraph("患者の人数の記載はありません。", 0.0, Weight::Regular, None);
    } else {
        flow.table(&TableSpec {
            columns: columns(&[
                ("市町村", 1.0),
                ("機器", 1.4),
                ("区分", 0.4),
                ("人数", 0.8),
                ("報告事業所数", 0.8),
            ]),
            rows,
        });
    }

    flow.heading("5. 事業所間の協定", 2);
    let rows: Vec<Vec<String>> = d
        .agreements
        .iter()
        .map(|e| {
            vec![
                e.receiver.clone(),
                e.provider.clone(),
                e.kind.label_ja().to_string(),
                e.capacity.map_or("—".into(), |n| format!("{n}人")),
            ]
        })
        .collect();
    if rows.is_empty() {
        flow.paragraph("協定の記載はありません。", 0.0, Weight::Regular, None);
    } else {
        flow.table(&TableSpec {
            columns: columns(&[("支援を受ける", 1.5), ("支援する", 1.5), ("種類", 1.0), ("受入れ", 0.5)]),
            rows,
        });
    }
    let (mut pages, missing_glyphs) = flow.finish();
    frame_pages(&mut pages, fonts, input.base_name, "地域BCP　取扱注意", false);
    Layout { title: format!("地域BCP — {}", input.base_name), pages, missing_glyphs }
}
