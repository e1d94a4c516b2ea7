//! 訓練パック: everything a drill needs on paper, for a dark office with no screens — the scenario
//! sheet with its timeline, the tabletop on our own data, the role action cards, the priority roster
//! with battery hours as of the drill's start, a blank safety-check sheet, a staff roll-call sheet
//! pre-filled with names and phones, and the partners' contact cards. One document, one page count.

use super::ReportError;
use super::action_cards::{CardsInput, card_pages};
use super::flow::{Flow, TableSpec, frame_pages};
use super::fonts::{Fonts, Weight};
use super::layout::{Layout, Page};
use super::roster::{RosterInput, check_sheet_pages, roster_pages};
use crate::drill::Drill;
use crate::drill::scenario::{Scenario, offset_label};
use crate::drill::tabletop::{Cover, CoverBy, Tabletop};
use crate::link::{Agreement, Direction, Partner};
use chrono::{DateTime, Duration, FixedOffset};

/// One row of the staff roll-call sheet, from the plan's staff roster.
pub struct StaffRow {
    pub name: String,
    pub job: String,
    pub phone: String,
    pub walk_minutes: Option<f64>,
}

pub struct DrillPackInput<'a> {
    pub organization: &'a str,
    pub drill: &'a Drill,
    pub scenario: &'a Scenario,
    pub starts_at: DateTime<FixedOffset>,
    pub tabletop: &'a Tabletop,
    pub roster: RosterInput<'a>,
    /// The plan's action cards; `None` without a plan.
    pub cards: Option<CardsInput<'a>>,
    pub staff: Vec<StaffRow>,
    pub partners: &'a [Partner],
    pub agreements: &'a [Agreement],
}

fn columns(spec: &[(&str, f32)]) -> Vec<(String, f32)> {
    spec.iter().map(|(h, w)| (h.to_string(), *w)).collect()
}

fn clock(at: DateTime<FixedOffset>) -> String {
    at.format("%-m月%-d日 %H:%M").to_string()
}

fn rfc_clock(at: &str) -> String {
    DateTime::parse_from_rfc3339(at).map(clock).unwrap_or_default()
}

fn cover_ja(c: &Cover) -> String {
    match c.by {
        CoverBy::Us => "当事業所".into(),
        CoverBy::Partner => format!(
            "{}（{}）",
            c.partner_name.clone().unwrap_or_default(),
            c.kind.map_or("", |k| k.label_ja())
        ),
        CoverBy::OwnArrangement => "調整済みの入院先（台帳）".into(),
        CoverBy::Nobody => "なし（要検討）".into(),
    }
}

fn tier_ja(t: crate::patient::priority::Tier) -> &'static str {
    use crate::patient::priority::Tier::*;
    match t {
        P0 => "P0",
        P1 => "P1",
        P2 => "P2",
        P3 => "P3",
    }
}

