//! The columns of the register's table and how a file's headers are matched to them.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum TableColumn {
    Id,
    Name,
    Kana,
    BirthDate,
    Address,
    Municipality,
    Living,
    PrimaryDoctor,
    CareManager,
    FamilyPhone,
    VendorPhone,
    Floor,
    FloodDepth,
    Landslide,
    TsunamiZone,
    /// The main breathing device: 気管切開 / NPPV / CPAP / なし.
    Ventilator,
    VentilatorHours,
    VentilatorDrawW,
    InternalBatteryHours,
    ExternalBatteryHours,
    OffVentToleranceMin,
    OxygenFlowLpm,
    OxygenConcentratorHours,
    Suction,
    AdmissionArranged,
    PowerCompanyRegistered,
    SupportPlanReviewedOn,
    ConsentPartners,
    ConsentMunicipality,
}

/// Every column, in the order an export writes them.
pub const ALL: [TableColumn; 29] = [
    TableColumn::Id,
    TableColumn::Name,
    TableColumn::Kana,
    TableColumn::BirthDate,
    TableColumn::Address,
    TableColumn::Municipality,
    TableColumn::Living,
    TableColumn::PrimaryDoctor,
    TableColumn::CareManager,
    TableColumn::FamilyPhone,
    TableColumn::VendorPhone,
    TableColumn::Floor,
    TableColumn::FloodDepth,
    TableColumn::Landslide,
    TableColumn::TsunamiZone,
    TableColumn::Ventilator,
    TableColumn::VentilatorHours,
    TableColumn::VentilatorDrawW,
    TableColumn::InternalBatteryHours,
    TableColumn::ExternalBatteryHours,
    TableColumn::OffVentToleranceMin,
    TableColumn::OxygenFlowLpm,
    TableColumn::OxygenConcentratorHours,
    TableColumn::Suction,
    TableColumn::AdmissionArranged,
    TableColumn::PowerCompanyRegistered,
    TableColumn::SupportPlanReviewedOn,
    TableColumn::ConsentPartners,
    TableColumn::ConsentMunicipality,
];

