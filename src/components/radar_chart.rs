//! A radar chart in inline SVG: one axis per technology, the developer's level `L` (solid line,
//! round markers, hatched area) against the project's minimum `I` (dashed line, square
//! markers). Greys only, told apart by line style and marker shape, never by colour alone; a
//! table twin below gives the same numbers to screen readers and to anyone who prefers text.

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

mod geometry;

use geometry::{
    CX, CY, Labels, MAX_LEVEL, RADIUS, label_position, label_texts, point, polygon, view_box,
};

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
    let t = move || i18n.calculator();
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
    let t = move || i18n.calculator();
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
