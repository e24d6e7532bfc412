//! The salary bands of D0–D5 as horizontal bars in inline SVG, with the developer's own band
//! drawn over their level's bar and marked in words. Greys only: the levels are labelled, the
//! developer's bar is solid dark with a hatched level bar behind it and a "you" label, so
//! nothing depends on colour. A table twin gives the same figures as text.

use leptos::prelude::*;

use crate::components::chart_table::ChartTable;
use crate::i18n::use_i18n;

/// One level's band, with the labels the page formats for the current language.
#[derive(Clone, Debug, PartialEq)]
pub struct BandBar {
    /// `D2`.
    pub level: String,
    /// `D2 Уверенный`.
    pub name: String,
    pub min: f64,
    pub max: f64,
    /// `50,00 $`.
    pub min_text: String,
    pub max_text: String,
}

/// The developer's own band, on one of the levels.
#[derive(Clone, Debug, PartialEq)]
pub struct YourBand {
    /// Index into the bars.
    pub index: usize,
    pub min: f64,
    pub max: f64,
    pub min_text: String,
    pub max_text: String,
}

const WIDTH: f64 = 520.0;
const LEFT: f64 = 44.0;
const RIGHT: f64 = 24.0;
const TOP: f64 = 8.0;
const ROW: f64 = 44.0;
const BAR: f64 = 22.0;
const AXIS: f64 = 26.0;

/// The x of `value` on a scale from 0 to `top`.
pub fn scale(value: f64, top: f64) -> f64 {
    let span = WIDTH - LEFT - RIGHT;
    if top <= 0.0 || !top.is_finite() {
        return LEFT;
    }
    LEFT + span * (value / top).clamp(0.0, 1.0)
}

/// The chart's height for `rows` levels.
pub fn height(rows: usize) -> f64 {
    TOP + ROW * rows as f64 + AXIS
}