impl TableColumn {
    /// The header an export writes (and the first name an import recognises).
    pub fn header_ja(self) -> &'static str {
        self.names()[0]
    }

    /// Headers seen in clinics' own lists, compared after [`normalize`].
    fn names(self) -> &'static [&'static str] {
        match self {
            TableColumn::Id => &["患者ID", "利用者ID", "患者番号", "利用者番号", "id"],
            TableColumn::Name => &["氏名", "患者氏名", "利用者氏名", "利用者名", "患者名", "名前", "name"],
            TableColumn::Kana => &["ふりがな", "フリガナ", "かな", "カナ", "氏名カナ", "kana"],
            TableColumn::BirthDate => &["生年月日", "誕生日", "birth date", "date of birth", "dob"],
            TableColumn::Address => &["住所", "所在地", "address"],
            TableColumn::Municipality => &["市町村", "市区町村", "市町村名", "municipality"],
            TableColumn::Living => &["世帯", "世帯状況", "世帯構成", "同居状況", "living"],
            TableColumn::PrimaryDoctor => &["主治医", "かかりつけ医", "primary doctor"],
            TableColumn::CareManager => {
                &["ケアマネジャー", "ケアマネージャー", "ケアマネ", "介護支援専門員", "care manager"]
            }
            TableColumn::FamilyPhone => {
                &["家族連絡先", "家族の電話", "家族電話", "緊急連絡先", "family phone"]
            }
            TableColumn::VendorPhone => {
                &["機器業者24時間連絡先", "機器業者連絡先", "業者連絡先", "vendor phone"]
            }
            TableColumn::Floor => &["居室の階", "階", "階数", "floor"],
            TableColumn::FloodDepth => &["想定浸水深", "浸水深", "浸水想定", "flood depth"],
            TableColumn::Landslide => &["土砂災害警戒区域", "土砂災害", "landslide"],
            TableColumn::TsunamiZone => &["津波浸水想定区域", "津波浸水想定", "津波", "tsunami"],
            TableColumn::Ventilator => &["人工呼吸器", "呼吸器", "呼吸器の種類", "ventilator"],
            TableColumn::VentilatorHours => {
                &["呼吸器使用時間（時間/日）", "呼吸器使用時間", "呼吸器の使用時間", "ventilator hours"]
            }
            TableColumn::VentilatorDrawW => {
                &["呼吸器消費電力（W）", "呼吸器消費電力", "消費電力", "ventilator draw w"]
            }
            TableColumn::InternalBatteryHours => {
                &["内部バッテリー（時間）", "内部バッテリー", "内蔵バッテリー", "internal battery hours"]
            }
            TableColumn::ExternalBatteryHours => {
                &["外部バッテリー（時間）", "外部バッテリー", "external battery hours"]
            }
            TableColumn::OffVentToleranceMin => {
                &["呼吸器離脱可能時間（分）", "呼吸器離脱可能時間", "離脱可能時間", "off vent tolerance min"]
            }
            TableColumn::OxygenFlowLpm => {
                &["酸素流量（L/分）", "酸素流量", "在宅酸素流量", "oxygen flow lpm"]
            }
            TableColumn::OxygenConcentratorHours => &[
                "酸素濃縮器使用時間（時間/日）",
                "酸素濃縮器使用時間",
                "酸素濃縮器",
                "oxygen concentrator hours",
            ],
            TableColumn::Suction => &["吸引器", "吸引", "suction"],
            TableColumn::AdmissionArranged => {
                &["入院先調整済", "入院調整", "受入病院調整済", "admission arranged"]
            }
            TableColumn::PowerCompanyRegistered => {
                &["電力会社登録", "電力会社への登録", "power company registered"]
            }
            TableColumn::SupportPlanReviewedOn => {
                &["個別支援計画見直し日", "支援計画見直し日", "個別支援計画", "support plan reviewed on"]
            }
            TableColumn::ConsentPartners => {
                &["連携先への提供同意日", "連携先同意", "代行訪問同意", "consent partners"]
            }
            TableColumn::ConsentMunicipality => {
                &["市町村への提供同意日", "市町村同意", "避難行動要支援者名簿同意", "consent municipality"]
            }
        }
    }
}

/// Folds the ways people type the same header: full-width ASCII, spaces, brackets, case.
pub fn normalize(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            c => c,
        })
        .filter(|c| !c.is_whitespace() && !"()（）[]「」【】/・_-:：".contains(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The column each header most likely holds; a column is suggested for one header at most.
pub fn suggest(headers: &[String]) -> Vec<Option<TableColumn>> {
    let mut taken = Vec::new();
    headers
        .iter()
        .map(|h| {
            let h = normalize(h);
            let found = ALL
                .iter()
                .copied()
                .find(|c| !taken.contains(c) && c.names().iter().any(|n| normalize(n) == h));
            taken.extend(found);
            found
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_export_header_is_recognised_as_its_own_column() {
        let headers: Vec<String> = ALL.iter().map(|c| c.header_ja().to_string()).collect();
        let suggested = suggest(&headers);
        assert_eq!(suggested, ALL.iter().copied().map(Some).collect::<Vec<_>>());
    }

    #[test]
    fn headers_are_matched_however_they_are_typed() {
        let cases: &[(&str, Option<TableColumn>)] = &[
            ("患者氏名", Some(TableColumn::Name)),
            ("フリガナ", Some(TableColumn::Kana)),
            ("生年月日 ", Some(TableColumn::BirthDate)),
            ("酸素流量(L/分)", Some(TableColumn::OxygenFlowLpm)),
            ("ＩＤ", Some(TableColumn::Id)),
            ("備考", None),
        ];
        for (header, expected) in cases {
            assert_eq!(suggest(&[header.to_string()]), vec![*expected], "{header}");
        }
    }

    #[test]
    fn a_column_is_suggested_once() {
        let suggested = suggest(&["氏名".into(), "名前".into()]);
        assert_eq!(suggested, vec![Some(TableColumn::Name), None]);
    }
}
