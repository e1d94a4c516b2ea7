//! Numbers the plan's answers imply, worked out so the user does not have to (and explained, like
//! every number): stock against the target days (備蓄の目標), and how many staff can reach the office
//! on foot within each time (参集の目安, from the roster's walking times). Shown under the fields they
//! concern, in the wizard and in print.

use super::Answers;
use crate::guide::Text;
use serde::{Deserialize, Serialize};
use serde_json::Value;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Insight {
    pub step_id: String,
    pub field_id: String,
    pub text: Text,
    /// Something to act on (a shortfall), not just information.
    pub warning: bool,
}

/// The guide fields these rules read. `tests::the_fields_exist` checks them against the guide.
pub(crate) const STOCK: (&str, &str) = ("stockpile", "stock");
pub(crate) const STOCK_TARGET: (&str, &str) = ("stockpile", "target-days");
pub(crate) const ROSTER: (&str, &str) = ("staff-roster", "staff");
pub(crate) const ASSEMBLY_RULES: (&str, &str) = ("safety-checks-assembly", "assembly-rules");
pub(crate) const TIER_COUNTS: (&str, &str) = ("patient-risk", "tier-counts");

/// What the patient register holds, for the plan's patient-risk step: the plan keeps the protocol,
/// the register the people (counted here, never named).
pub fn register_counts(records: &[crate::patient::record::PatientRecord]) -> Option<Insight> {
    use crate::patient::DeviceClass;
    if records.is_empty() {
        return None;
    }
    let with = |class: DeviceClass| {
        records.iter().filter(|r| r.devices.iter().any(|d| d.device.class == class)).count()
    };
    let oxygen = records
        .iter()
        .filter(|r| {
            r.oxygen.is_some() || r.devices.iter().any(|d| d.device.class == DeviceClass::OxygenConcentrator)
        })
        .count();
    let (invasive, nppv) = (with(DeviceClass::InvasiveVentilator), with(DeviceClass::Nppv));
    Some(Insight {
        step_id: TIER_COUNTS.0.into(),
        field_id: TIER_COUNTS.1.into(),
        text: Text {
            ja: format!(
                "要配慮患者台帳の登録：{}人（気管切開下の人工呼吸器 {invasive}人、NPPV {nppv}人、在宅酸素 {oxygen}人）。区分と優先順位は台帳で確認できます。",
                records.len()
            ),
            en: format!(
                "Patient register: {} people (invasive ventilation {invasive}, NPPV {nppv}, home oxygen {oxygen}). Tiers and order are in the register.",
                records.len()
            ),
        },
        warning: false,
    })
}

pub fn insights(answers: &Answers) -> Vec<Insight> {
    let mut out = Vec::new();
    stock(answers, &mut out);
    assembly(answers, &mut out);
    out
}

fn rows<'a>(answers: &'a Answers, (step, field): (&str, &str)) -> Vec<&'a serde_json::Map<String, Value>> {
    answers
        .get(step, field)
        .and_then(Value::as_array)
        .map(|rows| rows.iter().filter(|r| !super::value::is_blank(r)).filter_map(Value::as_object).collect())
        .unwrap_or_default()
}

fn text_of(row: &serde_json::Map<String, Value>, column: &str) -> String {
    row.get(column).and_then(Value::as_str).map(str::trim).unwrap_or_default().to_string()
}

fn stock(answers: &Answers, out: &mut Vec<Insight>) {
    let target = match answers.get(STOCK_TARGET.0, STOCK_TARGET.1).and_then(Value::as_str) {
        Some("three-days") => 3.0,
        Some("one-week") => 7.0,
        _ => return, // no target chosen: nothing to measure against
    };
    let items = rows(answers, STOCK);
    if items.is_empty() {
        return;
    }
    let mut short = Vec::new();
    let mut unknown = Vec::new();
    for row in &items {
        let name = text_of(row, "item");
        match row.get("days").and_then(Value::as_f64) {
            Some(days) if days < target => short.push(format!("{name}（{days}日分）")),
            Some(_) => {}
            None => unknown.push(name),
        }
    }
    let insight = |ja: String, en: String, warning: bool| Insight {
        step_id: STOCK.0.into(),
        field_id: STOCK.1.into(),
        text: Text { ja, en },
        warning,
    };
    if short.is_empty() && unknown.is_empty() {
        out.push(insight(
            format!("すべての品目（{}品目）が目標の{target}日分を満たしています。", items.len()),
            format!("All {} items meet the target of {target} days.", items.len()),
            false,
        ));
    }
    if !short.is_empty() {
        out.push(insight(
            format!("目標の{target}日分に満たない品目：{}", short.join("、")),
            format!("Below the target of {target} days: {}", short.join(", ")),
            true,
        ));
    }
    if !unknown.is_empty() {
        out.push(insight(
            format!("何日分かが未記入の品目：{}", unknown.join("、")),
            format!("Days covered not given: {}", unknown.join(", ")),
            true,
        ));
    }
}

