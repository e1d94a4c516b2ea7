//! 災害時個別支援計画: one patient's plan on paper (ventilator.md §2.2), for the household, the
//! station and the municipality. Every value comes from the register record and the power estimate.

use super::flow::{Flow, TableSpec, frame_pages};
use super::fonts::{Fonts, Weight};
use super::layout::Layout;
use crate::patient::power::DeviceHours;
use crate::patient::record::{Living, PatientRecord, Substitute};

pub struct SupportPlanInput<'a> {
    pub organization: &'a str,
    pub record: &'a PatientRecord,
    /// Hours at full readiness (no outage), with workings.
    pub power: &'a [DeviceHours],
    pub date_label: String,
    /// For the consent in force on the day printed.
    pub today: chrono::NaiveDate,
}

pub(super) fn kv(flow: &mut Flow, rows: Vec<(&str, String)>) {
    let rows = rows
        .into_iter()
        .map(|(k, v)| vec![k.to_string(), if v.is_empty() { "（未記入）".into() } else { v }])
        .collect();
    flow.table(&TableSpec { columns: vec![("項目".into(), 0.9), ("内容".into(), 3.0)], rows });
}

/// 「昭和22年3月1日（1947-03-01）」: forms in Japan ask for the 和暦; the ISO date removes doubt.
pub(super) fn date_ja(iso: Option<&str>) -> String {
    iso.and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .map(crate::dates::wareki_with_iso)
        .unwrap_or_default()
}

pub(super) fn yes(b: bool) -> String {
    if b { "あり".into() } else { "なし".into() }
}