fn scenario_sheet(flow: &mut Flow, input: &DrillPackInput) {
    let (d, s) = (input.drill, input.scenario);
    flow.heading(&format!("訓練シナリオ：{}", d.title), 1);
    let joint: Vec<&str> = d
        .joint_partner_ids
        .iter()
        .filter_map(|id| input.partners.iter().find(|p| &p.id == id).map(|p| p.name.as_str()))
        .collect();
    let down: Vec<&str> = d
        .partners_down
        .iter()
        .filter_map(|id| input.partners.iter().find(|p| &p.id == id).map(|p| p.name.as_str()))
        .collect();
    let facts = vec![
        vec!["シナリオ".into(), s.title.ja.clone()],
        vec!["訓練の種類".into(), d.kind.label_ja().into()],
        vec![
            "開始（T0）".into(),
            crate::dates::wareki_time(input.starts_at.to_utc(), *input.starts_at.offset()),
        ],
        vec![
            "想定する停電".into(),
            if d.blackout_hours > 0.0 { format!("{}時間", d.blackout_hours) } else { "なし".into() },
        ],
        vec!["当事業所".into(), if d.office_down { "訪問できない想定".into() } else { "稼働".into() }],
        vec!["合同で行う連携先".into(), if joint.is_empty() { "なし".into() } else { joint.join("、") }],
        vec!["停止を想定する連携先".into(), if down.is_empty() { "なし".into() } else { down.join("、") }],
    ];
    flow.table(&TableSpec { columns: columns(&[("項目", 1.0), ("内容", 3.0)]), rows: facts });
    flow.heading("状況", 2);
    flow.paragraph(&s.summary.ja, 0.0, Weight::Regular, None);
    for a in &s.assumptions {
        flow.item("・", &a.ja, 2.0);
    }
    if !d.participants.is_empty() {
        flow.heading("参加者と役割", 2);
        let rows =
            d.participants.iter().map(|p| vec![p.name.clone(), p.role.clone(), String::new()]).collect();
        flow.table(&TableSpec {
            columns: columns(&[("氏名", 1.2), ("役割", 2.0), ("出欠", 0.6)]), rows
        });
    }
    flow.heading("タイムライン（進行役が順に読み上げる）", 2);
    let rows = s
        .injects
        .iter()
        .map(|i| {
            let at = input.starts_at + Duration::minutes(i64::from(i.at_minutes));
            vec![
                format!("{}\n{}", offset_label(i.at_minutes), clock(at)),
                i.event.ja.clone(),
                i.prompt.ja.clone(),
            ]
        })
        .collect();
    flow.table(&TableSpec {
        columns: columns(&[("時刻", 0.8), ("出来事", 2.0), ("話し合うこと", 2.0)]),
        rows,
    });
    flow.paragraph(
        "各出来事について「事業所として何をするか」「自分は何をするか」「利用者のケアをどう続けるか」を話し合い、決めたことと困ったことを記録する。",
        0.0,
        Weight::Regular,
        Some(8.5),
    );
    flow.heading("測る時間（記録用）", 2);
    let rows = s
        .measures
        .iter()
        .map(|m| vec![m.ja.clone(), format!("{}分以内", m.target_minutes), String::new(), String::new()])
        .collect();
    flow.table(&TableSpec {
        columns: columns(&[
            ("項目", 2.4),
            ("目標（本アプリの既定値）", 1.0),
            ("かかった時間", 0.8),
            ("記入者", 0.6),
        ]),
        rows,
    });
}

fn tabletop_section(flow: &mut Flow, input: &DrillPackInput) {
    let t = input.tabletop;
    flow.heading("机上訓練：当事業所のデータで見る停電の影響", 1);
    let ends = DateTime::parse_from_rfc3339(&t.ends_at).map(clock).unwrap_or_default();
    flow.paragraph(
        &format!(
            "停電{}時間（{}〜{}）。電源を要する患者{}名のうち、停電中に電源が切れるのは{}名、そのうち電源の確保（貸出・入院）の当てがないのは{}名。{}",
            t.blackout_hours,
            clock(input.starts_at),
            ends,
            t.patients.len(),
            t.running_out,
            t.uncovered,
            if t.unvisited > 0 { format!("訪問できる人がいない患者が{}名。", t.unvisited) } else { String::new() }
        ),
        0.0,
        Weight::Bold,
        None,
    );
    flow.paragraph(
        "台帳の電源の記録（充電量・劣化の仮定を含む）と、協定（地域・機器・受入人数）から計算。停止を想定した連携先の協定は使わない。受入人数は切れる時刻の早い順に割り当てる。",
        0.0,
        Weight::Regular,
        Some(8.0),
    );
    let rows = t
        .patients
        .iter()
        .enumerate()
        .map(|(i, p)| {
            vec![
                (i + 1).to_string(),
                tier_ja(p.tier).into(),
                format!("{}\n{}", p.name, p.municipality.clone().unwrap_or_default()),
                p.limit_hours.map_or("不明".into(), |h| format!("{h:.1}時間")),
                p.runs_out_at.as_deref().map_or("停電中はもつ".into(), rfc_clock),
                cover_ja(&p.visit),
                p.bridge.as_ref().map_or("—".into(), cover_ja),
            ]
        })
        .collect();
    flow.table(&TableSpec {
        columns: columns(&[
            ("順", 0.3),
            ("区分", 0.4),
            ("氏名・市町村", 1.3),
            ("もつ時間", 0.7),
            ("切れる時刻", 0.9),
            ("訪問", 1.1),
            ("電源の確保", 1.4),
        ]),
        rows,
    });
    let explained: Vec<_> =
        t.patients.iter().filter(|p| p.runs_out || p.visit.by == CoverBy::Nobody).collect();
    if !explained.is_empty() {
        flow.heading("理由", 2);
        for p in explained {
            flow.paragraph(&format!("{}（{}）", p.name, p.id), 0.0, Weight::Bold, None);
            for r in &p.reasons {
                flow.item("・", &r.ja, 2.0);
            }
        }
    }
    if !t.extra_load.is_empty() {
        flow.heading("停止した連携先から引き受ける分", 2);
        for load in &t.extra_load {
            flow.item("・", &load.reason.ja, 2.0);
        }
    }
    if !t.notes.is_empty() {
        flow.heading("計算の前提", 2);
        for n in &t.notes {
            flow.item("・", &n.ja, 2.0);
        }
    }
}