fn assembly(answers: &Answers, out: &mut Vec<Insight>) {
    let staff = rows(answers, ROSTER);
    if staff.is_empty() {
        return;
    }
    let minutes: Vec<Option<f64>> =
        staff.iter().map(|r| r.get("walk-minutes").and_then(Value::as_f64)).collect();
    let within = |limit: f64| minutes.iter().filter(|m| m.is_some_and(|m| m <= limit)).count();
    let unknown = minutes.iter().filter(|m| m.is_none()).count();
    let (m30, m60, m120) = (within(30.0), within(60.0), within(120.0));
    let total = staff.len();
    let mut ja = format!(
        "職員名簿の徒歩通勤時間から：30分以内に参集できる職員 {m30}人、1時間以内 {m60}人、2時間以内 {m120}人（全{total}人）。"
    );
    let mut en = format!(
        "From the roster's walking times: {m30} staff can arrive within 30 min, {m60} within 1 h, {m120} within 2 h (of {total})."
    );
    if unknown > 0 {
        ja.push_str(&format!("徒歩時間が未記入の職員が{unknown}人います。"));
        en.push_str(&format!(" {unknown} have no walking time."));
    }
    // A ventilator patient's battery can last as little as 30 minutes (2018 Hokkaido): nobody within
    // 30 minutes on foot is a gap worth flagging.
    let warning = m30 == 0;
    if warning {
        ja.push_str("徒歩30分以内に参集できる職員がいません。");
        en.push_str(" Nobody can arrive on foot within 30 minutes.");
    }
    for (step, field) in [ROSTER, ASSEMBLY_RULES] {
        out.push(Insight {
            step_id: step.into(),
            field_id: field.into(),
            text: Text { ja: ja.clone(), en: en.clone() },
            warning,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_fields_exist() {
        let guide = crate::guide::embedded().expect("guide");
        for (step, field) in [STOCK, STOCK_TARGET, ROSTER, ASSEMBLY_RULES, TIER_COUNTS] {
            assert!(guide.step(step).and_then(|s| s.field(field)).is_some(), "{step}/{field}");
        }
    }

    fn with(stock: Value, target: &str, staff: Value) -> Answers {
        let mut a = Answers::default();
        a.set(STOCK.0, STOCK.1, stock);
        a.set(STOCK_TARGET.0, STOCK_TARGET.1, json!(target));
        a.set(ROSTER.0, ROSTER.1, staff);
        a
    }

    #[test]
    fn insight_table() {
        let stock = json!([{"item": "飲料水", "days": 3}, {"item": "非常食", "days": 2}, {"item": "乾電池"}]);
        let staff =
            json!([{"name": "北野", "walk-minutes": 20}, {"name": "南", "walk-minutes": 45}, {"name": "東"}]);
        let cases: Vec<(Answers, Vec<(&str, bool)>)> = vec![
            (
                with(stock.clone(), "three-days", staff.clone()),
                vec![
                    ("目標の3日分に満たない品目：非常食（2日分）", true),
                    ("何日分かが未記入の品目：乾電池", true),
                    (
                        "30分以内に参集できる職員 1人、1時間以内 2人、2時間以内 2人（全3人）。徒歩時間が未記入の職員が1人います。",
                        false,
                    ),
                    (
                        "30分以内に参集できる職員 1人、1時間以内 2人、2時間以内 2人（全3人）。徒歩時間が未記入の職員が1人います。",
                        false,
                    ),
                ],
            ),
            (
                with(
                    json!([{"item": "飲料水", "days": 7}]),
                    "one-week",
                    json!([{"name": "西", "walk-minutes": 50}]),
                ),
                vec![
                    ("すべての品目（1品目）が目標の7日分を満たしています。", false),
                    ("徒歩30分以内に参集できる職員がいません。", true),
                    ("徒歩30分以内に参集できる職員がいません。", true),
                ],
            ),
            (Answers::default(), vec![]),
        ];
        for (answers, want) in cases {
            let got = insights(&answers);
            assert_eq!(got.len(), want.len(), "{got:?}");
            for (insight, (text, warning)) in got.iter().zip(want) {
                assert!(insight.text.ja.contains(text), "{:?} should contain {text}", insight.text.ja);
                assert_eq!(insight.warning, warning, "{}", insight.text.ja);
            }
        }
    }
}
