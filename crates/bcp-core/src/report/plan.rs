//! The full plan (機関型BCP) as a printed document: cover, 目次 with page numbers, then the guide's
//! chapters in MHLW order, each step's answers set as text, lists and tables. Unanswered required
//! items print as 「（未記入・必須）」 so that a reader sees the gaps instead of missing headings.

use super::answer_text::{View, date, value_block};
use super::cover::{self, CoverInput};
use super::flow::{Flow, TableSpec, frame_pages};
use super::fonts::{Fonts, Weight};
use super::layout::Layout;
use crate::dates::wareki_with_iso;
use crate::guide::{Field, Guide, Requirement, Shape};
use crate::organization::Organization;
use crate::plan::revision::Revision;
use crate::plan::value::is_blank as is_empty;
use crate::plan::{Answers, PlanScope};
use crate::region::Place;
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
    let subtitle = format!("機関型BCP（{}）", input.scope.label_ja());

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
        let title = format!("第{chapter_number}章　{}", chapter.title.ja);
        toc.push(TocEntry { level: 1, title: title.clone(), body_page: body.page_index() });
        body.heading(&title, 1);
        for (i, step) in steps.iter().enumerate() {
            let title = format!("{}．{}", i + 1, step.title.ja);
            body.heading(&title, 2);
            toc.push(TocEntry { level: 2, title, body_page: body.page_index() });
            for field in step.fields.iter().filter(|f| f.applies(covered)) {
                let value = input.answers.get(&step.id, &field.id);
                field_block(&mut body, field, value, field.requirement_for(org.kind));
                for insight in insights.iter().filter(|i| i.step_id == step.id && i.field_id == field.id) {
                    let mark = if insight.warning { "※ 要対応：" } else { "※ " };
                    body.paragraph(&format!("{mark}{}", insight.text.ja), 4.0, Weight::Regular, None);
                }
            }
        }
    }
    let (body_pages, body_missing) = body.finish();

    // 改訂履歴 on its own page(s), newest version last as in a paper binder.
    let mut history = Flow::new(fonts);
    history.heading("改訂履歴", 1);
    if input.revisions.is_empty() {
        history.paragraph(
            "まだ確定した版はありません（この印刷物は確定前の案です）。",
            0.0,
            Weight::Regular,
            None,
        );
    } else {
        let rows = input
            .revisions
            .iter()
            .map(|r| {
                vec![
                    format!("第{}版", r.number),
                    date(&Value::String(r.revised_on.clone())),
                    r.reason.clone(),
                    r.approver.clone(),
                    r.next_review_due.as_ref().map_or_else(String::new, |d| date(&Value::String(d.clone()))),
                ]
            })
            .collect();
        let columns =
            [("版", 0.5), ("改訂日", 1.3), ("改訂内容", 2.0), ("承認者", 1.0), ("次回見直し期限", 1.3)];
        history
            .table(&TableSpec { columns: columns.iter().map(|(h, w)| (h.to_string(), *w)).collect(), rows });
    }
    let (history_pages, history_missing) = history.finish();

    // The contents page(s): laid out once to count them, then with the final numbers.
    let toc_layout = |offset: usize| {
        let mut flow = Flow::new(fonts);
        flow.heading("目次", 1);
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
        &CoverInput { organization: org, place: input.place, date: input.date, subtitle: subtitle.clone() },
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
    let header_right = format!("{subtitle}　{}　印刷日 {}", input.version_label, wareki_with_iso(input.date));
    frame_pages(&mut pages, fonts, &org.name, &header_right, true);
    Layout { title: format!("{} — {}", cover::TITLE, org.name), pages, missing_glyphs }
}

fn field_block(flow: &mut Flow, field: &Field, value: Option<&Value>, requirement: Requirement) {
    // The label never stays behind at the foot of a page without the start of its content.
    // (A table needs room for its header and a first row, else the table itself moves on.)
    flow.keep(if matches!(field.shape, Shape::Table { .. } | Shape::Matrix { .. }) { 45.0 } else { 18.0 });
    flow.paragraph(&format!("■ {}", field.label.ja), 0.0, Weight::Bold, None);
    let empty = value.is_none_or(is_empty);
    if empty {
        let note = match requirement {
            Requirement::Required => "（未記入・必須）",
            Requirement::Recommended => "（未記入・推奨）",
            Requirement::Optional => "（記入なし）",
        };
        flow.paragraph(note, 4.0, Weight::Regular, None);
        flow.space(1.5);
        return;
    }
    value_block(flow, field, value.expect("checked non-empty above"), View::default());
    flow.space(1.5);
}
