//! Flowing text onto A4 pages: headings that keep with what follows, paragraphs that continue on the
//! next page, and tables whose rows split across pages with the header repeated. Produces
//! [`Page`]s for [`super::layout::Layout`]; page headers and numbers are added once all pages exist.

use super::fonts::{Fonts, Weight};
use super::layout::{A4_HEIGHT_MM, A4_WIDTH_MM, Item, PT_PER_MM, Page, TextLine};
use super::linebreak::break_lines;

pub const MARGIN_X: f32 = 20.0;
pub const BODY_TOP: f32 = 24.0;
pub const BODY_BOTTOM: f32 = A4_HEIGHT_MM - 20.0;
pub const BODY_WIDTH: f32 = A4_WIDTH_MM - 2.0 * MARGIN_X;

const BODY_PT: f32 = 10.0;
const TABLE_PT: f32 = 9.0;
const CELL_PAD: f32 = 1.4;
const HEADER_GREY: f32 = 0.88;
const RULE_PT: f32 = 0.5;

/// A table to set: column headers with their share of the width, and rows of cell texts.
#[derive(Debug, Clone, PartialEq)]
pub struct TableSpec {
    pub columns: Vec<(String, f32)>,
    pub rows: Vec<Vec<String>>,
}

pub struct Flow<'f> {
    fonts: &'f Fonts,
    pub pages: Vec<Page>,
    y: f32,
    pub missing_glyphs: Vec<char>,
    /// Text sizes; smaller for one-page summaries and cards.
    pub body_pt: f32,
    pub table_pt: f32,
    /// The vertical band of the page that text flows in (mm from the top).
    top: f32,
    bottom: f32,
    /// The column text flows in: its left edge and width (mm); `columns` side by side per page.
    left: f32,
    width: f32,
    columns: usize,
    column: usize,
    /// Where columns start on this page (below a full-width title).
    column_top: f32,
}

impl<'f> Flow<'f> {
    pub fn new(fonts: &'f Fonts) -> Self {
        Flow {
            fonts,
            pages: vec![Page::default()],
            y: BODY_TOP,
            missing_glyphs: Vec::new(),
            body_pt: BODY_PT,
            table_pt: TABLE_PT,
            top: BODY_TOP,
            bottom: BODY_BOTTOM,
            left: MARGIN_X,
            width: BODY_WIDTH,
            columns: 1,
            column: 0,
            column_top: BODY_TOP,
        }
    }

    /// Flows in `n` columns side by side (one-page summaries). Call before adding content.
    pub fn set_columns(&mut self, n: usize) {
        self.columns = n.max(1);
        self.column = 0;
        self.column_top = self.y;
        self.place_column();
    }

    fn place_column(&mut self) {
        const GUTTER: f32 = 6.0;
        self.width = (BODY_WIDTH - GUTTER * (self.columns - 1) as f32) / self.columns as f32;
        self.left = MARGIN_X + self.column as f32 * (self.width + GUTTER);
    }

    pub fn page_break(&mut self) {
        self.pages.push(Page::default());
        self.y = self.top;
        self.column = 0;
        self.column_top = self.top;
        self.place_column();
    }

    /// The next column of this page, or a new page after the last column.
    fn next_column(&mut self) {
        if self.column + 1 < self.columns {
            self.column += 1;
            self.place_column();
            self.y = self.column_top;
        } else {
            self.page_break();
        }
    }

    /// Flows into the band `top`..`bottom` (mm) of the current page from now on (e.g. the lower
    /// half for the second card on a page).
    pub fn set_band(&mut self, top: f32, bottom: f32) {
        self.top = top;
        self.bottom = bottom;
        self.y = top;
        self.column_top = top;
    }

    /// Draws a frame (rectangle of rules) on the current page.
    pub fn frame(&mut self, top: f32, bottom: f32) {
        let (l, r) = (MARGIN_X - 4.0, MARGIN_X + BODY_WIDTH + 4.0);
        let rule = |from: (f32, f32), to: (f32, f32)| Item::Rule { from, to, width_pt: 1.0, grey: 0.0 };
        self.extend([
            rule((l, top), (r, top)),
            rule((l, bottom), (r, bottom)),
            rule((l, top), (l, bottom)),
            rule((r, top), (r, bottom)),
        ]);
    }

