//! A radar chart in inline SVG: one axis per technology, the developer's level `L` (solid line,
//! round markers, hatched area) against the project's minimum `I` (dashed line, square
//! markers). Greys only, told apart by line style and marker shape, never by colour alone; a
//! table twin below gives the same numbers to screen readers and to anyone who prefers text.

use std::f64::consts::PI;

use leptos::prelude::*;

use crate::components::chart_table::ChartTable;
use crate::i18n::use_i18n;

/// One technology on the chart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RadarItem {
    pub name: String,
    /// The project's minimum `I`, 0–5.
    pub required: u8,
    /// The developer's level `L`, 0–5.
    pub level: u8,
}

/// The drawing's frame before it is cropped to what it holds (see [`view_box`]).
const WIDTH: f64 = 620.0;
const HEIGHT: f64 = 400.0;
const CX: f64 = WIDTH / 2.0;
const CY: f64 = HEIGHT / 2.0;
const RADIUS: f64 = 140.0;
const LABEL_RADIUS: f64 = RADIUS + 16.0;
const MAX_LEVEL: f64 = 5.0;
/// Lines a label takes at most; a longer name ends in "…" (whole in the tooltip and table).
const MAX_LINES: usize = 3;
/// A single word longer than this is cut with "…" rather than stretch the chart.
const WORD_CHARS: usize = 20;
/// Space kept around the drawing so nothing touches the edge.
const MARGIN: f64 = 6.0;

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

    fn line_height(self) -> f64 {
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
fn cut(text: &str, max: usize) -> String {
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
struct Placement {
    x: f64,
    /// Baseline of the first line.
    y: f64,
    anchor: &'static str,
}

/// Places a label of `lines` lines off the chart: above the centre it grows upwards, below it
/// hangs down, at the sides it is centred on its axis.
fn label_position(index: usize, count: usize, lines: usize, labels: Labels) -> Placement {
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
fn label_box(
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
fn label_texts(items: &[RadarItem], labels: Labels) -> Vec<Vec<String>> {
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

#[component]
pub fn RadarChart(
    #[prop(into)] items: Signal<Vec<RadarItem>>,
    /// How many technologies the project has in all (the chart may show fewer).
    #[prop(into)]
    total: Signal<usize>,
    /// Prefix for element ids.
    #[prop(into)]
    id: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t().calculator;
    let count = move || items.with(Vec::len);
    let rows = move || {
        items.with(|list| {
            list.iter()
                .map(|item| {
                    let below = item.level < item.required;
                    view! {
                        <tr>
                            <th scope="row">{item.name.clone()}</th>
                            <td data-label=move || t().col_min>{item.required}</td>
                            <td data-label=move || t().col_level>{item.level}</td>
                            <td data-label=move || t().radar_col_meets>
                                {move || if below { t().radar_below } else { t().radar_meets }}
                            </td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <figure class="chart chart--radar">
            <figcaption class="chart__caption">{move || t().radar_caption}</figcaption>
            // One drawing per label size; CSS shows the one that suits the width.
            <Drawing items total id=format!("{id}-wide") labels=Labels::WIDE/>
            <Drawing items total id=format!("{id}-narrow") labels=Labels::NARROW/>
            <ul class="chart__legend">
                <li>
                    <svg class="chart__key" viewBox="0 0 40 12" aria-hidden="true">
                        <line class="chart__bar--level" x1="0" y1="6" x2="40" y2="6"/>
                        <circle class="chart__marker chart__marker--level" cx="20" cy="6" r="4"/>
                    </svg>
                    {move || t().radar_legend_level}
                </li>
                <li>
                    <svg class="chart__key" viewBox="0 0 40 12" aria-hidden="true">
                        <line class="chart__bar--required" x1="0" y1="6" x2="40" y2="6"/>
                        <rect class="chart__marker chart__marker--required" x="16" y="2" width="8" height="8"/>
                    </svg>
                    {move || t().radar_legend_required}
                </li>
                <li>
                    <span aria-hidden="true">"▼ "</span>
                    {move || t().radar_legend_below}
                </li>
            </ul>
            {move || {
                (total.get() > count())
                    .then(|| view! { <p class="chart__note">{(t().radar_truncated)(count(), total.get())}</p> })
            }}
            <ChartTable
                caption=Signal::derive(move || t().radar_caption)
                columns=Signal::derive(move || {
                    [t().col_technology, t().col_min, t().col_level, t().radar_col_meets]
                })
            >
                {rows}
            </ChartTable>
        </figure>
    }
}

/// The chart itself, with its labels set as `labels` says.
#[component]
fn Drawing(
    items: Signal<Vec<RadarItem>>,
    total: Signal<usize>,
    id: String,
    labels: Labels,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t().calculator;
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    let labelled = format!("{title_id} {desc_id}");
    let count = move || items.with(Vec::len);
    let description = move || {
        let below = items.with(|list| list.iter().filter(|i| i.level < i.required).count());
        (t().radar_description)(count(), total.get(), below)
    };
    let rings = move || {
        let n = count();
        (1..=5_u8)
            .map(|level| {
                let shape = if n >= 3 {
                    view! { <polygon class="chart__grid" points=polygon(&vec![level; n])/> }
                        .into_any()
                } else {
                    let r = RADIUS * f64::from(level) / MAX_LEVEL;
                    view! { <circle class="chart__grid" cx=CX cy=CY r=r/> }.into_any()
                };
                let (_, y) = point(0, 1, f64::from(level));
                view! {
                    {shape}
                    <text class="chart__tick" x=CX + 4.0 y=y - 3.0>{level}</text>
                }
            })
            .collect_view()
    };
    let axes = move || {
        items.with(|list| {
            let n = list.len();
            list.iter()
                .zip(label_texts(list, labels))
                .enumerate()
                .map(|(i, (item, lines))| {
                    let (x, y) = point(i, n, MAX_LEVEL);
                    let place = label_position(i, n, lines.len(), labels);
                    let (ix, iy) = point(i, n, f64::from(item.required));
                    let (px, py) = point(i, n, f64::from(item.level));
                    let below = item.level < item.required;
                    let spans = lines
                        .into_iter()
                        .enumerate()
                        .map(|(row, line)| {
                            let dy = if row == 0 { 0.0 } else { labels.line_height() };
                            view! { <tspan x=place.x dy=dy>{line}</tspan> }
                        })
                        .collect_view();
                    view! {
                        <line class="chart__axis" x1=CX y1=CY x2=x y2=y/>
                        <text
                            class="chart__label"
                            class:chart__label--short=below
                            x=place.x
                            y=place.y
                            font-size=labels.size
                            text-anchor=place.anchor
                        >
                            <title>{item.name.clone()}</title>
                            {spans}
                        </text>
                        <rect class="chart__marker chart__marker--required" x=ix - 4.5 y=iy - 4.5 width="9" height="9"/>
                        <circle class="chart__marker chart__marker--level" cx=px cy=py r="4.5"/>
                    }
                })
                .collect_view()
        })
    };
    let hatch = format!("url(#{id}-hatch)");
    let shapes = move || {
        let hatch = hatch.clone();
        items.with(|list| {
            let required: Vec<u8> = list.iter().map(|i| i.required).collect();
            let levels: Vec<u8> = list.iter().map(|i| i.level).collect();
            if list.len() >= 3 {
                view! {
                    <polygon class="chart__area chart__area--required" points=polygon(&required)/>
                    <polygon class="chart__area chart__area--level" fill=hatch points=polygon(&levels)/>
                }
                .into_any()
            } else {
                // One or two axes make no area: draw each value as a bar along its axis.
                list.iter()
                    .enumerate()
                    .map(|(i, item)| {
                        let (ix, iy) = point(i, list.len(), f64::from(item.required));
                        let (px, py) = point(i, list.len(), f64::from(item.level));
                        view! {
                            <line class="chart__bar chart__bar--level" x1=CX y1=CY x2=px y2=py/>
                            <line class="chart__bar chart__bar--required" x1=CX + 8.0 y1=CY x2=ix + 8.0 y2=iy/>
                        }
                    })
                    .collect_view()
                    .into_any()
            }
        })
    };
    let variant = if labels == Labels::NARROW {
        "chart__svg chart__svg--narrow"
    } else {
        "chart__svg chart__svg--wide"
    };
    view! {
        <svg
            class=variant
            viewBox=move || items.with(|list| view_box(list, labels))
            role="img"
            aria-labelledby=labelled
        >
            <title id=title_id>{move || t().radar_caption}</title>
            <desc id=desc_id>{description}</desc>
            <defs>
                <pattern id=format!("{id}-hatch") width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                    <line class="chart__hatch" x1="0" y1="0" x2="0" y2="6"/>
                </pattern>
            </defs>
            <g>{rings}</g>
            <g class="chart__shapes">{shapes}</g>
            <g>{axes}</g>
        </svg>
    }
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
