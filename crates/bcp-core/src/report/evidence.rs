//! BCPの点検記録: the evidence for the inspector's four checks in one document — the plan (current
//! version, its dates and the obligations checklist), that staff were told (briefing records with a
//! signature column), drills (records, measured times, findings and their action items), and reviews
//! (the revision history with the drill findings each version took in).

use super::flow::{Flow, TableSpec, frame_pages};
use super::fonts::{Fonts, Weight};
use super::layout::Layout;
use crate::dates::wareki_with_iso;
use crate::drill::scenario;
use crate::drill::{ActionItem, Briefing, Drill};
use crate::plan::obligations::Obligation;
use crate::plan::revision::Revision;
use chrono::NaiveDate;

pub struct EvidenceInput<'a> {
    pub organization: &'a str,
    pub today: NaiveDate,
    /// 「第2版」「第3版（案）」「初版（未確定）」.
    pub version_label: String,
    pub history: &'a [Revision],
    pub obligations: &'a [Obligation],
    pub briefings: &'a [Briefing],
    /// Staff names from the plan's roster, for the blank signature sheet.
    pub staff: &'a [String],
    pub drills: &'a [Drill],
    pub action_items: &'a [ActionItem],
}

fn columns(spec: &[(&str, f32)]) -> Vec<(String, f32)> {
    spec.iter().map(|(h, w)| (h.to_string(), *w)).collect()
}

fn date(s: &str) -> String {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_or(s.to_string(), wareki_with_iso)
}

fn held(drills: &[Drill]) -> Vec<&Drill> {
    let mut held: Vec<&Drill> = drills.iter().filter(|d| d.result.is_some()).collect();
    held.sort_by(|a, b| {
        let on = |d: &Drill| d.result.as_ref().map(|r| r.held_on.clone()).unwrap_or_default();
        on(a).cmp(&on(b))
    });
    held
}

fn item_status(item: &ActionItem) -> String {
    match &item.closed {
        Some(c) => format!("第{}版で対応（{}）", c.revision, date(&c.closed_on)),
        None => "未完了".into(),
    }
}

fn four_checks(flow: &mut Flow, input: &EvidenceInput) {
    let latest = input.history.last();
    let last_briefing = input.briefings.iter().map(|b| b.held_on.as_str()).max();
    let drills = held(input.drills);
    let last_drill = drills.last().and_then(|d| d.result.as_ref()).map(|r| r.held_on.as_str());
    let year_ago = input.today.checked_sub_months(chrono::Months::new(12)).unwrap_or(input.today).to_string();
    let drills_in_year = drills
        .iter()
        .filter(|d| d.result.as_ref().is_some_and(|r| r.held_on.as_str() >= year_ago.as_str()))
        .count();
    let rows = vec![
        vec![
            "1. 計画の策定".into(),
            match latest {
                Some(r) => format!("{}（{}）", input.version_label, date(&r.revised_on)),
                None => "未確定".into(),
            },
            "下の「1 計画」と改訂履歴".into(),
        ],
        vec![
            "2. 職員への周知".into(),
            match last_briefing {
                Some(on) => format!("記録{}件、直近 {}", input.briefings.len(), date(on)),
                None => "記録なし".into(),
            },
            "「2 職員への周知」の参加者と署名".into(),
        ],
        vec![
            "3. 研修・訓練".into(),
            match last_drill {
                Some(on) => format!("過去12か月に{drills_in_year}回、直近 {}", date(on)),
                None => "記録なし".into(),
            },
            "「3 訓練の記録」".into(),
        ],
        vec![
            "4. 見直し".into(),
            match latest {
                Some(r) => format!(
                    "改訂{}回、次回見直し期限 {}",
                    input.history.len(),
                    r.next_review_due.as_deref().map_or("未設定".into(), date)
                ),
                None => "改訂履歴なし".into(),
            },
            "「4 見直し」".into(),
        ],
    ];
    flow.table(&TableSpec {
        columns: columns(&[("点検の項目", 1.0), ("状況", 2.2), ("根拠となる記録", 1.6)]),
        rows,
    });
}

fn plan_section(flow: &mut Flow, input: &EvidenceInput) {
    flow.heading("1 計画", 2);
    match input.history.last() {
        Some(r) => flow.paragraph(
            &format!(
                "現在の版：{}　改訂日：{}　承認者：{}",
                input.version_label,
                date(&r.revised_on),
                if r.approver.is_empty() { "—" } else { &r.approver }
            ),
            0.0,
            Weight::Regular,
            None,
        ),
        None => flow.paragraph("計画はまだ確定されていません。", 0.0, Weight::Regular, None),
    }
    if input.obligations.is_empty() {
        flow.paragraph(
            "この事業所の種類には、確認できた策定義務の基準がありません。",
            0.0,
            Weight::Regular,
            None,
        );
    }
    for o in input.obligations {
        let mark = if o.met { "○" } else { "×" };
        flow.item(&format!("{mark} "), &format!("{}（{}）", o.title.ja, o.basis.ja), 2.0);
        for m in &o.missing {
            flow.item("不足：", &m.ja, 8.0);
        }
    }
}

