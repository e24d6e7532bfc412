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

/// Wide enough for axis labels of [`LABEL_CHARS`] on either side of the chart.
const WIDTH: f64 = 620.0;
const HEIGHT: f64 = 400.0;
const CX: f64 = WIDTH / 2.0;
const CY: f64 = HEIGHT / 2.0;
const RADIUS: f64 = 140.0;
const LABEL_RADIUS: f64 = RADIUS + 16.0;
const MAX_LEVEL: f64 = 5.0;
/// Characters of a name shown at an axis; the full name is in the table and the tooltip.
const LABEL_CHARS: usize = 18;

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

fn short(name: &str) -> String {
    let mut chars = name.chars();
    let kept: String = chars.by_ref().take(LABEL_CHARS).collect();
    if chars.next().is_some() {
        format!("{kept}…")
    } else {
        kept
    }
}

/// Where an axis label sits and how it is anchored, so labels stay off the chart.
fn label_position(index: usize, count: usize) -> (f64, f64, &'static str) {
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
    // Labels above the centre sit on their baseline, those below hang from it.
    let y = if angle.sin() > 0.2 { y + 12.0 } else { y };
    (x, y, anchor)
}

/// The part of the drawing in use for `count` axes, as an SVG `viewBox`: the full width, and
/// from the top label to the lowest one, so an odd count leaves no blank band below.
pub fn view_box(count: usize) -> String {
    let top = CY - LABEL_RADIUS - 16.0;
    let lowest = (0..count.max(1))
        .map(|i| label_position(i, count).1)
        .fold(CY + RADIUS * 0.2, f64::max)
        .max(CY + RADIUS * 0.5);
    let bottom = (lowest + 10.0).min(HEIGHT);
    format!("0 {top:.0} {WIDTH} {:.0}", bottom - top)
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
                .enumerate()
                .map(|(i, item)| {
                    let (x, y) = point(i, n, MAX_LEVEL);
                    let (lx, ly, anchor) = label_position(i, n);
                    let (ix, iy) = point(i, n, f64::from(item.required));
                    let (px, py) = point(i, n, f64::from(item.level));
                    let below = item.level < item.required;
                    view! {
                        <line class="chart__axis" x1=CX y1=CY x2=x y2=y/>
                        <text class="chart__label" class:chart__label--short=below x=lx y=ly text-anchor=anchor>
                            <title>{item.name.clone()}</title>
                            {short(&item.name)}
                            {below.then_some(" ▼")}
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
    let rows = move || {
        items.with(|list| {
            list.iter()
                .map(|item| {
                    let below = item.level < item.required;
                    view! {
                        <tr>
                            <th scope="row">{item.name.clone()}</th>
                            <td>{item.required}</td>
                            <td>{item.level}</td>
                            <td>{move || if below { t().radar_below } else { t().radar_meets }}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <figure class="chart chart--radar">
            <figcaption class="chart__caption">{move || t().radar_caption}</figcaption>
            <svg
                class="chart__svg"
                viewBox=move || view_box(count())
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

    #[test]
    fn long_names_are_shortened_at_the_axis() {
        assert_eq!(short("Rust"), "Rust");
        assert_eq!(short(&"я".repeat(30)).chars().count(), LABEL_CHARS + 1);
    }

    #[test]
    fn the_view_box_ends_below_the_lowest_label() {
        // Three axes: the two lower labels sit well above the bottom of the full drawing.
        let three = view_box(3);
        let four = view_box(4);
        let height = |vb: &str| vb.split(' ').nth(3).unwrap().parse::<f64>().unwrap();
        assert!(height(&three) < height(&four));
        assert!(height(&four) <= HEIGHT);
    }

    #[test]
    fn labels_left_of_the_centre_end_at_their_axis() {
        assert_eq!(label_position(0, 4).2, "middle");
        assert_eq!(label_position(1, 4).2, "start");
        assert_eq!(label_position(3, 4).2, "end");
    }
}