fn staff_sheet(flow: &mut Flow, staff: &[StaffRow]) {
    flow.heading("職員の安否確認・参集シート", 1);
    flow.paragraph(
        "上から順に連絡し、時刻・状況・参集の可否を記入する。徒歩の分数は計画の職員名簿から。",
        0.0,
        Weight::Regular,
        None,
    );
    let mut rows: Vec<Vec<String>> = staff
        .iter()
        .map(|s| {
            vec![
                s.name.clone(),
                s.job.clone(),
                s.phone.clone(),
                s.walk_minutes.map_or(String::new(), |m| format!("{m}分")),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
            ]
        })
        .collect();
    // Blank rows for people not on the roster (a new starter, a helper from a partner).
    rows.extend((0..3).map(|_| vec![String::new(); 8]));
    flow.table(&TableSpec {
        columns: columns(&[
            ("氏名", 1.0),
            ("職種", 0.6),
            ("電話", 1.1),
            ("徒歩", 0.4),
            ("連絡時刻", 0.6),
            ("状況（無事・負傷・不通）", 1.1),
            ("参集（可否・到着予定）", 1.0),
            ("確認者", 0.6),
        ]),
        rows,
    });
}

fn contact_cards(flow: &mut Flow, input: &DrillPackInput) {
    flow.heading("連携先の連絡先カード", 1);
    if input.partners.is_empty() {
        flow.paragraph(
            "連携先が登録されていません（連携の画面で登録できます）。",
            0.0,
            Weight::Regular,
            None,
        );
        return;
    }
    flow.body_pt = 10.0;
    for p in input.partners {
        flow.keep(30.0);
        flow.heading(&format!("{}（{}）", p.name, p.kind.label_ja()), 2);
        flow.paragraph(&format!("24時間の電話：{}", p.phone_24h), 0.0, Weight::Bold, Some(12.0));
        if !p.contact_person.is_empty() {
            flow.paragraph(&format!("担当：{}", p.contact_person), 0.0, Weight::Regular, None);
        }
        for a in input.agreements.iter().filter(|a| a.partner_id == p.id) {
            let direction = match a.direction {
                Direction::WeProvide => "当事業所が支援",
                Direction::TheyProvide => "相手が支援",
                Direction::Mutual => "相互",
            };
            let trigger =
                if a.trigger.is_empty() { String::new() } else { format!("、発動：{}", a.trigger) };
            let capacity = a.capacity_patients.map_or(String::new(), |c| format!("、{c}名まで"));
            flow.item("協定：", &format!("{}（{direction}{trigger}{capacity}）", a.kind.label_ja()), 2.0);
        }
    }
    flow.body_pt = 9.0;
}

pub fn layout(input: &DrillPackInput, fonts: &Fonts) -> Result<Layout, ReportError> {
    let mut pages: Vec<Page> = Vec::new();
    let mut missing: Vec<char> = Vec::new();
    let mut take = |(p, m): (Vec<Page>, Vec<char>)| {
        pages.extend(p);
        missing.extend(m);
    };
    let section = |fill: &dyn Fn(&mut Flow)| {
        let mut flow = Flow::new(fonts);
        flow.body_pt = 9.5;
        flow.table_pt = 8.5;
        fill(&mut flow);
        flow.finish()
    };
    // The tabletop follows the scenario on the same sheets: a page holding only the measures table wastes paper.
    take(section(&|f| {
        scenario_sheet(f, input);
        f.space(6.0);
        tabletop_section(f, input);
    }));
    if let Some(cards) = &input.cards {
        take(card_pages(cards, fonts)?);
    }
    take(roster_pages(&input.roster, fonts));
    take(check_sheet_pages(&input.roster, fonts));
    take(section(&|f| staff_sheet(f, &input.staff)));
    take(section(&|f| contact_cards(f, input)));
    missing.sort_unstable();
    missing.dedup();
    let header = format!("訓練パック　{}　要配慮個人情報・取扱注意", input.drill.title);
    frame_pages(&mut pages, fonts, input.organization, &header, false);
    Ok(Layout {
        title: format!("訓練パック — {} — {}", input.drill.title, input.organization),
        pages,
        missing_glyphs: missing,
    })
}