    /// Starts a new page unless `height` mm still fits on this one.
    fn ensure(&mut self, height: f32) {
        if self.y + height > self.bottom && self.y > self.top + 0.1 {
            self.next_column();
        }
    }

    pub fn space(&mut self, mm: f32) {
        self.y = (self.y + mm).min(self.bottom);
    }

    fn page(&mut self) -> &mut Page {
        self.pages.last_mut().expect("a flow always has a page")
    }

    fn push(&mut self, item: Item) {
        self.page().items.push(item);
    }

    fn extend(&mut self, items: impl IntoIterator<Item = Item>) {
        self.page().items.extend(items);
    }

    fn line_mm(size_pt: f32, leading: f32) -> f32 {
        size_pt / PT_PER_MM * leading
    }

    /// Breaks `text` for a box `width` mm wide; characters the font lacks become 〓.
    fn lines(&mut self, text: &str, width: f32, size_pt: f32, weight: Weight) -> Vec<String> {
        let text = self.fonts.settable(text, weight, &mut self.missing_glyphs);
        let face = self.fonts.face(weight);
        let size_mm = size_pt / PT_PER_MM;
        break_lines(&text, width, |c| face.advance_em(c).unwrap_or(1.0) * size_mm)
            .into_iter()
            .map(|l| l.text)
            .collect()
    }

    fn put(&mut self, x: f32, baseline: f32, size_pt: f32, weight: Weight, text: String) {
        if !text.is_empty() {
            self.push(Item::Text(TextLine { x, baseline, size_pt, weight, text }));
        }
    }

    /// A heading; it moves to the next page rather than stand alone at the foot of one.
    pub fn heading(&mut self, text: &str, level: u8) {
        let (size, before, band) = match level {
            1 => (15.0, 4.0, true),
            2 => (12.0, 3.0, false),
            _ => (10.5, 2.0, false),
        };
        let pitch = Self::line_mm(size, 1.4);
        let lines = self.lines(text, self.width - 4.0, size, Weight::Bold);
        let height = before + pitch * lines.len() as f32 + 2.0;
        self.ensure(height + Self::line_mm(self.body_pt, 1.6) * 3.0);
        self.y += before;
        if band {
            let top = self.y;
            let h = pitch * lines.len() as f32 + 1.5;
            self.push(Item::Band { x: self.left, y: top, width: self.width, height: h, grey: HEADER_GREY });
        }
        for line in lines {
            self.y += pitch;
            let baseline = self.y - pitch * 0.25;
            self.put(self.left + if band { 2.0 } else { 0.0 }, baseline, size, Weight::Bold, line);
        }
        if level == 2 {
            let y = self.y + 0.8;
            self.push(Item::Rule {
                from: (self.left, y),
                to: (self.left + self.width, y),
                width_pt: 0.6,
                grey: 0.3,
            });
        }
        self.y += 2.0;
    }

    /// A paragraph at `indent` mm; continues on the next page line by line.
    pub fn paragraph(&mut self, text: &str, indent: f32, weight: Weight, size_pt: Option<f32>) {
        let size = size_pt.unwrap_or(self.body_pt);
        let pitch = Self::line_mm(size, 1.6);
        for line in self.lines(text, self.width - indent, size, weight) {
            self.ensure(pitch);
            self.y += pitch;
            let baseline = self.y - pitch * 0.3;
            self.put(self.left + indent, baseline, size, weight, line);
        }
        self.y += 1.0;
    }

