//! Paper for when the screens are dark: the priority roster with the battery-hours table, and a
//! pre-filled safety-check sheet (names, phones, tier, blank columns to write in by hand).

use super::flow::{Flow, TableSpec, frame_pages};
use super::fonts::{Fonts, Weight};
use super::layout::{Layout, Page};
use crate::api::patients::PatientList;
use crate::patient::record::{ConsentScope, PatientRecord};
use chrono::NaiveDate;

pub struct RosterInput<'a> {
    pub organization: &'a str,
    pub list: &'a PatientList,
    pub records: &'a [PatientRecord],
    /// 「令和8年11月25日 15:00」: when the hours were computed, in the user's time.
    pub computed_at_label: String,
    /// When the open outage began, in the user's time.
    pub outage_label: Option<String>,
    /// Who the paper is for. `None`: the organisation itself (every name). Otherwise a name is
    /// printed only when the patient's consent to share with that recipient is in force on `today`.
    pub recipient: Option<ConsentScope>,
    pub today: NaiveDate,
    /// In a drill pack: the drill's assumed outage, printed instead of the real status.
    pub drill_label: Option<String>,
}

impl RosterInput<'_> {
    /// The name as this paper may show it, and whether it is shown.
    fn name_of(&self, position: usize, id: &str, name: &str) -> (String, bool) {
        let record = self.records.iter().find(|r| r.id == id);
        match self.recipient {
            None => (name.to_string(), true),
            Some(scope) if record.is_some_and(|r| r.consents_to(scope, self.today)) => {
                (name.to_string(), true)
            }
            Some(_) => (format!("患者{}（同意なし）", position + 1), false),
        }
    }
}

fn tier_ja(t: crate::patient::priority::Tier) -> &'static str {
    use crate::patient::priority::Tier::*;
    match t {
        P0 => "P0 直ちに",
        P1 => "P1 優先",
        P2 => "P2 当日中",
        P3 => "P3 通常",
    }
}

fn hours(h: Option<f64>) -> String {
    h.map_or("—".into(), |h| format!("{h:.1}時間"))
}

fn devices(record: Option<&PatientRecord>) -> String {
    record.map_or(String::new(), |r| {
        r.devices
            .iter()
            .map(|d| format!("{} {}h/日", d.device.class.label_ja(), d.hours_per_day))
            .collect::<Vec<_>>()
            .join("\n")
    })
}

fn first_phone(record: Option<&PatientRecord>) -> String {
    record
        .and_then(|r| r.contacts.first())
        .map_or(String::new(), |c| format!("{} {}（{}）", c.phone, c.name, c.role))
}

pub fn roster(input: &RosterInput, fonts: &Fonts) -> Layout {
    let (mut pages, missing_glyphs) = roster_pages(input, fonts);
    frame_pages(&mut pages, fonts, input.organization, "優先順位名簿　要配慮個人情報・取扱注意", false);
    Layout { title: format!("優先順位名簿 — {}", input.organization), pages, missing_glyphs }
}

