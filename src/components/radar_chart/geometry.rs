//! Where everything of the radar goes: axes, level polygons, and labels wrapped between words
//! and placed so that the drawing's frame holds them whole, on screen and on paper.

use std::f64::consts::PI;

use super::RadarItem;

/// The drawing's frame before it is cropped to what it holds (see [`view_box`]).
pub(super) const WIDTH: f64 = 620.0;
pub(super) const HEIGHT: f64 = 400.0;
pub(super) const CX: f64 = WIDTH / 2.0;
pub(super) const CY: f64 = HEIGHT / 2.0;
pub(super) const RADIUS: f64 = 140.0;
pub(super) const LABEL_RADIUS: f64 = RADIUS + 16.0;
pub(super) const MAX_LEVEL: f64 = 5.0;
/// Lines a label takes at most; a longer name ends in "…" (whole in the tooltip and table).
pub(super) const MAX_LINES: usize = 3;
/// A single word longer than this is cut with "…" rather than stretch the chart.
pub(super) const WORD_CHARS: usize = 20;
/// Space kept around the drawing so nothing touches the edge.
pub(super) const MARGIN: f64 = 6.0;

/// How axis labels are set. The drawing scales to its box, so a narrow box needs labels that
/// are larger against the chart to stay readable: the page shows [`Labels::WIDE`] or
/// [`Labels::NARROW`] by the width it has (calculator.css).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Labels {
    /// Font size in the drawing's units: set here, not in CSS, since the frame is sized from it.
    pub size: f64,
    /// Characters per line: a name wraps between words into lines of about this length.
    pub line_chars: usize,
}

impl Labels {
    pub const WIDE: Labels = Labels {
        size: 17.0,
        line_chars: 13,
    };
    pub const NARROW: Labels = Labels {
        size: 27.0,
        line_chars: 10,
    };

    pub(super) fn line_height(self) -> f64 {
        self.size * 1.18
    }

    /// A generous average advance of one character (Cyrillic and Latin), so the frame rather
    /// errs wide than clips a label; bold (a technology below its minimum) is wider.
    fn char_width(self, bold: bool) -> f64 {
        self.size * if bold { 0.72 } else { 0.64 }
    }
}

/// The point at `value` (0–5) on axis `index` of `count`, the first axis pointing up.
pub fn point(index: usize, count: usize, value: f64) -> (f64, f64) {
    let angle = -PI / 2.0 + 2.0 * PI * (index as f64) / (count.max(1) as f64);
    let r = RADIUS * value.clamp(0.0, MAX_LEVEL) / MAX_LEVEL;
    (CX + r * angle.cos(), CY + r * angle.sin())
}