    /// A bordered table. Rows never split mid-line; a row taller than the space left continues on the
    /// next page, and every page the table reaches starts with the header row again.
    pub fn table(&mut self, spec: &TableSpec) {
        let total: f32 = spec.columns.iter().map(|c| c.1).sum::<f32>().max(0.0001);
        let widths: Vec<f32> = spec.columns.iter().map(|c| c.1 / total * self.width).collect();
        let pitch = Self::line_mm(self.table_pt, 1.35);
        let header: Vec<Vec<String>> = spec
            .columns
            .iter()
            .zip(&widths)
            .map(|((h, _), w)| self.lines(h, w - 2.0 * CELL_PAD, self.table_pt, Weight::Bold))
            .collect();
        let header_height = rows_height(&header, pitch);
        let body: Vec<Vec<Vec<String>>> = spec
            .rows
            .iter()
            .map(|row| {
                widths
                    .iter()
                    .enumerate()
                    .map(|(i, w)| {
                        self.lines(
                            row.get(i).map_or("", String::as_str),
                            w - 2.0 * CELL_PAD,
                            self.table_pt,
                            Weight::Regular,
                        )
                    })
                    .collect()
            })
            .collect();
        self.ensure(header_height + body.first().map_or(0.0, |r| rows_height(r, pitch)).min(40.0));
        self.draw_row(&header, &widths, pitch, true);
        for row in body {
            let mut rest = row;
            loop {
                let need = rows_height(&rest, pitch);
                if self.y + need <= self.bottom {
                    self.draw_row(&rest, &widths, pitch, false);
                    break;
                }
                // Split: as many lines as fit here, the rest after a page break.
                let fit = ((self.bottom - self.y - 2.0 * CELL_PAD) / pitch).floor().max(0.0) as usize;
                if fit == 0 {
                    self.next_column();
                    self.draw_row(&header, &widths, pitch, true);
                    continue;
                }
                let (now, later): (Vec<Vec<String>>, Vec<Vec<String>>) = rest
                    .iter()
                    .map(|cell| {
                        let cut = fit.min(cell.len());
                        (cell[..cut].to_vec(), cell[cut..].to_vec())
                    })
                    .unzip();
                self.draw_row(&now, &widths, pitch, false);
                self.next_column();
                self.draw_row(&header, &widths, pitch, true);
                rest = later;
                if rest.iter().all(Vec::is_empty) {
                    break;
                }
            }
        }
        self.y += 3.0;
    }

    fn draw_row(&mut self, cells: &[Vec<String>], widths: &[f32], pitch: f32, header: bool) {
        let height = rows_height(cells, pitch);
        let top = self.y;
        let weight = if header { Weight::Bold } else { Weight::Regular };
        if header {
            self.push(Item::Band { x: self.left, y: top, width: self.width, height, grey: HEADER_GREY });
        }
        let mut x = self.left;
        for (cell, w) in cells.iter().zip(widths) {
            for (i, line) in cell.iter().enumerate() {
                let baseline = top + CELL_PAD + pitch * (i as f32 + 1.0) - pitch * 0.25;
                self.put(x + CELL_PAD, baseline, self.table_pt, weight, line.clone());
            }
            x += w;
        }
        let rule = |from: (f32, f32), to: (f32, f32)| Item::Rule { from, to, width_pt: RULE_PT, grey: 0.0 };
        let right = self.left + self.width;
        let mut items = vec![
            rule((self.left, top), (right, top)),
            rule((self.left, top + height), (right, top + height)),
        ];
        let mut x = self.left;
        items.push(rule((x, top), (x, top + height)));
        for w in widths {
            x += w;
            items.push(rule((x, top), (x, top + height)));
        }
        self.extend(items);
        self.y = top + height;
    }

    pub fn finish(self) -> (Vec<Page>, Vec<char>) {
        (self.pages, self.missing_glyphs)
    }
}

fn rows_height(cells: &[Vec<String>], pitch: f32) -> f32 {
    cells.iter().map(Vec::len).max().unwrap_or(0).max(1) as f32 * pitch + 2.0 * CELL_PAD
}