/// The roster's pages without running headers and numbers (a drill pack frames them with its own).
pub fn roster_pages(input: &RosterInput, fonts: &Fonts) -> (Vec<Page>, Vec<char>) {
    let mut flow = Flow::new(fonts);
    flow.body_pt = 9.0;
    flow.table_pt = 8.0;
    let title = match input.recipient {
        None => "優先順位名簿（電源を要する患者）".to_string(),
        Some(scope) => format!("優先順位名簿（{}への提供用）", scope.label_ja()),
    };
    flow.heading(&title, 1);
    let status = match (&input.drill_label, &input.outage_label) {
        (Some(drill), _) => format!("訓練の想定：{drill}"),
        (None, Some(started)) => format!("停電・災害対応中（開始 {started}）"),
        // Tiers escalate on power left only during an outage: say so, or a P3 with 0.2 h reads as a bug.
        (None, None) => {
            "平常時（停電の宣言なし）。区分は平常時のもので、停電を宣言すると電源の残り時間で上がります"
                .to_string()
        }
    };
    flow.paragraph(
        &format!("{status}　残り時間の計算時刻：{}", input.computed_at_label),
        0.0,
        Weight::Regular,
        None,
    );
    flow.paragraph(
        &format!(
            "区分・点数のしきい値は本アプリの既定値です（版 {}）。公的な基準ではありません。",
            input.list.config_version
        ),
        0.0,
        Weight::Regular,
        Some(8.0),
    );
    if input.recipient.is_some() {
        let shown = (input.list.patients.iter().enumerate())
            .filter(|(i, p)| input.name_of(*i, &p.id, &p.name).1)
            .count();
        flow.paragraph(
            &format!(
                "氏名は、この提供先への情報提供に本人の同意がある方のみ表示しています（{}名中{}名）。同意のない方は区分・機器・残り時間のみです。",
                input.list.patients.len(),
                shown
            ),
            0.0,
            Weight::Bold,
            Some(8.5),
        );
    }
    let record = |id: &str| input.records.iter().find(|r| r.id == id);
    let rows = input
        .list
        .patients
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let r = record(&p.id);
            vec![
                (i + 1).to_string(),
                format!("{}{}", tier_ja(p.tier), if p.overridden { "（手動）" } else { "" }),
                format!(
                    "{}\n{}",
                    input.name_of(i, &p.id, &p.name).0,
                    p.municipality.clone().unwrap_or_default()
                ),
                devices(r),
                hours(p.power_hours_left),
                hours(p.oxygen_hours_left),
                p.ranking.reasons.first().map_or(String::new(), |x| x.text.clone()),
            ]
        })
        .collect();
    flow.table(&TableSpec {
        columns: [
            ("順", 0.3),
            ("区分", 0.8),
            ("氏名・市町村", 1.2),
            ("機器", 1.3),
            ("電源の残り", 0.7),
            ("酸素の残り", 0.7),
            ("主な理由", 2.2),
        ]
        .iter()
        .map(|(h, w)| (h.to_string(), *w))
        .collect(),
        rows,
    });
    flow.heading("電源の残り時間の内訳", 2);
    for (i, p) in input.list.patients.iter().enumerate().filter(|(_, p)| !p.power.is_empty()) {
        let label = match input.name_of(i, &p.id, &p.name) {
            (name, true) => format!("{name}（{}）", p.id),
            (anonymous, false) => anonymous,
        };
        flow.paragraph(&label, 0.0, Weight::Bold, None);
        for d in &p.power {
            flow.item("・", &format!("{}：{:.1}時間", d.class.label_ja(), d.hours), 2.0);
            for w in &d.workings {
                flow.item("　", w, 6.0);
            }
            for a in &d.assumptions {
                flow.item("仮定：", a, 6.0);
            }
        }
    }
    flow.finish()
}

/// The sheet staff write on during a blackout: one row per patient, in priority order.
pub fn check_sheet(input: &RosterInput, fonts: &Fonts) -> Layout {
    let (mut pages, missing_glyphs) = check_sheet_pages(input, fonts);
    frame_pages(&mut pages, fonts, input.organization, "安否確認シート　要配慮個人情報・取扱注意", false);
    Layout { title: format!("安否確認シート — {}", input.organization), pages, missing_glyphs }
}

/// The check sheet's pages without running headers and numbers.
pub fn check_sheet_pages(input: &RosterInput, fonts: &Fonts) -> (Vec<Page>, Vec<char>) {
    let mut flow = Flow::new(fonts);
    flow.body_pt = 9.0;
    flow.table_pt = 9.0;
    flow.heading("安否確認シート", 1);
    flow.paragraph(
        &format!(
            "優先順位の計算時刻：{}。上から順に確認し、時刻・結果・電池残量・確認者を記入する。",
            input.computed_at_label
        ),
        0.0,
        Weight::Regular,
        None,
    );
    let record = |id: &str| input.records.iter().find(|r| r.id == id);
    let rows = input
        .list
        .patients
        .iter()
        .map(|p| {
            vec![
                tier_ja(p.tier).to_string(),
                p.name.clone(),
                first_phone(record(&p.id)),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
            ]
        })
        .collect();
    flow.table(&TableSpec {
        columns: [
            ("区分", 0.7),
            ("氏名", 1.1),
            ("連絡先", 1.6),
            ("時刻", 0.6),
            ("結果（連絡OK・不通・状態）", 1.6),
            ("電池%", 0.5),
            ("確認者", 0.7),
        ]
        .iter()
        .map(|(h, w)| (h.to_string(), *w))
        .collect(),
        rows,
    });
    flow.finish()
}
