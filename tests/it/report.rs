use bcp_core::api::{self, ApiError};
use bcp_core::organization::{OrganizationDraft, OrganizationKind};
use bcp_tests::{memory_store, now, today};

#[test]
fn cover_needs_an_organisation() {
    assert!(matches!(api::report::cover(&memory_store(), now(), today()), Err(ApiError::NoOrganization)));
}

#[test]
fn cover_is_a_one_page_pdf_with_embedded_subset_fonts() {
    let mut store = memory_store();
    let draft = OrganizationDraft {
        kind: OrganizationKind::ZaitakuClinic,
        name: "𠮷田在宅クリニック".into(),
        corporation_name: String::new(),
        address: String::new(),
        municipality: Some("帯広市".into()),
        phone: String::new(),
        manager_name: String::new(),
    };
    api::organization::save(&mut store, draft, now()).expect("valid");
    let printed = api::report::cover(&store, now(), today()).expect("prints");
    assert!(printed.bytes.starts_with(b"%PDF-"));
    assert_eq!(printed.pages, 1);
    assert_eq!(printed.missing_glyphs, ['𠮷'], "the user is told which character became 〓");
    let text = String::from_utf8_lossy(&printed.bytes);
    assert!(text.contains("/FontFile2"), "TrueType font program embedded");
    assert!(
        printed.bytes.len() < 400_000,
        "subset fonts, not the 4.7 MB faces: {} bytes",
        printed.bytes.len()
    );
    assert_eq!(
        api::report::cover_file_name(&store, today()).expect("name"),
        "表紙_𠮷田在宅クリニック_20261125.pdf"
    );
}

/// A plan in which the user adopted every 例示 (what "サンプル" plans are made of).
fn plan_with_every_example(kind: OrganizationKind) -> bcp_core::store::Store {
    let mut store = memory_store();
    let draft = OrganizationDraft {
        corporation_name: "合同会社 十勝ケア".into(),
        municipality: Some("帯広市".into()),
        ..bcp_tests::draft(kind, "訪問看護ステーションとかち")
    };
    api::organization::save(&mut store, draft, now()).expect("valid");
    api::plan::start(&mut store, bcp_core::plan::PlanScope::Combined, now()).expect("starts");
    bcp_tests::adopt_every_example(&mut store);
    store
}

#[test]
fn the_printed_plan_has_every_chapter_in_order_with_a_true_table_of_contents() {
    use bcp_core::report::fonts::Fonts;
    use bcp_core::report::plan::{PlanInput, layout};
    let store = plan_with_every_example(OrganizationKind::NursingStation);
    let view = api::organization::get(&store).expect("read").expect("registered");
    let plan = api::plan::current(&store).expect("read").expect("started");
    assert_eq!(
        plan.progress.required.filled, plan.progress.required.total,
        "examples fill every required item"
    );
    let guide = api::plan::guide().expect("guide");
    let fonts = Fonts::load().expect("fonts");
    let layout = layout(
        &PlanInput {
            extra_insights: vec![],
            guide,
            organization: &view.organization,
            place: view.place.as_ref(),
            scope: plan.scope,
            answers: &plan.answers,
            date: today(),
            revisions: &[],
            version_label: "初版（未確定）".into(),
            language: bcp_core::settings::Language::Ja,
        },
        &fonts,
    );
    assert!(layout.missing_glyphs.is_empty(), "{:?}", layout.missing_glyphs);

    // Chapter headings appear in the guide's (MHLW) order, each starting a page after the contents.
    let expected: Vec<String> = guide
        .chapters
        .iter()
        .filter(|c| guide.steps.iter().any(|s| s.chapter == c.id))
        .enumerate()
        .map(|(i, c)| format!("第{}章　{}", i + 1, c.title.ja))
        .collect();
    let contents_page =
        layout.pages.iter().position(|p| p.texts().contains(&"目次")).expect("a contents page");
    assert_eq!(contents_page, 2, "cover, 改訂履歴, then 目次");
    let mut found = Vec::new();
    for (index, page) in layout.pages.iter().enumerate().skip(contents_page + 1) {
        for text in page.texts() {
            if expected.iter().any(|e| e == text) {
                found.push((text.to_string(), index + 1));
            }
        }
    }
    let titles: Vec<&str> = found.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(titles, expected.iter().map(String::as_str).collect::<Vec<_>>());

    // The contents page names the page each chapter really starts on.
    let contents = layout.pages[contents_page].texts();
    for (title, page) in &found {
        let at =
            contents.iter().position(|t| t == title).unwrap_or_else(|| panic!("{title} not in contents"));
        assert_eq!(contents[at + 1], page.to_string(), "contents page number of {title}");
    }

    // Every page after the cover carries the organisation and the 「n / N」 footer.
    let total = layout.pages.len();
    for (i, page) in layout.pages.iter().enumerate().skip(1) {
        let texts = page.texts();
        assert!(texts.contains(&"訪問看護ステーションとかち"), "page {}", i + 1);
        assert!(texts.contains(&format!("－ {} / {total} －", i + 1).as_str()), "page {}", i + 1);
    }
}

