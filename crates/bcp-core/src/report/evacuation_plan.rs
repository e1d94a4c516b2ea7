//! 個別避難計画: the same register record printed in the shape of the statutory individual evacuation
//! plan (災害対策基本法 art. 49-14; ventilator.md §2.1): the name-list items of art. 49-10 (name, date of
//! birth, sex, address, phone, why support is needed), the 避難支援等実施者, the destination and route,
//! and the consent with room to sign. The municipality owns the statutory plan; this is the draft
//! the clinic hands over, so it says so on the page.

use super::flow::{Flow, TableSpec, frame_pages};
use super::fonts::{Fonts, Weight};
use super::layout::Layout;
use super::support_plan::{SupportPlanInput, kv, yes};
use crate::patient::priority::FloodDepth;
use crate::patient::record::{ConsentScope, Living, Sex};

/// Why this person needs help to evacuate, in words the municipality's form expects.
fn reasons(input: &SupportPlanInput) -> String {
    let r = input.record;
    let mut lines: Vec<String> = r
        .devices
        .iter()
        .filter(|d| d.device.class.is_life_critical())
        .map(|d| {
            format!(
                "{}を1日{}時間使用（停電時は電源の確保が生命に関わる）",
                d.device.class.label_ja(),
                d.hours_per_day
            )
        })
        .collect();
    for d in input.power {
        lines.push(format!("{}の電源は満充電で約{:.1}時間", d.class.label_ja(), d.hours));
    }
    match r.living {
        Living::Alone => lines.push("独居".into()),
        Living::ElderlyOnly => lines.push("高齢者のみの世帯".into()),
        Living::WithFamily => {}
    }
    if let Some(floor) = r.residence.floor.filter(|f| *f >= 2) {
        let lift = if r.residence.lift_needs_power { "（停電でエレベーター停止）" } else { "" };
        lines.push(format!("{floor}階に居住{lift}"));
    }
    lines.join("\n")
}

fn hazards(input: &SupportPlanInput) -> String {
    let res = &input.record.residence;
    let mut found = Vec::new();
    match res.flood_depth {
        FloodDepth::None => {}
        FloodDepth::Under05m => found.push("想定浸水深 0.5m未満"),
        FloodDepth::From05To3m => found.push("想定浸水深 0.5〜3m"),
        FloodDepth::Over3m => found.push("想定浸水深 3m以上"),
    }
    if res.landslide_special_zone {
        found.push("土砂災害特別警戒区域");
    } else if res.landslide_warning_zone {
        found.push("土砂災害警戒区域");
    }
    if res.tsunami_zone {
        found.push("津波浸水想定区域");
    }
    if found.is_empty() { "記録された区域なし".into() } else { found.join("、") }
}