#[component]
pub fn SalaryChart(
    #[prop(into)] bars: Signal<Vec<BandBar>>,
    #[prop(into)] you: Signal<Option<YourBand>>,
    /// `$/h` or `₽/ч`, for the axis.
    #[prop(into)]
    unit: Signal<String>,
    #[prop(into)] id: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.calculator();
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    let labelled = format!("{title_id} {desc_id}");
    let hatch_id = format!("{id}-hatch");
    let hatch = format!("url(#{hatch_id})");
    let top = move || bars.with(|b| b.iter().map(|b| b.max).fold(0.0_f64, f64::max));
    let rows = move || bars.with(Vec::len);
    let description = move || {
        you.with(|you| match you {
            Some(you) => bars.with(|b| {
                let level = b.get(you.index).map(|b| b.name.clone()).unwrap_or_default();
                (t().bands_description_you)(&level, &you.min_text, &you.max_text)
            }),
            None => t().bands_description.to_owned(),
        })
    };
    let drawn = move || {
        let top = top();
        let you = you.get();
        let hatch = hatch.clone();
        bars.with(|bars| {
            bars.iter()
                .enumerate()
                .map(|(i, bar)| {
                    let y = TOP + ROW * i as f64;
                    let x1 = scale(bar.min, top);
                    let x2 = scale(bar.max, top);
                    let mine = you.as_ref().filter(|you| you.index == i);
                    let fill = if mine.is_some() { hatch.clone() } else { String::new() };
                    let marker = mine.map(|you| {
                        let m1 = scale(you.min, top);
                        let m2 = scale(you.max, top);
                        let label_x = ((m1 + m2) / 2.0).clamp(LEFT + 30.0, WIDTH - RIGHT - 30.0);
                        view! {
                            <rect class="chart__band chart__band--you" x=m1 y=y + 6.0 width=(m2 - m1).max(2.0) height=BAR - 12.0/>
                            <text class="chart__you" x=label_x y=y + BAR + 14.0 text-anchor="middle">
                                {move || t().bands_you}
                            </text>
                        }
                    });
                    view! {
                        <text class="chart__label" x=LEFT - 8.0 y=y + BAR / 2.0 + 5.0 text-anchor="end">{bar.level.clone()}</text>
                        <rect
                            class="chart__band"
                            class:chart__band--mine=mine.is_some()
                            fill=(!fill.is_empty()).then_some(fill)
                            x=x1
                            y=y
                            width=(x2 - x1).max(2.0)
                            height=BAR
                        >
                            <title>{format!("{}: {} – {}", bar.name, bar.min_text, bar.max_text)}</title>
                        </rect>
                        {marker}
                    }
                })
                .collect_view()
        })
    };
    let axis = move || {
        let top = top();
        let base = TOP + ROW * rows() as f64;
        [0.0, 0.5, 1.0]
            .into_iter()
            .map(|share| {
                let x = scale(top * share, top);
                let anchor = if share == 0.0 {
                    "start"
                } else if share == 1.0 {
                    "end"
                } else {
                    "middle"
                };
                view! {
                    <line class="chart__axis" x1=x y1=TOP x2=x y2=base/>
                    <text class="chart__tick" x=x y=base + 16.0 text-anchor=anchor>
                        {format!("{}", (top * share).round())}
                    </text>
                }
            })
            .collect_view()
    };
    let table_rows = move || {
        let you = you.get();
        bars.with(|bars| {
            bars.iter()
                .enumerate()
                .map(|(i, bar)| {
                    let mine = you.as_ref().filter(|you| you.index == i).cloned();
                    let is_mine = mine.is_some();
                    view! {
                        <tr class:is-current=is_mine>
                            <th scope="row">{bar.name.clone()}</th>
                            <td data-label=move || t().col_hour_min>{bar.min_text.clone()}</td>
                            <td data-label=move || t().col_hour_max>{bar.max_text.clone()}</td>
                            <td data-label=move || t().col_your_band>
                                {mine
                                    .map(|you| format!("{} – {}", you.min_text, you.max_text))
                                    .unwrap_or_else(|| "—".to_owned())}
                            </td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <figure class="chart chart--bands">
            <figcaption class="chart__caption">{move || format!("{}, {}", t().bands_caption, unit.get())}</figcaption>
            <svg
                class="chart__svg"
                viewBox=move || format!("0 0 {WIDTH} {}", height(rows()))
                role="img"
                aria-labelledby=labelled
            >
                <title id=title_id>{move || t().bands_caption}</title>
                <desc id=desc_id>{description}</desc>
                <defs>
                    <pattern id=hatch_id width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <rect class="chart__hatch-bg" width="6" height="6"/>
                        <line class="chart__hatch" x1="0" y1="0" x2="0" y2="6"/>
                    </pattern>
                </defs>
                <g>{axis}</g>
                <g>{drawn}</g>
            </svg>
            <ul class="chart__legend">
                <li>
                    <svg class="chart__key" viewBox="0 0 40 12" aria-hidden="true">
                        <rect class="chart__band" x="0" y="1" width="40" height="10"/>
                    </svg>
                    {move || t().bands_legend_band}
                </li>
                <li>
                    <svg class="chart__key" viewBox="0 0 40 12" aria-hidden="true">
                        <rect class="chart__band chart__band--you" x="0" y="2" width="40" height="8"/>
                    </svg>
                    {move || t().bands_legend_you}
                </li>
            </ul>
            <ChartTable
                caption=Signal::derive(move || t().bands_caption)
                columns=Signal::derive(move || {
                    [t().col_d_level, t().col_hour_min, t().col_hour_max, t().col_your_band]
                })
            >
                {table_rows}
            </ChartTable>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scale_runs_from_the_left_margin_to_the_right_one() {
        assert_eq!(scale(0.0, 200.0), LEFT);
        assert_eq!(scale(200.0, 200.0), WIDTH - RIGHT);
        assert_eq!(scale(500.0, 200.0), WIDTH - RIGHT);
        assert_eq!(scale(10.0, 0.0), LEFT);
        assert_eq!(scale(10.0, f64::NAN), LEFT);
    }

    #[test]
    fn six_levels_fit_the_height() {
        assert!((height(6) - (TOP + 6.0 * ROW + AXIS)).abs() < 1e-9);
    }
}