#[test]
fn the_plan_prints_in_the_chosen_print_language() {
    use bcp_core::report::fonts::Fonts;
    use bcp_core::settings::Language;
    let mut store = plan_with_every_example(OrganizationKind::NursingStation);
    let fonts = Fonts::load().expect("fonts");
    let texts = |store: &bcp_core::store::Store| -> Vec<String> {
        let layout = api::report::plan_layout(store, None, today(), &fonts).expect("layout");
        layout.pages.iter().flat_map(|p| p.texts().into_iter().map(str::to_string)).collect()
    };
    let japanese = texts(&store);
    assert!(japanese.iter().any(|t| t == "目次"));

    api::settings::set_print_language(&mut store, Language::En).expect("set");
    let english = texts(&store);
    for word in ["Contents", "Revision history", "Kind", "Visiting-nurse station"] {
        assert!(english.iter().any(|t| t == word), "{word} in the English plan");
    }
    assert!(english.iter().any(|t| t.starts_with("Chapter 1. ")), "chapter headings in English");
    // The frame is English; only what the user wrote (Japanese examples here) stays Japanese.
    for word in ["目次", "改訂履歴", "（未記入・必須）", "種別"] {
        assert!(!english.iter().any(|t| t.contains(word)), "{word} left in the English plan");
    }
    // The UI language does not change what prints.
    api::settings::set_language(&mut store, Language::Ja).expect("set");
    assert!(texts(&store).iter().any(|t| t == "Contents"));

    // The summary and the action cards follow too.
    let summary = api::report::summary(&store, now(), today()).expect("summary");
    let cards = api::report::action_cards(&store, now(), today()).expect("cards");
    for (printed, word) in [(&summary, "Basic policy"), (&cards, "Action card: ")] {
        let text = String::from_utf8_lossy(&printed.bytes);
        assert!(printed.pages >= 1 && !text.is_empty(), "{word}");
    }
    use bcp_core::report::{action_cards, summary as summary_report};
    let view = api::organization::get(&store).expect("read").expect("registered");
    let plan = api::plan::current(&store).expect("read").expect("started");
    let layout = summary_report::layout(
        &summary_report::SummaryInput {
            guide: api::plan::guide().expect("guide"),
            organization: &view.organization,
            answers: &plan.answers,
            version_label: "Version 1".into(),
            date: today(),
            language: Language::En,
        },
        &fonts,
    )
    .expect("summary");
    let words: Vec<String> =
        layout.pages.iter().flat_map(|p| p.texts().into_iter().map(str::to_string)).collect();
    assert!(words.iter().any(|t| t == "Basic policy"), "summary sections in English");
    let layout = action_cards::layout(
        &action_cards::CardsInput {
            guide: api::plan::guide().expect("guide"),
            organization: &view.organization,
            answers: &plan.answers,
            version_label: "Version 1".into(),
            language: Language::En,
        },
        &fonts,
    )
    .expect("cards");
    let words: Vec<String> =
        layout.pages.iter().flat_map(|p| p.texts().into_iter().map(str::to_string)).collect();
    assert!(words.iter().any(|t| t.starts_with("Action card: ")), "cards in English");
    assert!(!words.iter().any(|t| t.contains("任務：") || t.contains("担当：")), "no Japanese frame words");
}

