//! Draws a [`Layout`] with printpdf's low-level operations and embeds subsets of the fonts.
//! printpdf 0.12 is pre-1.0 and its API churns: every call to it lives in this file.

use super::Printed;
use super::fonts::{Fonts, Weight};
use super::layout::{A4_HEIGHT_MM, A4_WIDTH_MM, Item, Layout, PT_PER_MM};
use printpdf::{
    Codepoint, Color, Greyscale, Line, LinePoint, Mm, Op, PaintMode, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Pt, Rect, TextItem,
};

/// The run as glyph ids with the characters they stand for (the PDF's text layer), looked up in our
/// cache; printpdf would otherwise look every character up in the font again, twice. A character
/// without a glyph (layout replaces those with 〓, so only an odd space) leaves the run to printpdf.
fn text_item(fonts: &Fonts, weight: Weight, text: &str) -> TextItem {
    let face = fonts.face(weight);
    let glyphs: Option<Vec<Codepoint>> = text
        .chars()
        .map(|c| face.glyph(c).map(|(gid, _)| Codepoint { gid, offset: 0.0, cid: Some(c.to_string()) }))
        .collect();
    glyphs.map_or_else(|| TextItem::Text(text.to_owned()), TextItem::GlyphIds)
}

/// Renders the layout. `created_unix` becomes the PDF's creation date (the caller owns the clock).
pub fn render(layout: &Layout, fonts: &Fonts, created_unix: i64) -> Printed {
    let mut doc = PdfDocument::new(&layout.title);
    doc.metadata.info.creator = "homecare-bcp".into();
    doc.metadata.info.producer = format!("homecare-bcp {}", env!("CARGO_PKG_VERSION"));
    if let Ok(date) = printpdf::OffsetDateTime::from_unix_timestamp(created_unix) {
        doc.metadata.info.creation_date = date;
        doc.metadata.info.modification_date = date;
        doc.metadata.info.metadata_date = date;
    }
    let regular = doc.add_font(&fonts.regular.parsed);
    let bold = doc.add_font(&fonts.bold.parsed);
    let font = |w: Weight| {
        PdfFontHandle::External(match w {
            Weight::Regular => regular.clone(),
            Weight::Bold => bold.clone(),
        })
    };
    // PDF space: points from the bottom-left corner.
    let point = |x_mm: f32, y_mm_from_top: f32| Point {
        x: Pt(x_mm * PT_PER_MM),
        y: Pt((A4_HEIGHT_MM - y_mm_from_top) * PT_PER_MM),
    };
    let grey = |g: f32| Color::Greyscale(Greyscale { percent: g, icc_profile: None });

    let pages = layout
        .pages
        .iter()
        .map(|page| {
            let mut ops = Vec::new();
            for item in &page.items {
                match item {
                    Item::Text(t) => ops.extend([
                        // SetTextCursor is relative (Td), so each line gets its own text object.
                        Op::StartTextSection,
                        Op::SetFillColor { col: grey(0.0) },
                        Op::SetFont { font: font(t.weight), size: Pt(t.size_pt) },
                        Op::SetTextCursor { pos: point(t.x, t.baseline) },
                        Op::ShowText { items: vec![text_item(fonts, t.weight, &t.text)] },
                        Op::EndTextSection,
                    ]),
                    Item::Rule { from, to, width_pt, grey: g } => ops.extend([
                        Op::SetOutlineColor { col: grey(*g) },
                        Op::SetOutlineThickness { pt: Pt(*width_pt) },
                        Op::DrawLine {
                            line: Line {
                                points: vec![
                                    LinePoint { p: point(from.0, from.1), bezier: false },
                                    LinePoint { p: point(to.0, to.1), bezier: false },
                                ],
                                is_closed: false,
                            },
                        },
                    ]),
                    Item::Band { x, y, width, height, grey: g } => ops.extend([
                        Op::SetFillColor { col: grey(*g) },
                        Op::DrawRectangle {
                            rectangle: Rect {
                                x: Pt(x * PT_PER_MM),
                                y: Pt((A4_HEIGHT_MM - y - height) * PT_PER_MM),
                                width: Pt(width * PT_PER_MM),
                                height: Pt(height * PT_PER_MM),
                                mode: Some(PaintMode::Fill),
                                winding_order: None,
                            },
                        },
                    ]),
                }
            }
            PdfPage::new(Mm(A4_WIDTH_MM), Mm(A4_HEIGHT_MM), ops)
        })
        .collect();
    let mut warnings = Vec::new();
    let bytes = doc
        .with_pages(pages)
        .save(&PdfSaveOptions { subset_fonts: true, ..Default::default() }, &mut warnings);
    Printed { bytes, pages: layout.pages.len(), missing_glyphs: layout.missing_glyphs.clone() }
}
