//! The embedded print fonts (BIZ UDGothic Regular and Bold, OFL; see `templates/fonts/SOURCE.md`)
//! and their metrics. A character the font lacks is printed as 〓 and reported, never as an empty box.

use super::ReportError;
use printpdf::ParsedFont;
use std::collections::HashMap;
use std::sync::Mutex;

const REGULAR: &[u8] = include_bytes!("../../../../templates/fonts/BIZUDGothic-Regular.ttf");
const BOLD: &[u8] = include_bytes!("../../../../templates/fonts/BIZUDGothic-Bold.ttf");

/// 〓 (ゲタ): the typesetter's conventional stand-in for a character that cannot be set.
pub const MISSING_GLYPH_MARK: char = '〓';

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Weight {
    Regular,
    Bold,
}

pub struct Face {
    pub parsed: ParsedFont,
    units_per_em: f32,
    /// Glyph and advance (em) per character; measuring and printing through printpdf's own cmap
    /// lookup is slow without it (a linear search per character: half of a printed plan's time).
    glyphs: Mutex<HashMap<char, Option<(u16, f32)>>>,
}

impl Face {
    fn load(bytes: &[u8], name: &'static str) -> Result<Face, ReportError> {
        let mut warnings = Vec::new();
        let parsed = ParsedFont::from_bytes(bytes, 0, &mut warnings).ok_or(ReportError::Font(name))?;
        let units_per_em = f32::from(parsed.get_font_metrics().units_per_em.max(1));
        Ok(Face { parsed, units_per_em, glyphs: Mutex::new(HashMap::new()) })
    }

    /// The glyph for `c` and its advance width in em, or `None` when the font has none.
    pub fn glyph(&self, c: char) -> Option<(u16, f32)> {
        let mut cache = self.glyphs.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        *cache.entry(c).or_insert_with(|| {
            self.parsed
                .lookup_glyph_index(c as u32)
                .filter(|&g| g != 0)
                .map(|g| (g, f32::from(self.parsed.get_horizontal_advance(g)) / self.units_per_em))
        })
    }

    /// Advance width in em, or `None` when the font has no glyph for `c`.
    pub fn advance_em(&self, c: char) -> Option<f32> {
        self.glyph(c).map(|(_, advance)| advance)
    }

    pub fn has_glyph(&self, c: char) -> bool {
        c.is_whitespace() || self.advance_em(c).is_some()
    }
}

pub struct Fonts {
    pub regular: Face,
    pub bold: Face,
}

impl Fonts {
    pub fn load() -> Result<Fonts, ReportError> {
        Ok(Fonts {
            regular: Face::load(REGULAR, "BIZ UDGothic Regular")?,
            bold: Face::load(BOLD, "BIZ UDGothic Bold")?,
        })
    }

    pub fn face(&self, weight: Weight) -> &Face {
        match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        }
    }

    /// Width of `text` in points at `size_pt`.
    pub fn width_pt(&self, text: &str, weight: Weight, size_pt: f32) -> f32 {
        let face = self.face(weight);
        text.chars().map(|c| face.advance_em(c).unwrap_or(1.0) * size_pt).sum()
    }

    /// Replaces characters the font lacks with 〓 and records them (deduplicated, in order).
    pub fn settable(&self, text: &str, weight: Weight, missing: &mut Vec<char>) -> String {
        let face = self.face(weight);
        text.chars()
            .map(|c| {
                if face.has_glyph(c) {
                    c
                } else {
                    if !missing.contains(&c) {
                        missing.push(c);
                    }
                    MISSING_GLYPH_MARK
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sha2::{Digest, Sha256};

    #[test]
    fn vendored_fonts_are_the_pinned_files() {
        let hex = |b: &[u8]| Sha256::digest(b).iter().map(|x| format!("{x:02x}")).collect::<String>();
        assert_eq!(hex(REGULAR), "1e190f86ee44b54e999a02c3cd34c4fd4805aa1e9b08849332c3b573c8c869fc");
        assert_eq!(hex(BOLD), "d4ac5302ab946ef8b81c6a11afc6ed553b4b4d4964ead16460fb53168e4724ae");
    }

    #[test]
    fn missing_glyphs_become_geta_and_are_reported() {
        let fonts = Fonts::load().expect("fonts load");
        assert!(fonts.regular.has_glyph(MISSING_GLYPH_MARK), "〓 itself must be settable");
        let mut missing = Vec::new();
        let text = fonts.settable("𠮷野家と髙橋①、CO₂と𠮷", Weight::Bold, &mut missing);
        assert_eq!(text, "〓野家と髙橋①、CO〓と〓");
        assert_eq!(missing, ['𠮷', '₂']);
    }

    #[test]
    fn full_width_is_one_em() {
        let fonts = Fonts::load().expect("fonts load");
        assert_eq!(fonts.regular.advance_em('あ'), Some(1.0));
        assert!((fonts.width_pt("在宅医療", Weight::Regular, 10.0) - 40.0).abs() < 0.01);
    }
}