#[test]
fn a_long_name_and_the_version_line_never_share_the_header_line() {
    use bcp_core::report::fonts::{Fonts, Weight};
    use bcp_core::report::layout::Item;
    let name = "医療法人社団 北十勝在宅医療ネットワーク 訪問看護ステーションおとふけ中央";
    let mut store = bcp_tests::registered(OrganizationKind::NursingStation, name);
    api::plan::start(&mut store, bcp_core::plan::PlanScope::Combined, now()).expect("starts");
    let fonts = Fonts::load().expect("fonts");
    for language in [bcp_core::settings::Language::Ja, bcp_core::settings::Language::En] {
        api::settings::set_print_language(&mut store, language).expect("set");
        let layout = api::report::plan_layout(&store, None, today(), &fonts).expect("layout");
        // Header lines sit above the rule at 16 mm; on one baseline they must not run into each other.
        let header: Vec<_> = layout.pages[1]
            .items
            .iter()
            .filter_map(|i| match i {
                Item::Text(t) if t.baseline < 16.0 => Some(t),
                _ => None,
            })
            .collect();
        assert_eq!(header.len(), 2, "{language:?}");
        let (a, b) = (header[0], header[1]);
        if a.baseline == b.baseline {
            let (left, right) = if a.x < b.x { (a, b) } else { (b, a) };
            let end = left.x + fonts.width_pt(&left.text, Weight::Regular, left.size_pt) / 72.0 * 25.4;
            assert!(end < right.x, "{language:?}: {} runs into {}", left.text, right.text);
        }
        assert!(header.iter().any(|t| t.text == name), "{language:?}: the name is printed whole");
    }
}

#[test]
fn unanswered_required_items_print_as_gaps() {
    let mut store = bcp_tests::registered(OrganizationKind::Clinic, "無床クリニック");
    api::plan::start(&mut store, bcp_core::plan::PlanScope::Disaster, now()).expect("starts");
    let printed = api::report::plan(&store, now(), today()).expect("an empty plan prints");
    assert!(printed.pages >= 3, "cover, contents and chapters: {}", printed.pages);
}

#[test]
fn the_summary_fits_one_page_and_the_action_cards_two_per_page() {
    let store = plan_with_every_example(OrganizationKind::NursingStation);
    let summary = api::report::summary(&store, now(), today()).expect("summary prints");
    assert_eq!(summary.pages, 1, "事業継続計画サマリ is one page");

    let plan = api::plan::current(&store).expect("read").expect("started");
    let roles =
        plan.answers.get("governance", "emergency-roles").and_then(|v| v.as_array()).map_or(0, Vec::len);
    assert!(roles >= 2, "the example has several roles");
    let cards = api::report::action_cards(&store, now(), today()).expect("cards print");
    assert_eq!(cards.pages, roles.div_ceil(2), "{roles} roles, two cards per page");
}

#[test]
fn without_roles_the_action_cards_say_what_to_fill_in() {
    use bcp_core::report::action_cards::{CardsInput, layout};
    use bcp_core::report::fonts::Fonts;
    let store = plan_with_every_example(OrganizationKind::NursingStation);
    let view = api::organization::get(&store).expect("read").expect("registered");
    let guide = api::plan::guide().expect("guide");
    let empty = bcp_core::plan::Answers::default();
    let fonts = Fonts::load().expect("fonts");
    let input = CardsInput {
        guide,
        organization: &view.organization,
        answers: &empty,
        version_label: "初版（未確定）".into(),
        language: bcp_core::settings::Language::Ja,
    };
    let layout = layout(&input, &fonts).expect("lays out");
    assert_eq!(layout.pages.len(), 1);
    assert!(
        layout.pages[0].texts().iter().any(|t| t.contains("役割が未記入")),
        "{:?}",
        layout.pages[0].texts()
    );
}