fn briefing_section(flow: &mut Flow, input: &EvidenceInput) {
    flow.heading("2 職員への周知", 2);
    if input.briefings.is_empty() {
        flow.paragraph("周知・研修の記録はまだありません。", 0.0, Weight::Regular, None);
    } else {
        let rows = input
            .briefings
            .iter()
            .map(|b| {
                vec![
                    date(&b.held_on),
                    b.topic.clone(),
                    b.revision.map_or("—".into(), |n| format!("第{n}版")),
                    format!("{}名", b.attendees.len()),
                ]
            })
            .collect();
        flow.table(&TableSpec {
            columns: columns(&[("実施日", 1.4), ("内容", 2.0), ("対象の版", 0.6), ("参加者", 0.5)]),
            rows,
        });
        for b in input.briefings {
            flow.keep(30.0);
            flow.heading(&format!("{}　{}　参加者", date(&b.held_on), b.topic), 3);
            let rows = b.attendees.iter().map(|a| vec![a.clone(), String::new()]).collect();
            flow.table(&TableSpec { columns: columns(&[("氏名", 1.5), ("署名", 2.0)]), rows });
        }
    }
    flow.keep(40.0);
    flow.heading(&format!("次回の周知用　署名欄（{}）", input.version_label), 3);
    flow.paragraph("実施日：　　　年　　月　　日　　内容：", 0.0, Weight::Regular, None);
    let mut rows: Vec<Vec<String>> =
        input.staff.iter().map(|s| vec![s.clone(), String::new(), String::new()]).collect();
    rows.extend((0..3).map(|_| vec![String::new(); 3]));
    flow.table(&TableSpec {
        columns: columns(&[("氏名", 1.5), ("確認日", 0.8), ("署名", 1.7)]), rows
    });
}

fn drill_section(flow: &mut Flow, input: &EvidenceInput) {
    flow.heading("3 訓練の記録", 2);
    let drills = held(input.drills);
    if drills.is_empty() {
        flow.paragraph("実施した訓練の記録はまだありません。", 0.0, Weight::Regular, None);
        return;
    }
    for d in drills {
        let Some(r) = &d.result else { continue };
        let scenario = scenario::find(&d.scenario_id).map_or(d.scenario_id.clone(), |s| s.title.ja.clone());
        flow.keep(40.0);
        flow.heading(&format!("{}　{}（{}）", date(&r.held_on), d.title, d.kind.label_ja()), 3);
        flow.paragraph(&format!("シナリオ：{scenario}"), 0.0, Weight::Regular, None);
        flow.paragraph(
            &format!("参加者（{}名）：{}", r.attendees.len(), r.attendees.join("、")),
            0.0,
            Weight::Regular,
            None,
        );
        if !r.measurements.is_empty() {
            let rows = r
                .measurements
                .iter()
                .map(|m| {
                    vec![
                        m.label.clone(),
                        m.target_minutes.map_or("—".into(), |t| format!("{t}分")),
                        format!("{}分", m.minutes),
                        match m.met() {
                            Some(true) => "達成".into(),
                            Some(false) => "未達".into(),
                            None => "—".into(),
                        },
                    ]
                })
                .collect();
            flow.table(&TableSpec {
                columns: columns(&[("測った時間", 2.4), ("目標", 0.6), ("結果", 0.6), ("判定", 0.5)]),
                rows,
            });
        }
        for dev in &r.deviations {
            flow.item("計画どおりでなかったこと：", dev, 2.0);
        }
        if !r.findings.is_empty() {
            let rows = r
                .findings
                .iter()
                .map(|f| {
                    let item = input.action_items.iter().find(|i| i.id == format!("{}-{}", d.id, f.id));
                    vec![
                        f.text.clone(),
                        if f.action.is_empty() { "—".into() } else { f.action.clone() },
                        f.owner.clone(),
                        f.due_on.as_deref().map_or(String::new(), date),
                        item.map_or("記録のみ".into(), item_status),
                    ]
                })
                .collect();
            flow.table(&TableSpec {
                columns: columns(&[
                    ("課題", 1.5),
                    ("改善", 1.5),
                    ("担当", 0.5),
                    ("期限", 1.0),
                    ("状況", 1.0),
                ]),
                rows,
            });
        }
    }
}

fn review_section(flow: &mut Flow, input: &EvidenceInput) {
    flow.heading("4 見直し（改訂履歴）", 2);
    if input.history.is_empty() {
        flow.paragraph("改訂履歴はまだありません。", 0.0, Weight::Regular, None);
        return;
    }
    let rows = input
        .history
        .iter()
        .map(|r| {
            let closed: Vec<String> = input
                .action_items
                .iter()
                .filter(|i| i.closed.as_ref().is_some_and(|c| c.revision == r.number))
                .map(|i| i.action.clone())
                .collect();
            vec![
                format!("第{}版", r.number),
                date(&r.revised_on),
                r.reason.clone(),
                r.approver.clone(),
                r.next_review_due.as_deref().map_or("—".into(), date),
                if closed.is_empty() { "—".into() } else { closed.join("\n") },
            ]
        })
        .collect();
    flow.table(&TableSpec {
        columns: columns(&[
            ("版", 0.5),
            ("改訂日", 1.2),
            ("理由", 1.4),
            ("承認者", 0.6),
            ("次回見直し", 1.2),
            ("反映した訓練の課題", 1.4),
        ]),
        rows,
    });
}

pub fn layout(input: &EvidenceInput, fonts: &Fonts) -> Layout {
    let mut flow = Flow::new(fonts);
    flow.body_pt = 9.5;
    flow.table_pt = 8.5;
    flow.heading("BCPの点検記録（計画・周知・訓練・見直し）", 1);
    flow.paragraph(
        &format!("{}　作成日：{}", input.organization, wareki_with_iso(input.today)),
        0.0,
        Weight::Regular,
        None,
    );
    four_checks(&mut flow, input);
    plan_section(&mut flow, input);
    briefing_section(&mut flow, input);
    drill_section(&mut flow, input);
    review_section(&mut flow, input);
    let (mut pages, missing_glyphs) = flow.finish();
    frame_pages(&mut pages, fonts, input.organization, "BCPの点検記録", false);
    Layout { title: format!("BCPの点検記録 — {}", input.organization), pages, missing_glyphs }
}