/// SVG `points` of a closed shape through each axis at its value.
pub fn polygon(values: &[u8]) -> String {
    values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let (x, y) = point(i, values.len(), f64::from(*v));
            format!("{x:.1},{y:.1}")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// `text` cut to `max` characters, ending in "…" when it was longer.
pub(super) fn cut(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let kept: String = text.chars().take(max.saturating_sub(1)).collect();
    format!("{kept}…")
}

/// A name as the lines of its axis label: wrapped between words, never inside one.
pub fn label_lines(name: &str, line_chars: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in name.split_whitespace() {
        let word = cut(word, WORD_CHARS);
        let fits = line.chars().count() + 1 + word.chars().count() <= line_chars;
        if line.is_empty() {
            line = word;
        } else if fits {
            line.push(' ');
            line.push_str(&word);
        } else {
            lines.push(std::mem::replace(&mut line, word));
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if lines.len() > MAX_LINES {
        lines.truncate(MAX_LINES);
        if let Some(last) = lines.last_mut() {
            last.push('…');
        }
    }
    lines
}

/// Where an axis label sits: the anchor point and how the text hangs from it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Placement {
    pub(super) x: f64,
    /// Baseline of the first line.
    pub(super) y: f64,
    pub(super) anchor: &'static str,
}

/// Places a label of `lines` lines off the chart: above the centre it grows upwards, below it
/// hangs down, at the sides it is centred on its axis.
pub(super) fn label_position(
    index: usize,
    count: usize,
    lines: usize,
    labels: Labels,
) -> Placement {
    let angle = -PI / 2.0 + 2.0 * PI * (index as f64) / (count.max(1) as f64);
    let (x, y) = (
        CX + LABEL_RADIUS * angle.cos(),
        CY + LABEL_RADIUS * angle.sin(),
    );
    let anchor = if angle.cos() > 0.2 {
        "start"
    } else if angle.cos() < -0.2 {
        "end"
    } else {
        "middle"
    };
    let extra = labels.line_height() * (lines.max(1) - 1) as f64;
    let y = if angle.sin() > 0.2 {
        y + labels.size * 0.8
    } else if angle.sin() < -0.2 {
        y - extra
    } else {
        y + labels.size * 0.35 - extra / 2.0
    };
    Placement { x, y, anchor }
}

/// The box (left, top, right, bottom) a label's lines take, by [`Labels::char_width`].
pub(super) fn label_box(
    place: Placement,
    lines: &[String],
    labels: Labels,
    bold: bool,
) -> (f64, f64, f64, f64) {
    let widest = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    let width = widest as f64 * labels.char_width(bold);
    let left = match place.anchor {
        "start" => place.x,
        "end" => place.x - width,
        _ => place.x - width / 2.0,
    };
    let last = place.y + labels.line_height() * (lines.len().max(1) - 1) as f64;
    (
        left,
        place.y - labels.size * 0.8,
        left + width,
        last + labels.size * 0.25,
    )
}

/// The label lines of each name, with a " ▼" after the last line of a technology below its
/// minimum.
pub(super) fn label_texts(items: &[RadarItem], labels: Labels) -> Vec<Vec<String>> {
    items
        .iter()
        .map(|item| {
            let mut lines = label_lines(&item.name, labels.line_chars);
            if item.level < item.required
                && let Some(last) = lines.last_mut()
            {
                last.push_str(" ▼");
            }
            lines
        })
        .collect()
}

/// The part of the drawing in use, as an SVG `viewBox`: the chart and every label whole, so
/// no label is cut at the edge of the screen or of the paper.
pub fn view_box(items: &[RadarItem], labels: Labels) -> String {
    let texts = label_texts(items, labels);
    let count = texts.len();
    let chart = (CX - RADIUS, CY - RADIUS - 14.0, CX + RADIUS, CY + RADIUS);
    let (left, top, right, bottom) = texts
        .iter()
        .zip(items)
        .enumerate()
        .map(|(i, (l, item))| {
            let bold = item.level < item.required;
            label_box(label_position(i, count, l.len(), labels), l, labels, bold)
        })
        .fold(chart, |(l, t, r, b), (l2, t2, r2, b2)| {
            (l.min(l2), t.min(t2), r.max(r2), b.max(b2))
        });
    let (left, top) = (left - MARGIN, top - MARGIN);
    let (width, height) = (right + MARGIN - left, bottom + MARGIN - top);
    format!("{left:.0} {top:.0} {width:.0} {height:.0}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_axis_points_up_and_levels_scale_the_radius() {
        let (x, y) = point(0, 3, 5.0);
        assert!((x - CX).abs() < 1e-9);
        assert!((y - (CY - RADIUS)).abs() < 1e-9);
        let (x, y) = point(0, 3, 0.0);
        assert!((x - CX).abs() < 1e-9 && (y - CY).abs() < 1e-9);
        // Out-of-range values stay on the chart.
        assert_eq!(point(1, 4, 9.0), point(1, 4, 5.0));
    }

    #[test]
    fn a_polygon_has_one_point_per_axis() {
        assert_eq!(polygon(&[1, 3, 2]).split(' ').count(), 3);
        assert_eq!(polygon(&[]), "");
    }

    const WIDE: usize = Labels::WIDE.line_chars;

    fn item(name: &str) -> RadarItem {
        RadarItem {
            name: name.into(),
            required: 1,
            level: 1,
        }
    }

    fn numbers(view_box: &str) -> Vec<f64> {
        view_box.split(' ').map(|n| n.parse().unwrap()).collect()
    }

    #[test]
    fn names_wrap_between_words_and_keep_every_word_whole() {
        assert_eq!(label_lines("Rust", WIDE), ["Rust"]);
        assert_eq!(
            label_lines("Письменный английский", WIDE),
            ["Письменный", "английский"]
        );
        assert_eq!(
            label_lines("Разработка серверного ПО", WIDE),
            ["Разработка", "серверного ПО"]
        );
        assert_eq!(label_lines("  a   b  ", WIDE), ["a b"]);
        assert!(label_lines("", WIDE).is_empty());
    }

    #[test]
    fn very_long_names_end_in_an_ellipsis() {
        let lines = label_lines(&"слово ".repeat(40), WIDE);
        assert_eq!(lines.len(), MAX_LINES);
        assert!(lines.last().unwrap().ends_with('…'));
        let word = label_lines(&"я".repeat(60), WIDE);
        assert_eq!(word, [format!("{}…", "я".repeat(WORD_CHARS - 1))]);
    }

    #[test]
    fn the_frame_holds_every_label_at_either_size() {
        let items: Vec<RadarItem> = [
            "Письменный английский",
            "Разработка на Rust",
            "Разработка серверного ПО",
            "Kubernetes",
            "SQL",
        ]
        .into_iter()
        .map(item)
        .collect();
        for labels in [Labels::WIDE, Labels::NARROW] {
            let [left, top, width, height] = numbers(&view_box(&items, labels))[..] else {
                panic!("four numbers")
            };
            for (i, l) in label_texts(&items, labels).iter().enumerate() {
                let place = label_position(i, 5, l.len(), labels);
                let (l0, t0, r0, b0) = label_box(place, l, labels, false);
                assert!(l0 >= left && r0 <= left + width, "label {i} across a side");
                assert!(
                    t0 >= top && b0 <= top + height,
                    "label {i} across the top or bottom"
                );
            }
            // The chart itself is inside too.
            assert!(left <= CX - RADIUS && left + width >= CX + RADIUS);
        }
    }

    #[test]
    fn longer_names_widen_the_frame_rather_than_leave_it() {
        let frame = |names: [&str; 4]| numbers(&view_box(&names.map(item), Labels::WIDE))[2];
        let short = frame(["A", "B", "C", "D"]);
        let long = frame(["A", "Длинное название", "C", "Ещё одно длинное"]);
        assert!(long > short);
    }

    #[test]
    fn labels_grow_away_from_the_chart() {
        let at = |index, lines| label_position(index, 4, lines, Labels::WIDE);
        // Four axes: up, right, down, left.
        assert_eq!(at(0, 1).anchor, "middle");
        assert_eq!(at(1, 1).anchor, "start");
        assert_eq!(at(3, 1).anchor, "end");
        // The top label's first line moves up by a line for each extra line; the bottom one's stays.
        let step = Labels::WIDE.line_height();
        assert!((at(0, 1).y - at(0, 3).y - 2.0 * step).abs() < 1e-9);
        assert!((at(2, 1).y - at(2, 3).y).abs() < 1e-9);
    }
}