/// Running header on every page (but the first when it is a cover), and 「－ n / N －」 on every page.
pub fn frame_pages(
    pages: &mut [Page],
    fonts: &Fonts,
    header_left: &str,
    header_right: &str,
    has_cover: bool,
) {
    let total = pages.len();
    let mut missing = Vec::new();
    let left = fonts.settable(header_left, Weight::Regular, &mut missing);
    let size = 8.0;
    let right_width = fonts.width_pt(header_right, Weight::Regular, size) / PT_PER_MM;
    let left_width = fonts.width_pt(&left, Weight::Regular, size) / PT_PER_MM;
    // A long name beside a long version line would run into it: the name then gets a line of its own.
    let left_baseline =
        if left_width + right_width + 4.0 > A4_WIDTH_MM - 2.0 * MARGIN_X { 10.5 } else { 14.0 };
    for (i, page) in pages.iter_mut().enumerate() {
        if i > 0 || !has_cover {
            page.items.push(Item::Text(TextLine {
                x: MARGIN_X,
                baseline: left_baseline,
                size_pt: size,
                weight: Weight::Regular,
                text: left.clone(),
            }));
            page.items.push(Item::Text(TextLine {
                x: A4_WIDTH_MM - MARGIN_X - right_width,
                baseline: 14.0,
                size_pt: size,
                weight: Weight::Regular,
                text: header_right.to_string(),
            }));
            page.items.push(Item::Rule {
                from: (MARGIN_X, 16.0),
                to: (A4_WIDTH_MM - MARGIN_X, 16.0),
                width_pt: 0.4,
                grey: 0.4,
            });
        }
        let text = format!("－ {} / {} －", i + 1, total);
        let width = fonts.width_pt(&text, Weight::Regular, 9.0) / PT_PER_MM;
        page.items.push(Item::Text(TextLine {
            x: (A4_WIDTH_MM - width) / 2.0,
            baseline: A4_HEIGHT_MM - 10.0,
            size_pt: 9.0,
            weight: Weight::Regular,
            text,
        }));
    }
}

impl Flow<'_> {
    /// Index of the page the next item lands on (0-based).
    pub fn page_index(&self) -> usize {
        self.pages.len() - 1
    }

    /// Moves to the next page unless `height` mm fit: keeps a label with the content under it.
    pub fn keep(&mut self, height: f32) {
        self.ensure(height);
    }

    /// A numbered or bulleted item whose continuation lines align under the text, not the marker.
    pub fn item(&mut self, marker: &str, text: &str, indent: f32) {
        let pitch = Self::line_mm(self.body_pt, 1.6);
        let marker_width = self.fonts.width_pt(marker, Weight::Regular, self.body_pt) / PT_PER_MM;
        let lines = self.lines(text, self.width - indent - marker_width, self.body_pt, Weight::Regular);
        for (i, line) in lines.into_iter().enumerate() {
            self.ensure(pitch);
            self.y += pitch;
            let baseline = self.y - pitch * 0.3;
            if i == 0 {
                self.put(self.left + indent, baseline, self.body_pt, Weight::Regular, marker.to_string());
            }
            self.put(self.left + indent + marker_width, baseline, self.body_pt, Weight::Regular, line);
        }
        self.y += 1.0;
    }

    /// A line with text at the left and a number at the right edge (table of contents).
    pub fn leader_line(&mut self, text: &str, indent: f32, number: &str, weight: Weight) {
        let pitch = Self::line_mm(self.body_pt, 1.7);
        let number_width = self.fonts.width_pt(number, Weight::Regular, self.body_pt) / PT_PER_MM;
        let lines = self.lines(text, self.width - indent - number_width - 6.0, self.body_pt, weight);
        self.ensure(pitch * lines.len() as f32);
        let count = lines.len();
        for (i, line) in lines.into_iter().enumerate() {
            self.y += pitch;
            let baseline = self.y - pitch * 0.3;
            self.put(self.left + indent, baseline, self.body_pt, weight, line);
            if i + 1 == count {
                let x = self.left + self.width - number_width;
                self.put(x, baseline, self.body_pt, Weight::Regular, number.to_string());
            }
        }
    }
}
