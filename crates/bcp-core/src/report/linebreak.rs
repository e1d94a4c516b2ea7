//! Japanese line breaking: UAX #14 break opportunities (unicode-linebreak) tightened with the strict
//! 禁則 of JIS X 4051 (small kana and ー never start a line), plus ぶら下げ (、。 may hang into the margin).

use unicode_linebreak::linebreaks;

/// Never at the start of a line (行頭禁則). UAX #14's default already covers most closing
/// punctuation; the small kana and prolonged-sound mark are the strict-style additions.
const NO_START: &str = "、。，．,.)）]］｝}〕〉》」』】〙〗〟’”｠»ゝゞーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖ々〻‐゠–〜～？！?!‼⁇⁈⁉・：；:;…‥％%";
/// Never at the end of a line (行末禁則).
const NO_END: &str = "(（[［｛{〔〈《「『【〘〖〝‘“｟«";
/// May hang past the right edge instead of being pushed down (ぶら下げ).
const HANGING: &str = "、。，．,.";

/// One broken line: its text and measured width (excluding a hanging mark).
#[derive(Debug, Clone, PartialEq)]
pub struct BrokenLine {
    pub text: String,
    pub width: f32,
    pub hangs: bool,
}

/// Breaks `text` into lines no wider than `max_width`, measuring each character with `advance`.
/// Explicit newlines always break. A word longer than a line is split between characters.
pub fn break_lines(text: &str, max_width: f32, advance: impl Fn(char) -> f32) -> Vec<BrokenLine> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        break_paragraph(paragraph, max_width, &advance, &mut lines);
    }
    lines
}

fn break_paragraph(text: &str, max_width: f32, advance: &impl Fn(char) -> f32, out: &mut Vec<BrokenLine>) {
    let width = |s: &str| s.chars().map(advance).sum::<f32>();
    const EPS: f32 = 0.01;
    let mut line = String::new();
    let mut line_width = 0.0f32;
    let flush = |line: &mut String, line_width: &mut f32, hangs: bool, out: &mut Vec<BrokenLine>| {
        let trimmed = line.trim_end().to_string();
        let w = if hangs {
            width(&trimmed) - trimmed.chars().last().map(advance).unwrap_or(0.0)
        } else {
            width(&trimmed)
        };
        out.push(BrokenLine { text: trimmed, width: w, hangs });
        line.clear();
        *line_width = 0.0;
    };
    if text.is_empty() {
        out.push(BrokenLine { text: String::new(), width: 0.0, hangs: false });
        return;
    }
    for segment in segments(text) {
        let w = width(&segment);
        if line_width + w <= max_width + EPS {
            line.push_str(&segment);
            line_width += w;
            continue;
        }
        // ぶら下げ: the segment fits if its final 、。 may stick out.
        if let Some(last) = segment.chars().last()
            && HANGING.contains(last)
            && line_width + w - advance(last) <= max_width + EPS
        {
            line.push_str(&segment);
            flush(&mut line, &mut line_width, true, out);
            continue;
        }
        if !line.trim().is_empty() {
            flush(&mut line, &mut line_width, false, out);
        } else {
            line.clear();
            line_width = 0.0;
        }
        let segment = segment.trim_start();
        let w = width(segment);
        if w <= max_width + EPS {
            line.push_str(segment);
            line_width = w;
        } else {
            for c in segment.chars() {
                let cw = advance(c);
                if line_width + cw > max_width + EPS && !line.is_empty() {
                    flush(&mut line, &mut line_width, false, out);
                }
                line.push(c);
                line_width += cw;
            }
        }
    }
    if !line.is_empty() {
        flush(&mut line, &mut line_width, false, out);
    }
}

/// Splits at the allowed break opportunities into unbreakable segments.
fn segments(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut start = 0;
    for (at, _) in linebreaks(text) {
        if at >= text.len() {
            break;
        }
        let before = text[..at].chars().last();
        let after = text[at..].chars().next();
        let forbidden =
            after.is_some_and(|c| NO_START.contains(c)) || before.is_some_and(|c| NO_END.contains(c));
        if !forbidden {
            out.push(text[start..at].to_string());
            start = at;
        }
    }
    out.push(text[start..].to_string());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character 1 unit wide, so widths count characters.
    fn lines(text: &str, width: f32) -> Vec<String> {
        break_lines(text, width, |_| 1.0).into_iter().map(|l| l.text).collect()
    }

    #[test]
    fn kinsoku_table() {
        let table: &[(&str, f32, &[&str])] = &[
            // 。 would start line 2: it hangs instead (ぶら下げ).
            ("あいうえお。かきく", 5.0, &["あいうえお。", "かきく"]),
            // 」 may not start a line and cannot hang: 階」 moves down together (追い出し).
            ("第三段階」です", 4.0, &["第三段", "階」です"]),
            // 「 may not end a line: it moves down with what it opens; 票」 go down together.
            ("したうえで「訪問記録票」", 6.0, &["したうえで", "「訪問記録", "票」"]),
            // small kana and ー never start a line.
            ("ステーション", 3.0, &["ステー", "ション"]),
            // Latin words and numbers stay together.
            ("電話 0166-22-1234 まで", 14.0, &["電話 ", "0166-22-1234 ま", "で"]),
            // explicit newlines always break; empty lines are kept.
            ("一行目\n\n三行目", 10.0, &["一行目", "", "三行目"]),
        ];
        for (text, width, want) in table {
            let got = lines(text, *width);
            let got: Vec<&str> = got.iter().map(|s| s.trim_end()).collect();
            let want: Vec<&str> = want.iter().map(|s| s.trim_end()).collect();
            assert_eq!(got, want, "{text:?} at width {width}");
        }
    }

    #[test]
    fn no_line_starts_with_forbidden_or_ends_with_opening() {
        let text = "災害時、当事業所は「利用者の安全確保」を最優先とし、（電源確保）の手順を確認する。ヘルパー・ケアマネジャーとも連携する。";
        for width in 3..20 {
            let broken = lines(text, width as f32);
            for pair in broken.windows(2) {
                let next_first = pair[1].chars().next().expect("non-empty line");
                let prev_last = pair[0].chars().last().expect("non-empty line");
                assert!(
                    !NO_START.contains(next_first),
                    "width {width}: line starts with {next_first}: {broken:?}"
                );
                assert!(!NO_END.contains(prev_last), "width {width}: line ends with {prev_last}: {broken:?}");
            }
            assert_eq!(broken.concat(), text, "nothing lost at width {width}");
        }
    }

    #[test]
    fn overlong_word_is_split() {
        assert_eq!(lines("ABCDEFGHIJ", 4.0), ["ABCD", "EFGH", "IJ"]);
    }
}