pub fn layout(input: &SupportPlanInput, fonts: &Fonts) -> Layout {
    let r = input.record;
    let mut flow = Flow::new(fonts);
    flow.body_pt = 9.5;
    flow.table_pt = 9.0;
    flow.heading(&format!("災害時個別支援計画　{}", r.name), 1);
    flow.paragraph(
        &format!("作成：{}　印刷日：{}", input.organization, input.date_label),
        0.0,
        Weight::Regular,
        None,
    );

    flow.heading("1. 本人", 2);
    let living = match r.living {
        Living::Alone => "独居",
        Living::ElderlyOnly => "高齢者のみの世帯",
        Living::WithFamily => "家族と同居",
    };
    kv(
        &mut flow,
        vec![
            ("氏名（ふりがな）", format!("{}（{}）", r.name, r.kana)),
            ("生年月日", date_ja(r.birth_date.as_deref())),
            ("住所", format!("{} {}", r.municipality.clone().unwrap_or_default(), r.address)),
            ("世帯", living.into()),
            ("主治医", r.primary_doctor.clone()),
            ("ケアマネジャー", r.care_manager.clone()),
        ],
    );

    flow.heading("2. 介護者", 2);
    let rows = r
        .caregivers
        .iter()
        .map(|c| {
            vec![
                c.relation.clone(),
                c.age.map_or(String::new(), |a| format!("{a}歳")),
                yes(c.night_available),
                yes(c.can_suction),
                yes(c.can_bag),
            ]
        })
        .collect();
    flow.table(&TableSpec {
        columns: [("続柄", 1.0), ("年齢", 0.6), ("夜間", 0.6), ("吸引", 0.6), ("蘇生バッグ", 0.8)]
            .iter()
            .map(|(h, w)| (h.to_string(), *w))
            .collect(),
        rows,
    });

    flow.heading("3. 緊急連絡先", 2);
    let rows = r.contacts.iter().map(|c| vec![c.role.clone(), c.name.clone(), c.phone.clone()]).collect();
    flow.table(&TableSpec {
        columns: [("役割", 1.2), ("名称・氏名", 1.6), ("電話（24時間）", 1.4)]
            .iter()
            .map(|(h, w)| (h.to_string(), *w))
            .collect(),
        rows,
    });

    flow.heading("4. 住まいとハザード", 2);
    let res = &r.residence;
    kv(
        &mut flow,
        vec![
            (
                "階・エレベーター",
                format!(
                    "{}階　エレベーターの停電時停止：{}",
                    res.floor.map_or("—".into(), |f| f.to_string()),
                    yes(res.lift_needs_power)
                ),
            ),
            (
                "想定浸水深",
                format!("{:?}", res.flood_depth)
                    .replace("None", "なし")
                    .replace("Under05m", "0.5m未満")
                    .replace("From05To3m", "0.5〜3m")
                    .replace("Over3m", "3m以上"),
            ),
            (
                "土砂災害",
                if res.landslide_special_zone {
                    "特別警戒区域".into()
                } else if res.landslide_warning_zone {
                    "警戒区域".into()
                } else {
                    "なし".into()
                },
            ),
            ("津波浸水想定", yes(res.tsunami_zone)),
            ("確認した資料", res.hazard_source.clone()),
        ],
    );

    flow.heading("5. 医療機器と電源", 2);
    let rows = r
        .devices
        .iter()
        .map(|d| {
            let subs: Vec<&str> = d
                .substitutes
                .iter()
                .map(|s| match s {
                    Substitute::Hme => "人工鼻",
                    Substitute::ManualSuction => "手動吸引器",
                    Substitute::OxygenCylinder => "酸素ボンベ",
                    Substitute::ResuscitationBag => "蘇生バッグ",
                })
                .collect();
            vec![
                d.device.class.label_ja().to_string(),
                format!("{}時間", d.hours_per_day),
                d.device.measured_draw_w.map_or("—".into(), |w| format!("{w}W（実測）")),
                subs.join("、"),
            ]
        })
        .collect();
    flow.table(&TableSpec {
        columns: [("機器", 1.3), ("1日の使用", 0.7), ("消費電力", 0.8), ("代替手段", 1.4)]
            .iter()
            .map(|(h, w)| (h.to_string(), *w))
            .collect(),
        rows,
    });
    for d in input.power {
        flow.paragraph(
            &format!("■ {}：満充電の備えで約{:.1}時間", d.class.label_ja(), d.hours),
            0.0,
            Weight::Bold,
            None,
        );
        for w in &d.workings {
            flow.item("・", w, 2.0);
        }
        for a in &d.assumptions {
            flow.item("仮定：", a, 2.0);
        }
    }
    flow.paragraph(
        "注意：ポータブル電源・車両からの給電は機器メーカーの保証外となる場合があります。発電機は屋外でのみ使用します（一酸化炭素中毒の危険）。",
        0.0,
        Weight::Regular,
        Some(8.5),
    );
    if let Some(o) = &r.oxygen {
        flow.heading("6. 在宅酸素", 2);
        let cylinders: Vec<String> =
            o.cylinders.iter().map(|(l, f)| format!("{l}L（{:.0}%）", f * 100.0)).collect();
        kv(
            &mut flow,
            vec![
                ("流量", format!("日中 毎分{}L／夜間 毎分{}L", o.flow_day_lpm, o.flow_night_lpm)),
                ("ボンベ", cylinders.join("、")),
                ("呼吸同調器", yes(o.demand_valve)),
            ],
        );
    }
    flow.heading("7. 避難と入院", 2);
    kv(
        &mut flow,
        vec![
            ("避難先（順に）", r.evacuation_destinations.join(" → ")),
            ("停電時の入院の取り決め", yes(r.admission_arranged)),
            ("電力会社への登録", yes(r.power_company_registered)),
            ("呼吸器を外せる時間", r.off_vent_tolerance_min.map_or(String::new(), |m| format!("{m}分"))),
        ],
    );
    flow.heading("8. 情報共有の同意", 2);
    let rows = r
        .consents
        .iter()
        .map(|c| {
            vec![
                c.scope.label_ja().to_string(),
                c.granted_on.clone(),
                c.withdrawn_on.clone().unwrap_or_default(),
            ]
        })
        .collect();
    flow.table(&TableSpec {
        columns: [("共有先", 1.6), ("同意日", 1.0), ("撤回日", 1.0)]
            .iter()
            .map(|(h, w)| (h.to_string(), *w))
            .collect(),
        rows,
    });
    flow.paragraph(
        &format!(
            "計画の見直し：{}（年1回を目安に見直す）",
            r.support_plan_reviewed_on.clone().unwrap_or_else(|| "未実施".into())
        ),
        0.0,
        Weight::Regular,
        None,
    );
    let (mut pages, missing_glyphs) = flow.finish();
    frame_pages(&mut pages, fonts, input.organization, "災害時個別支援計画　要配慮個人情報・取扱注意", false);
    Layout { title: format!("災害時個別支援計画 — {}", r.name), pages, missing_glyphs }
}
