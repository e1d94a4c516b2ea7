//! 地域BCP on paper (first part): the region summary, members and their plan status, gaps, patients by
//! municipality with small counts hidden, capacity against need, and the agreements between members.

use super::flow::{Flow, TableSpec, frame_pages};
use super::fonts::{Fonts, Weight};
use super::layout::Layout;
use crate::regional::dashboard::{Counted, Dashboard, PlanStatus};

pub struct RegionalInput<'a> {
    pub base_name: &'a str,
    pub dashboard: &'a Dashboard,
    /// The base's own plan answers (its 地域BCP step), if it has a plan.
    pub answers: Option<&'a crate::plan::Answers>,
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
                m.phone.clone(),
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
            ("種別・市町村", 1.2),
            ("電話", 0.9),
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
    base_section(&mut flow, input.answers);
    let (mut pages, missing_glyphs) = flow.finish();
    frame_pages(&mut pages, fonts, input.base_name, "地域BCP　取扱注意", false);
    Layout { title: format!("地域BCP — {}", input.base_name), pages, missing_glyphs }
}

const TASKS: [(&str, &str); 6] = [
    ("safety-check-split", "安否確認の分担"),
    ("home-visits", "自宅避難者の戸別訪問"),
    ("shelter-support", "避難所支援"),
    ("power", "電源・充電の提供"),
    ("admission", "受入調整"),
    ("other", "その他"),
];
const PHASES: [(&str, &str); 6] = [
    ("alert", "警戒"),
    ("hour-6", "〜6時間"),
    ("day-1", "〜1日"),
    ("day-3", "〜3日"),
    ("day-7", "〜1週間"),
    ("recovery", "復旧"),
];

/// The base's own decisions (guide step `regional-tasks`): meetings, channels, activation, and the
/// regional tasks as a task × phase matrix of who leads (and who supports).
fn base_section(flow: &mut Flow, answers: Option<&crate::plan::Answers>) {
    use serde_json::Value;
    flow.heading("6. 拠点の体制と地域の役割分担", 2);
    let get = |field: &str| answers.and_then(|a| a.get("regional-tasks", field));
    let text = |v: Option<&Value>| v.and_then(Value::as_str).map(str::trim).unwrap_or_default().to_string();
    let or_gap = |s: String| {
        if s.is_empty() {
            "（未記入：計画の「地域BCP：拠点の体制と地域の役割分担」で記入）".to_string()
        } else {
            s
        }
    };
    flow.paragraph("平時の会議体", 0.0, Weight::Bold, None);
    flow.paragraph(&or_gap(text(get("meetings"))), 2.0, Weight::Regular, None);
    flow.paragraph("地域BCPの発動の判断", 0.0, Weight::Bold, None);
    flow.paragraph(&or_gap(text(get("activation"))), 2.0, Weight::Regular, None);
    let rows: Vec<Vec<String>> = get("channels")
        .and_then(Value::as_array)
        .map(|rows| {
            rows.iter()
                .filter_map(Value::as_object)
                .map(|r| vec![text(r.get("channel")), text(r.get("purpose")), text(r.get("fallback"))])
                .collect()
        })
        .unwrap_or_default();
    flow.paragraph("災害時の連絡手段", 0.0, Weight::Bold, None);
    if rows.is_empty() {
        flow.paragraph(&or_gap(String::new()), 2.0, Weight::Regular, None);
    } else {
        flow.table(&TableSpec {
            columns: columns(&[("連絡手段", 1.5), ("使う場面", 1.5), ("代わり", 1.5)]),
            rows,
        });
    }
    let tasks: Vec<(String, String, String, String)> = get("tasks")
        .and_then(Value::as_array)
        .map(|rows| {
            rows.iter()
                .filter_map(Value::as_object)
                .map(|r| {
                    (text(r.get("task")), text(r.get("phase")), text(r.get("lead")), text(r.get("support")))
                })
                .collect()
        })
        .unwrap_or_default();
    flow.paragraph("地域の仕事と時期（主に担う／支える）", 0.0, Weight::Bold, None);
    if tasks.is_empty() {
        flow.paragraph(&or_gap(String::new()), 2.0, Weight::Regular, None);
        return;
    }
    let mut header = vec![("仕事", 1.1)];
    header.extend(PHASES.iter().map(|(_, label)| (*label, 1.0)));
    let rows = TASKS
        .iter()
        .filter(|(id, _)| tasks.iter().any(|t| t.0 == *id))
        .map(|(id, label)| {
            let mut row = vec![label.to_string()];
            for (phase, _) in PHASES {
                let cell: Vec<String> = tasks
                    .iter()
                    .filter(|t| t.0 == *id && t.1 == phase)
                    .map(|t| if t.3.is_empty() { t.2.clone() } else { format!("{}／{}", t.2, t.3) })
                    .collect();
                row.push(cell.join("\n"));
            }
            row
        })
        .collect();
    flow.table(&TableSpec { columns: columns(&header), rows });
}
