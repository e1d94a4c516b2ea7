//! The plan's cover page (表紙): title, the organisation, where it is, and the date in 和暦 and 西暦.
//! Content and order follow the common MHLW template covers: an inspector expects the plan's name,
//! the 事業所名 and 法人名, and 作成日 on the first page.

use super::fonts::{Fonts, Weight};
use super::layout::{A4_WIDTH_MM, Align, Composer, Item, Layout, Page, Style, number_pages};
use super::words::{say, words};
use crate::organization::Organization;
use crate::region::Place;
use crate::settings::Language;
use chrono::NaiveDate;

/// The document title in `language` (the cover's first line, and the PDF's title).
pub fn title(language: Language) -> &'static str {
    say(&words().cover_title, language)
}

pub struct CoverInput<'a> {
    pub organization: &'a Organization,
    pub place: Option<&'a Place>,
    /// 作成日, the day the cover is printed.
    pub date: NaiveDate,
    /// The line under the title, e.g. 「機関型BCP（自然災害・感染症（一体型））」.
    pub subtitle: String,
    pub language: Language,
}

const MARGIN: f32 = 25.0;
const INK: f32 = 0.0;

/// The cover alone, numbered 「－ 1 / 1 －」.
pub fn layout(input: &CoverInput, fonts: &Fonts) -> Layout {
    let (page, missing_glyphs) = page(input, fonts);
    let mut layout = Layout {
        title: format!("{} — {}", title(input.language), input.organization.name),
        pages: vec![page],
        missing_glyphs,
    };
    number_pages(&mut layout, fonts);
    layout
}

/// The cover page, unnumbered, for use as the first page of a longer document.
pub fn page(input: &CoverInput, fonts: &Fonts) -> (Page, Vec<char>) {
    let mut composer = Composer::new(fonts);
    let mut page = Page::default();
    let width = A4_WIDTH_MM - 2.0 * MARGIN;
    let org = input.organization;

    let style = |size_pt: f32, weight: Weight, align: Align| Style { size_pt, weight, leading: 1.5, align };

    // Title block, framed by two rules.
    page.items.push(rule(MARGIN, 62.0, A4_WIDTH_MM - MARGIN, 62.0, 1.5));
    let language = input.language;
    let w = words();
    let y = composer.block(
        &mut page,
        title(language),
        MARGIN,
        68.0,
        width,
        style(22.0, Weight::Bold, Align::Center),
    );
    let y = composer.block(
        &mut page,
        &input.subtitle,
        MARGIN,
        y + 2.0,
        width,
        style(13.0, Weight::Regular, Align::Center),
    );
    page.items.push(rule(MARGIN, y + 6.0, A4_WIDTH_MM - MARGIN, y + 6.0, 1.5));

    // The organisation, large: the cover is found on a shelf by this line.
    let y =
        composer.block(&mut page, &org.name, MARGIN, 118.0, width, style(26.0, Weight::Bold, Align::Center));
    let y = if org.corporation_name.is_empty() {
        y
    } else {
        composer.block(
            &mut page,
            &org.corporation_name,
            MARGIN,
            y + 2.0,
            width,
            style(14.0, Weight::Regular, Align::Center),
        )
    };

    // Particulars as label/value rows.
    let label = |t: &'static crate::guide::Text| -> &'static str { say(t, language) };
    let mut rows: Vec<(&str, String)> = vec![(label(&w.kind), org.kind.label(language).to_string())];
    if !org.address.is_empty() {
        rows.push((label(&w.address), org.address.clone()));
    }
    if let Some(place) = input.place {
        rows.push((label(&w.municipality), format!("{}{}", place.prefecture, place.municipality)));
        rows.push((label(&w.home_care_region), place.home_care_region.clone()));
        rows.push((
            label(&w.secondary_region),
            match language {
                Language::Ja => format!("{}（{}）", place.secondary_region, place.tertiary_region),
                Language::En => format!("{} ({})", place.secondary_region, place.tertiary_region),
            },
        ));
        rows.push((label(&w.health_center), place.health_center.clone()));
    }
    if !org.manager_name.is_empty() {
        rows.push((label(&w.manager), org.manager_name.clone()));
    }
    if !org.phone.is_empty() {
        rows.push((label(&w.phone), org.phone.clone()));
    }
    // English labels are longer ("Public health centre"): a wider column, and rows as tall as either side.
    let label_width = match language {
        Language::Ja => 32.0,
        Language::En => 44.0,
    };
    let table_x = MARGIN + 12.0;
    let table_width = width - 24.0;
    let row_style = style(11.5, Weight::Regular, Align::Left);
    let mut y = y.max(150.0) + 8.0;
    page.items.push(rule(table_x, y, table_x + table_width, y, 0.4));
    for (label, value) in rows {
        let label_bottom = composer.block(
            &mut page,
            label,
            table_x + 2.0,
            y + 1.5,
            label_width - 3.0,
            Style { weight: Weight::Bold, ..row_style },
        );
        let bottom = composer.block(
            &mut page,
            &value,
            table_x + label_width,
            y + 1.5,
            table_width - label_width - 2.0,
            row_style,
        );
        y = bottom.max(label_bottom) + 1.5;
        page.items.push(rule(table_x, y, table_x + table_width, y, 0.4));
    }

    // 作成日 near the foot, where covers conventionally carry it.
    let date =
        format!("{}{}", say(&w.created_on, language), crate::dates::for_language(input.date, language));
    composer.block(&mut page, &date, MARGIN, 245.0, width, style(12.0, Weight::Regular, Align::Center));

    (page, composer.missing_glyphs)
}

