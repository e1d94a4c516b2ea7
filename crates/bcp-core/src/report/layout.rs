//! A document as data: A4 pages of positioned text lines and rules, in millimetres from the page's
//! top-left corner. Tests look at this, not at PDF bytes.

use super::fonts::{Fonts, Weight};
use super::linebreak::break_lines;

pub const A4_WIDTH_MM: f32 = 210.0;
pub const A4_HEIGHT_MM: f32 = 297.0;
pub const PT_PER_MM: f32 = 72.0 / 25.4;

#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// The PDF's /Title.
    pub title: String,
    pub pages: Vec<Page>,
    pub missing_glyphs: Vec<char>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Page {
    pub items: Vec<Item>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Text(TextLine),
    /// A straight line; `width_pt` is the stroke width, `grey` 0 = black … 1 = white.
    Rule {
        from: (f32, f32),
        to: (f32, f32),
        width_pt: f32,
        grey: f32,
    },
    /// A filled rectangle (x, y = top-left), for bands behind headings.
    Band {
        x: f32,
        y: f32,
        width: f32,
        height: f32,
        grey: f32,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct TextLine {
    pub x: f32,
    /// Baseline, mm from the top of the page.
    pub baseline: f32,
    pub size_pt: f32,
    pub weight: Weight,
    pub text: String,
}

impl Page {
    /// Every line of text on the page, top to bottom: what a reader (or pdftotext) sees.
    pub fn texts(&self) -> Vec<&str> {
        let mut lines: Vec<&TextLine> = self
            .items
            .iter()
            .filter_map(|i| match i {
                Item::Text(t) => Some(t),
                _ => None,
            })
            .collect();
        lines.sort_by(|a, b| a.baseline.total_cmp(&b.baseline).then(a.x.total_cmp(&b.x)));
        lines.into_iter().map(|t| t.text.as_str()).collect()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
}

/// Style of a block of text.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub size_pt: f32,
    pub weight: Weight,
    /// Line pitch as a multiple of the size (1.5 reads well in Japanese body text).
    pub leading: f32,
    pub align: Align,
}

/// Places text on a page, wrapping it with the 禁則 line breaker and collecting missing glyphs.
pub struct Composer<'f> {
    fonts: &'f Fonts,
    pub missing_glyphs: Vec<char>,
}

impl<'f> Composer<'f> {
    pub fn new(fonts: &'f Fonts) -> Self {
        Composer { fonts, missing_glyphs: Vec::new() }
    }

    /// Sets `text` in the box starting at `x` (mm) `width` mm wide, first baseline at `top` + one
    /// size. Returns the y (mm) just below the last line.
    pub fn block(&mut self, page: &mut Page, text: &str, x: f32, top: f32, width: f32, style: Style) -> f32 {
        let text = self.fonts.settable(text, style.weight, &mut self.missing_glyphs);
        let size_mm = style.size_pt / PT_PER_MM;
        let pitch = size_mm * style.leading;
        let face = self.fonts.face(style.weight);
        let advance = |c: char| face.advance_em(c).unwrap_or(1.0) * size_mm;
        let mut y = top;
        for line in break_lines(&text, width, advance) {
            y += pitch;
            let x = match style.align {
                Align::Left => x,
                Align::Center => x + (width - line.width) / 2.0,
            };
            // The baseline sits about 0.88 em below the line's top in this face; centring the
            // ink within the pitch keeps multi-line blocks evenly spaced.
            let baseline = y - (pitch - size_mm) / 2.0 - size_mm * 0.12;
            if !line.text.is_empty() {
                page.items.push(Item::Text(TextLine {
                    x,
                    baseline,
                    size_pt: style.size_pt,
                    weight: style.weight,
                    text: line.text,
                }));
            }
        }
        y
    }

    /// Width in mm of a single line (no wrapping).
    pub fn width_mm(&self, text: &str, style: Style) -> f32 {
        self.fonts.width_pt(text, style.weight, style.size_pt) / PT_PER_MM
    }
}

/// Adds the 「－ n / N －」 footer to every page, once the page count is known.
pub fn number_pages(layout: &mut Layout, fonts: &Fonts) {
    let total = layout.pages.len();
    let size_pt = 9.0;
    for (i, page) in layout.pages.iter_mut().enumerate() {
        let text = format!("－ {} / {} －", i + 1, total);
        let width = fonts.width_pt(&text, Weight::Regular, size_pt) / PT_PER_MM;
        page.items.push(Item::Text(TextLine {
            x: (A4_WIDTH_MM - width) / 2.0,
            baseline: A4_HEIGHT_MM - 10.0,
            size_pt,
            weight: Weight::Regular,
            text,
        }));
    }
}
