//! The DOCX a clinic would keep instead of using this app: the same pages, lines, sizes, weights,
//! font and positions as our PDF, written with docx-rs, for LibreOffice to convert side by side.
//!
//! Each printed line becomes a paragraph at its indent with an exact line pitch, so the baselines
//! land where the PDF puts them; lines sharing a baseline (table cells) become one paragraph with a
//! tab stop per cell. Rules and shaded bands are left out: LibreOffice gets slightly less to draw
//! than we do, which only flatters it.

use bcp_core::report::fonts::Weight;
use bcp_core::report::layout::{Item, Layout, TextLine};
use docx_rs::{Docx, LineSpacing, LineSpacingType, PageMargin, Paragraph, Run, RunFonts, Tab, TabValueType};

/// The PDF's font, which the bench makes visible to LibreOffice through fontconfig.
pub const FONT: &str = "BIZ UDGothic";

const TWIPS_PER_MM: f32 = 1440.0 / 25.4;
const A4_TWIPS: (u32, u32) = (11906, 16838);

fn twips(mm: f32) -> i32 {
    (mm * TWIPS_PER_MM).round() as i32
}

/// Lines of one page grouped by baseline (within 0.3 mm), top to bottom, each group left to right.
fn rows(items: &[Item]) -> Vec<Vec<&TextLine>> {
    let mut lines: Vec<&TextLine> = items
        .iter()
        .filter_map(|i| match i {
            Item::Text(t) if !t.text.trim().is_empty() => Some(t),
            _ => None,
        })
        .collect();
    lines.sort_by(|a, b| a.baseline.total_cmp(&b.baseline).then(a.x.total_cmp(&b.x)));
    let mut rows: Vec<Vec<&TextLine>> = Vec::new();
    for line in lines {
        match rows.last_mut() {
            Some(row) if (row[0].baseline - line.baseline).abs() < 0.3 => row.push(line),
            _ => rows.push(vec![line]),
        }
    }
    rows
}

fn run(line: &TextLine) -> Run {
    // Word sizes are half-points.
    let run = Run::new()
        .size((line.size_pt * 2.0).round() as usize)
        .fonts(RunFonts::new().east_asia(FONT).ascii(FONT).hi_ansi(FONT));
    match line.weight {
        Weight::Bold => run.bold(),
        Weight::Regular => run,
    }
}

/// The DOCX bytes of `layouts`, one after another, every page starting on a new page.
pub fn write(layouts: &[Layout]) -> Vec<u8> {
    let margin = PageMargin { top: 0, left: 0, bottom: 0, right: 0, header: 0, footer: 0, gutter: 0 };
    let mut docx = Docx::new().page_size(A4_TWIPS.0, A4_TWIPS.1).page_margin(margin);
    let mut first_page = true;
    for page in layouts.iter().flat_map(|l| &l.pages) {
        let mut previous_baseline = 0.0_f32;
        for (n, row) in rows(&page.items).into_iter().enumerate() {
            let baseline = row[0].baseline;
            let size_mm = row.iter().map(|l| l.size_pt).fold(0.0_f32, f32::max) * 25.4 / 72.0;
            // An exact pitch puts the baseline about 80 % down the line box (LibreOffice's rule
            // for CJK fonts); the first line of a page starts at the top edge.
            let pitch = if n == 0 { baseline + size_mm * 0.25 } else { baseline - previous_baseline };
            previous_baseline = baseline;
            let spacing = LineSpacing::new()
                .line_rule(LineSpacingType::Exact)
                .line(twips(pitch.max(size_mm)))
                .before(0)
                .after(0);
            let mut paragraph =
                Paragraph::new().indent(Some(twips(row[0].x)), None, None, None).line_spacing(spacing);
            if n == 0 && !first_page {
                paragraph = paragraph.page_break_before(true);
            }
            for (i, line) in row.iter().enumerate() {
                let mut r = run(line);
                if i > 0 {
                    paragraph = paragraph
                        .add_tab(Tab::new().val(TabValueType::Left).pos(twips(line.x).max(0) as usize));
                    r = r.add_tab();
                }
                paragraph = paragraph.add_run(r.add_text(line.text.as_str()));
            }
            docx = docx.add_paragraph(paragraph);
        }
        first_page = false;
    }
    let mut bytes = std::io::Cursor::new(Vec::new());
    docx.build().pack(&mut bytes).expect("writing to memory cannot fail");
    bytes.into_inner()
}

#[cfg(test)]
mod tests {
    use super::*;
    use bcp_core::report::layout::Page;

    fn line(x: f32, baseline: f32, text: &str, weight: Weight) -> Item {
        Item::Text(TextLine { x, baseline, size_pt: 10.5, weight, text: text.into() })
    }

    fn document_xml(bytes: &[u8]) -> String {
        // A DOCX is a zip; the body is word/document.xml, stored deflated. Find it by its name and
        // let the same zip crate docx-rs uses read it back.
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
        let mut xml = String::new();
        std::io::Read::read_to_string(&mut archive.by_name("word/document.xml").expect("body"), &mut xml)
            .expect("utf-8");
        xml
    }

    #[test]
    fn every_line_cell_and_page_of_the_layout_reaches_the_docx() {
        let layout = Layout {
            title: "計画".into(),
            pages: vec![
                Page {
                    items: vec![
                        line(20.0, 30.0, "第1章　総論", Weight::Bold),
                        line(20.0, 40.0, "氏名", Weight::Regular),
                        line(80.0, 40.1, "電源の残り", Weight::Regular),
                        Item::Rule { from: (20.0, 42.0), to: (190.0, 42.0), width_pt: 0.5, grey: 0.0 },
                    ],
                },
                Page { items: vec![line(20.0, 30.0, "第2章", Weight::Regular)] },
            ],
            missing_glyphs: vec![],
        };
        let xml = document_xml(&write(&[layout]));
        for text in ["第1章　総論", "氏名", "電源の残り", "第2章"] {
            assert!(xml.contains(text), "{text} missing");
        }
        assert_eq!(xml.matches("<w:pageBreakBefore").count(), 1, "the second page starts a page");
        let tabs = xml.matches("<w:tab/>").count() + xml.matches("<w:tab />").count();
        assert_eq!(tabs, 1, "two cells on one baseline: one tab");
        assert!(xml.contains("<w:b />") || xml.contains("<w:b/>"), "the heading stays bold");
        assert!(xml.contains(FONT));
    }
}