fn rule(x1: f32, y1: f32, x2: f32, y2: f32, width_pt: f32) -> Item {
    Item::Rule { from: (x1, y1), to: (x2, y2), width_pt, grey: INK }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::organization::OrganizationKind;

    fn org(name: &str) -> Organization {
        Organization {
            kind: OrganizationKind::NursingStation,
            name: name.into(),
            corporation_name: "医療法人社団 北の杜".into(),
            address: "北海道名寄市西3条南5丁目".into(),
            municipality: Some("名寄市".into()),
            phone: "01654-00-0000".into(),
            manager_name: "佐藤 花子".into(),
            updated_at: "2026-11-25T06:00:00Z".into(),
        }
    }

    fn place() -> Place {
        Place {
            prefecture: "北海道".into(),
            municipality: "名寄市".into(),
            home_care_region: "上川北部".into(),
            secondary_region: "上川北部".into(),
            tertiary_region: "道北".into(),
            health_center: "名寄保健所".into(),
        }
    }

    #[test]
    fn cover_reads_top_to_bottom() {
        let fonts = Fonts::load().expect("fonts");
        let org = org("訪問看護ステーションなよろ");
        let place = place();
        let date = NaiveDate::from_ymd_opt(2026, 11, 25).expect("date");
        let layout = layout(
            &CoverInput {
                organization: &org,
                place: Some(&place),
                date,
                subtitle: "機関型BCP".into(),
                language: Language::Ja,
            },
            &fonts,
        );
        assert_eq!(layout.pages.len(), 1);
        assert_eq!(
            layout.pages[0].texts(),
            [
                "在宅医療における業務継続計画（BCP）",
                "機関型BCP",
                "訪問看護ステーションなよろ",
                "医療法人社団 北の杜",
                "種別",
                "訪問看護ステーション",
                "所在地",
                "北海道名寄市西3条南5丁目",
                "市町村",
                "北海道名寄市",
                "在宅医療圏",
                "上川北部",
                "二次医療圏",
                "上川北部（道北）",
                "所管保健所",
                "名寄保健所",
                "管理者",
                "佐藤 花子",
                "電話",
                "01654-00-0000",
                "作成日　令和8年11月25日（2026-11-25）",
                "－ 1 / 1 －",
            ]
        );
        assert!(layout.missing_glyphs.is_empty());
    }

    #[test]
    fn long_names_wrap_inside_the_margins_and_missing_glyphs_are_reported() {
        let fonts = Fonts::load().expect("fonts");
        let org = org("医療法人社団𠮷田会　在宅療養支援診療所　𠮷田ファミリークリニック（本院・訪問診療部）");
        let date = NaiveDate::from_ymd_opt(2019, 5, 1).expect("date");
        let layout = layout(
            &CoverInput {
                organization: &org,
                place: None,
                date,
                subtitle: "機関型BCP".into(),
                language: Language::Ja,
            },
            &fonts,
        );
        assert_eq!(layout.missing_glyphs, ['𠮷']);
        let texts = layout.pages[0].texts();
        assert!(texts.contains(&"作成日　令和元年5月1日（2019-05-01）"));
        let name_lines: Vec<_> =
            texts.iter().filter(|t| t.contains('〓') || t.contains("クリニック")).collect();
        assert!(name_lines.len() >= 2, "a long name wraps: {name_lines:?}");
        for item in &layout.pages[0].items {
            if let Item::Text(t) = item {
                let right =
                    t.x + fonts.width_pt(&t.text, t.weight, t.size_pt) / super::super::layout::PT_PER_MM;
                assert!(
                    t.x >= MARGIN - 0.01 && right <= A4_WIDTH_MM - MARGIN + 0.01,
                    "{:?} leaves the margins",
                    t.text
                );
            }
        }
    }
}