pub fn layout(input: &SupportPlanInput, fonts: &Fonts) -> Layout {
    let r = input.record;
    let mut flow = Flow::new(fonts);
    flow.body_pt = 9.5;
    flow.table_pt = 9.0;
    flow.heading(&format!("個別避難計画　{}", r.name), 1);
    flow.paragraph(
        &format!(
            "災害対策基本法第49条の14の個別避難計画の様式に合わせた下書きです（作成は市町村）。記入：{}　印刷日：{}",
            input.organization, input.date_label
        ),
        0.0,
        Weight::Regular,
        Some(8.5),
    );
    if !r.consents_to(ConsentScope::Municipality, input.today) {
        flow.paragraph(
            "市町村への情報提供の同意が記録されていません。提出の前に、本人（と避難支援等実施者）の同意を得て下欄に署名をもらってください。",
            0.0,
            Weight::Bold,
            None,
        );
    }

    flow.heading("1. 避難行動要支援者", 2);
    let sex = match r.sex {
        Some(Sex::Female) => "女",
        Some(Sex::Male) => "男",
        Some(Sex::Other) => "その他",
        None => "",
    };
    kv(
        &mut flow,
        vec![
            ("氏名（ふりがな）", format!("{}（{}）", r.name, r.kana)),
            ("生年月日", super::support_plan::date_ja(r.birth_date.as_deref())),
            ("性別", sex.into()),
            ("住所", format!("{} {}", r.municipality.clone().unwrap_or_default(), r.address)),
            ("電話", r.phone.clone()),
            ("支援を必要とする事由", reasons(input)),
        ],
    );

    flow.heading("2. 避難支援等実施者", 2);
    let mut rows: Vec<Vec<String>> = r
        .evacuation_supporters
        .iter()
        .map(|s| vec![s.name.clone(), s.relation.clone(), s.address.clone(), s.phone.clone()])
        .collect();
    // Room to write supporters in by hand when none is recorded yet.
    while rows.len() < 2 {
        rows.push(vec![String::new(); 4]);
    }
    flow.table(&TableSpec {
        columns: [("氏名", 1.2), ("続柄・関係", 1.0), ("住所", 1.8), ("電話", 1.2)]
            .iter()
            .map(|(h, w)| (h.to_string(), *w))
            .collect(),
        rows,
    });

    flow.heading("3. 避難先と避難の方法", 2);
    let destinations = r
        .evacuation_destinations
        .iter()
        .enumerate()
        .map(|(i, d)| format!("{}. {d}", i + 1))
        .collect::<Vec<_>>()
        .join("\n");
    kv(
        &mut flow,
        vec![
            ("避難先（優先順）", destinations),
            ("移動手段・搬送の人数", r.evacuation_transport.clone()),
            ("避難経路", r.evacuation_route.clone()),
            ("区域（ハザードマップ）", hazards(input)),
            (
                "避難を始める目安",
                "警戒レベル3（高齢者等避難）の発令時、または停電が続き電源の残りが少なくなったとき".into(),
            ),
            ("停電時の入院の取り決め", yes(r.admission_arranged)),
        ],
    );

    flow.heading("4. 避難時に必要な配慮・持ち出すもの", 2);
    for d in r.devices.iter() {
        flow.item(
            "・",
            &format!("{}（1日{}時間）と電源・回路一式", d.device.class.label_ja(), d.hours_per_day),
            2.0,
        );
    }
    if let Some(o) = &r.oxygen {
        flow.item(
            "・",
            &format!("酸素（日中 毎分{}L／夜間 毎分{}L）とボンベ", o.flow_day_lpm, o.flow_night_lpm),
            2.0,
        );
    }
    if let Some(m) = r.off_vent_tolerance_min {
        flow.item("・", &format!("呼吸器を外せる時間は約{m}分。移動中も換気を止めない（蘇生バッグ）"), 2.0);
    }
    flow.item("・", "吸引カテーテル・衛生材料・薬・経管栄養剤など7日分、お薬手帳、この計画の写し", 2.0);

    flow.heading("5. 緊急連絡先", 2);
    let rows = r.contacts.iter().map(|c| vec![c.role.clone(), c.name.clone(), c.phone.clone()]).collect();
    flow.table(&TableSpec {
        columns: [("役割", 1.2), ("名称・氏名", 1.6), ("電話（24時間）", 1.4)]
            .iter()
            .map(|(h, w)| (h.to_string(), *w))
            .collect(),
        rows,
    });

    flow.heading("6. 情報提供の同意", 2);
    let recorded: Vec<String> = r
        .consents
        .iter()
        .map(|c| {
            let withdrawn = c.withdrawn_on.as_ref().map_or(String::new(), |w| format!("（{w} 撤回）"));
            format!("{}：{} 同意{withdrawn}", c.scope.label_ja(), c.granted_on)
        })
        .collect();
    flow.paragraph(
        &format!("記録済みの同意：{}", if recorded.is_empty() { "なし".into() } else { recorded.join("、") }),
        0.0,
        Weight::Regular,
        None,
    );
    flow.paragraph(
        "この計画の内容を、市町村および避難支援等関係者（消防・警察・民生委員・自主防災組織など）に提供することに同意します。",
        0.0,
        Weight::Regular,
        None,
    );
    flow.space(4.0);
    flow.paragraph("同意日　　　年　　月　　日", 0.0, Weight::Regular, None);
    flow.space(3.0);
    flow.paragraph(
        "本人（代筆者）署名　＿＿＿＿＿＿＿＿＿＿＿＿　避難支援等実施者署名　＿＿＿＿＿＿＿＿＿＿＿＿",
        0.0,
        Weight::Regular,
        None,
    );
    let (mut pages, missing_glyphs) = flow.finish();
    frame_pages(
        &mut pages,
        fonts,
        input.organization,
        "個別避難計画（下書き）　要配慮個人情報・取扱注意",
        false,
    );
    Layout { title: format!("個別避難計画 — {}", r.name), pages, missing_glyphs }
}
