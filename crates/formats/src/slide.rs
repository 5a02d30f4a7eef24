//! The decision brief as a standalone SVG "slide" for a deck: 16:9, light colours whatever the
//! page's theme, its own fonts and title, every line wrapped to fit. Pure: text in, SVG text out.

use std::fmt::Write;

use crate::engine::{Evaluation, Texts};

/// Width and height of the slide, in SVG units (16:9).
pub const WIDTH: u32 = 1280;
pub const HEIGHT: u32 = 720;

/// Characters that fit on one line of body text (about 20 px per character at 30 px type would be
/// too wide; this is measured for the system sans-serif stack at the slide's size).
const BODY_CHARS: usize = 78;
const TITLE_CHARS: usize = 52;

/// Escapes text for SVG character data and attributes.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Breaks text into lines of at most `width` characters, at spaces (a longer word gets a line
/// of its own).
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let len = line.chars().count();
        if len > 0 && len + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The slide, in the words of the decision record (`t`: the rubric's texts); `date` is the
/// day it was made.
pub fn svg(e: &Evaluation, date: &str, t: &Texts) -> String {
    let (b, r) = (&e.brief, &t.record);
    let mut out = String::new();
    let title = r.title.render(&[("verdict", &e.verdict.label)]);
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" \
         width=\"{WIDTH}\" height=\"{HEIGHT}\" role=\"img\" aria-labelledby=\"slide-title\" \
         font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\">\
         <title id=\"slide-title\">{}</title>\
         <rect width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"#ffffff\"/>\
         <rect width=\"{WIDTH}\" height=\"12\" fill=\"#1d4ed8\"/>",
        esc(&title)
    );
    let mut y = 96u32;
    for line in wrap(&title, TITLE_CHARS) {
        let _ = write!(
            out,
            "<text x=\"64\" y=\"{y}\" font-size=\"44\" font-weight=\"700\" fill=\"#111827\">{}</text>",
            esc(&line)
        );
        y += 54;
    }
    y += 6;
    for line in wrap(&b.decision, BODY_CHARS) {
        let _ = write!(
            out,
            "<text x=\"64\" y=\"{y}\" font-size=\"26\" fill=\"#111827\">{}</text>",
            esc(&line)
        );
        y += 34;
    }
    y += 18;
    let flip = b.flip.clone().unwrap_or_else(|| r.no_flip.text());
    let rows: [(String, &str); 5] = [
        (r.brief_services.text(), &b.services),
        (r.brief_plan.text(), &b.duration),
        (r.brief_risk.text(), &b.risk),
        (r.brief_flip.text(), &flip),
        (r.brief_confidence.text(), &b.confidence),
    ];
    for (label, value) in rows {
        let _ = write!(
            out,
            "<text x=\"64\" y=\"{y}\" font-size=\"18\" font-weight=\"700\" fill=\"#1d4ed8\" \
             letter-spacing=\"0.5\">{}</text>",
            esc(&label.to_uppercase())
        );
        y += 28;
        // The slide has room for two lines a row; a longer value is cut with an ellipsis.
        let lines = wrap(value, BODY_CHARS + 8);
        for (i, line) in lines.iter().take(2).enumerate() {
            let text = if i == 1 && lines.len() > 2 { format!("{line} …") } else { line.clone() };
            let _ = write!(
                out,
                "<text x=\"64\" y=\"{y}\" font-size=\"22\" fill=\"#1f2937\">{}</text>",
                esc(&text)
            );
            y += 28;
        }
        y += 12;
    }
    let _ = write!(
        out,
        "<text x=\"64\" y=\"{}\" font-size=\"16\" fill=\"#4b5563\">{} Seams, {}</text></svg>",
        HEIGHT - 28,
        esc(&r.prepared.text()),
        esc(date)
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{evaluate, examples};

    #[test]
    fn lines_wrap_at_spaces_within_the_width() {
        assert_eq!(wrap("one two three four", 9), vec!["one two", "three", "four"]);
        assert_eq!(wrap("", 10), Vec::<String>::new());
        assert_eq!(wrap("averyveryverylongword x", 5), vec!["averyveryverylongword", "x"]);
    }

    #[test]
    fn every_example_fits_the_slide_with_its_brief() {
        for ex in examples() {
            let e = evaluate(&ex.answers);
            let s = svg(&e, "2026-12-01", &crate::engine::Catalogue::standard().texts);
            assert!(s.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""), "{}", ex.id);
            assert!(s.contains(&esc(e.brief.decision.split_whitespace().next().unwrap())));
            assert!(s.contains("fill=\"#ffffff\""), "light background whatever the theme");
            // Every line of text sits inside the slide.
            for part in s.split("<text ").skip(1) {
                let y: u32 =
                    part.split("y=\"").nth(1).unwrap().split('"').next().unwrap().parse().unwrap();
                assert!(y < HEIGHT, "{}: a line at y={y} falls off the slide", ex.id);
            }
        }
    }

    #[test]
    fn user_text_cannot_break_the_markup() {
        assert_eq!(esc("<b>&\"x\""), "&lt;b&gt;&amp;&quot;x&quot;");
    }
}
