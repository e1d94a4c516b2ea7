//! The full plan (機関型BCP) as a printed document: cover, 目次 with page numbers, then the guide's
//! chapters in MHLW order, each step's answers set as text, lists and tables. Unanswered required
//! items print as 「（未記入・必須）」 so that a reader sees the gaps instead of missing headings.

use super::answer_text::{View, date_in, value_block};
use super::cover::{self, CoverInput};
use super::flow::{Flow, TableSpec, frame_pages};
use super::fonts::{Fonts, Weight};
use super::layout::Layout;
use super::words::{say, say_n, words};
use crate::guide::{Field, Guide, Requirement, Shape};
use crate::organization::Organization;
use crate::plan::revision::Revision;
use crate::plan::value::is_blank as is_empty;
use crate::plan::{Answers, PlanScope};
use crate::region::Place;
use crate::settings::Language;
use chrono::NaiveDate;
use serde_json::Value;

pub struct PlanInput<'a> {
    /// Notes derived from outside the answers (e.g. the patient register's counts).
    pub extra_insights: Vec<crate::plan::insights::Insight>,
    pub guide: &'a Guide,
    pub organization: &'a Organization,
    pub place: Option<&'a Place>,
    pub scope: PlanScope,
    pub answers: &'a Answers,
    pub date: NaiveDate,
    /// 改訂履歴, oldest first.
    pub revisions: &'a [Revision],
    /// 「第2版」, 「第3版（案）」 or 「初版（未確定）」: printed on every page.
    pub version_label: String,
    /// The print language: the frame, headings and choice labels (answers print as written).
    pub language: Language,
}

/// One entry of the table of contents: level 1 = chapter, 2 = step; page index in the body.
struct TocEntry {
    level: u8,
    title: String,
    body_page: usize,
}

pub fn layout(input: &PlanInput, fonts: &Fonts) -> Layout {
    let org = input.organization;
    let covered = input.scope.hazards();
    let language = input.language;
    let w = words();
    let subtitle = match language {
        Language::Ja => format!("{}（{}）", w.plan_kind.ja, input.scope.label_ja()),
        Language::En => format!("{} ({})", w.plan_kind.en, input.scope.label(language)),
    };
    let local = |t: &crate::guide::Text| say(t, language).to_string();

    let mut insights = crate::plan::insights::insights(input.answers);
    insights.extend(input.extra_insights.iter().cloned());

    // Body first, to learn where each chapter and step starts.
    let mut body = Flow::new(fonts);
    let mut toc = Vec::new();
    let mut chapter_number = 0;
    for chapter in &input.guide.chapters {
        let steps: Vec<_> = input
            .guide
            .steps
            .iter()
            .filter(|s| s.chapter == chapter.id && s.applies(org.kind, covered))
            .collect();
        if steps.is_empty() {
            continue;
        }
        chapter_number += 1;
        if chapter_number > 1 {
            body.page_break();
        }
        let title = format!("{}{}", say_n(&w.chapter, language, chapter_number), local(&chapter.title));
        toc.push(TocEntry { level: 1, title: title.clone(), body_page: body.page_index() });
        body.heading(&title, 1);
        for (i, step) in steps.iter().enumerate() {
            let title = match language {
                Language::Ja => format!("{}．{}", i + 1, step.title.ja),
                Language::En => format!("{}. {}", i + 1, step.title.en),
            };
            body.heading(&title, 2);
            toc.push(TocEntry { level: 2, title, body_page: body.page_index() });
            for field in step.fields.iter().filter(|f| f.applies(covered)) {
                let value = input.answers.get(&step.id, &field.id);
                field_block(&mut body, field, value, field.requirement_for(org.kind), language);
                for insight in insights.iter().filter(|i| i.step_id == step.id && i.field_id == field.id) {
                    let mark = say(if insight.warning { &w.insight_warning } else { &w.insight }, language);
                    body.paragraph(&format!("{mark}{}", local(&insight.text)), 4.0, Weight::Regular, None);
                }
            }
        }
    }
    let (body_pages, body_missing) = body.finish();

    // 改訂履歴 on its own page(s), newest version last as in a paper binder.
    let mut history = Flow::new(fonts);
    history.heading(say(&w.revision_history, language), 1);
    if input.revisions.is_empty() {
        history.paragraph(say(&w.no_revision_yet, language), 0.0, Weight::Regular, None);
    } else {
        let rows = input
            .revisions
            .iter()
            .map(|r| {
                vec![
                    say_n(&w.version_number, language, r.number),
                    date_in(&Value::String(r.revised_on.clone()), language),
                    r.reason.clone(),
                    r.approver.clone(),
                    r.next_review_due
                        .as_ref()
                        .map_or_else(String::new, |d| date_in(&Value::String(d.clone()), language)),
                ]
            })
            .collect();
        let columns = [
            (&w.col_version, 0.5),
            (&w.col_revised_on, 1.3),
            (&w.col_reason, 2.0),
            (&w.col_approver, 1.0),
            (&w.col_next_review, 1.3),
        ];
        history.table(&TableSpec {
            columns: columns.iter().map(|(h, width)| (say(h, language).to_string(), *width)).collect(),
            rows,
        });
    }
    let (history_pages, history_missing) = history.finish();

    // The contents page(s): laid out once to count them, then with the final numbers.
    let toc_layout = |offset: usize| {
        let mut flow = Flow::new(fonts);
        flow.heading(say(&w.contents, language), 1);
        for entry in &toc {
            let page = (entry.body_page + offset + 1).to_string();
            let (indent, weight) =
                if entry.level == 1 { (0.0, Weight::Bold) } else { (6.0, Weight::Regular) };
            flow.leader_line(&entry.title, indent, &page, weight);
        }
        flow.finish()
    };
    let toc_pages = toc_layout(0).0.len();
    let (toc, toc_missing) = toc_layout(1 + history_pages.len() + toc_pages);

    let (cover, mut missing_glyphs) = cover::page(
        &CoverInput {
            organization: org,
            place: input.place,
            date: input.date,
            subtitle: subtitle.clone(),
            language,
        },
        fonts,
    );
    for c in history_missing.into_iter().chain(toc_missing).chain(body_missing) {
        if !missing_glyphs.contains(&c) {
            missing_glyphs.push(c);
        }
    }
    let mut pages = vec![cover];
    pages.extend(history_pages);
    pages.extend(toc);
    pages.extend(body_pages);
    // The running header must fit beside the organisation's name: English gets a short form.
    let header_right = match language {
        Language::Ja => format!(
            "{subtitle}　{}　{}{}",
            input.version_label,
            say(&w.printed_on, language),
            crate::dates::for_language(input.date, language)
        ),
        Language::En => format!("{} · printed {}", input.version_label, input.date.format("%Y-%m-%d")),
    };
    frame_pages(&mut pages, fonts, &org.name, &header_right, true);
    Layout { title: format!("{} — {}", cover::title(language), org.name), pages, missing_glyphs }
}

fn field_block(
    flow: &mut Flow,
    field: &Field,
    value: Option<&Value>,
    requirement: Requirement,
    language: Language,
) {
    let w = words();
    // The label never stays behind at the foot of a page without the start of its content.
    // (A table needs room for its header and a first row, else the table itself moves on.)
    flow.keep(if matches!(field.shape, Shape::Table { .. } | Shape::Matrix { .. }) { 45.0 } else { 18.0 });
    flow.paragraph(&format!("■ {}", say(&field.label, language)), 0.0, Weight::Bold, None);
    let empty = value.is_none_or(is_empty);
    if empty {
        let note = say(
            match requirement {
                Requirement::Required => &w.blank_required,
                Requirement::Recommended => &w.blank_recommended,
                Requirement::Optional => &w.blank_optional,
            },
            language,
        );
        flow.paragraph(note, 4.0, Weight::Regular, None);
        flow.space(1.5);
        return;
    }
    value_block(flow, field, value.expect("checked non-empty above"), View { language, ..View::default() });
    flow.space(1.5);
}
