//! The timeline of the snapshots for the profession and target grade chosen in the profile:
//! progress towards the target and the grade estimate, drawn in inline SVG (greys: a solid
//! line and a dashed step line, told apart by the legend, not by colour) with a table twin,
//! like the calculator's charts (`components::chart_table`), whose rows are made on opening.

use leptos::prelude::*;

use super::Dates;
use crate::i18n::use_i18n;
use crate::routes::Page;
use crate::state::matrices::use_catalog;
use crate::state::profile::Profile;
use crate::state::snapshots::{Snapshots, timeline};
use crate::state::use_persisted;

const WIDTH: f64 = 480.0;
const LEFT: f64 = 44.0;
const RIGHT: f64 = 90.0;
const TOP: f64 = 10.0;
const PROGRESS_HEIGHT: f64 = 150.0;
const GAP: f64 = 34.0;
const STEP: f64 = 24.0;
const BOTTOM: f64 = 30.0;
/// Points are marked with dots up to this many; beyond, the line alone reads better.
const DOTS_UP_TO: usize = 60;

/// One snapshot as the chart and its table show it.
#[derive(Clone, Debug, PartialEq)]
struct Row {
    /// ISO 8601, formatted only where shown: 365 dates cost more than the chart.
    taken_at: String,
    label: String,
    /// The grade's title, or why there is none.
    estimate: String,
    estimate_id: String,
    /// Height on the estimate scale: 0 below the first grade (or unknown), then 1, 2 … .
    step: usize,
    percent: usize,
    progress: String,
}

#[derive(Clone, Debug, PartialEq)]
struct Drawn {
    caption: String,
    /// Grade titles, lowest first, up to the profession's top.
    ladder: Vec<String>,
    rows: Vec<Row>,
}

/// Where snapshot `i` of `n` sits across the chart.
fn x_of(i: usize, n: usize) -> f64 {
    let span = WIDTH - LEFT - RIGHT;
    if n <= 1 {
        return LEFT + span / 2.0;
    }
    LEFT + span * i as f64 / (n - 1) as f64
}

#[component]
pub fn Timeline() -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.snapshots();
    let snapshots = use_persisted::<Snapshots>();
    let profile = use_persisted::<Profile>();
    let catalog = use_catalog();
    let drawn = Memo::new(move |_| {
        let t = t();
        let Ok(catalog) = catalog.get().0 else {
            return None;
        };
        profile.with(|profile| {
            let profession = profile.profession_in(&catalog)?;
            let target = profile
                .target_grade
                .clone()
                .or_else(|| profession.grades.last().map(|g| g.id.clone()))?;
            let target_title = profession.grade(&target)?.title.clone();
            snapshots.with(|list| {
                let points = timeline(list.list(), profession, &target)?;
                let rows = points
                    .iter()
                    .filter_map(|point| {
                        let snapshot = list.list().get(point.index)?;
                        let estimate = match (point.estimate, point.estimate_position) {
                            (None, _) if !snapshot.estimates.contains_key(&profession.id) => {
                                t.not_recorded.to_owned()
                            }
                            (None, _) => t.below_first.to_owned(),
                            (Some(id), None) => id.to_owned(),
                            (Some(_), Some(position)) => profession
                                .grades
                                .get(position)
                                .map(|g| g.title.clone())
                                .unwrap_or_default(),
                        };
                        let percent = point.progress.percent();
                        Some(Row {
                            taken_at: snapshot.taken_at.clone(),
                            label: snapshot.label.clone().unwrap_or_default(),
                            estimate,
                            estimate_id: point.estimate.unwrap_or_default().to_owned(),
                            step: point.estimate_position.map_or(0, |p| p.saturating_add(1)),
                            percent,
                            progress: (t.progress_value)(
                                percent,
                                point.progress.ticked,
                                point.progress.total,
                            ),
                        })
                    })
                    .collect();
                Some(Drawn {
                    caption: (t.timeline_caption)(&profession.name, &target_title),
                    ladder: profession.grades.iter().map(|g| g.title.clone()).collect(),
                    rows,
                })
            })
        })
    });

    view! {
        <section class="timeline" aria-labelledby="timeline-title">
            <h3 id="timeline-title">{move || t().timeline_title}</h3>
            {move || match drawn.get() {
                None => {
                    view! {
                        <p class="chart__empty" data-testid="timeline-need-profile">
                            {t().timeline_need_profile} " "
                            <a href=Page::Profile.href()>{t().profile_link}</a>
                        </p>
                    }
                        .into_any()
                }
                Some(drawn) if drawn.rows.is_empty() => {
                    view! { <p class="chart__empty">{t().timeline_empty}</p> }.into_any()
                }
                Some(drawn) => view! { <Chart drawn/> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn Chart(drawn: Drawn) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.snapshots();
    let n = drawn.rows.len();
    let steps = drawn.ladder.len();
    let estimate_top = TOP + PROGRESS_HEIGHT + GAP;
    let estimate_height = STEP * steps as f64;
    let height = estimate_top + estimate_height + BOTTOM;
    let y_progress =
        |percent: usize| TOP + PROGRESS_HEIGHT * (1.0 - percent.min(100) as f64 / 100.0);
    let y_step = |step: usize| estimate_top + estimate_height - STEP * step as f64;

    let progress_points: String = drawn
        .rows
        .iter()
        .enumerate()
        .map(|(i, row)| format!("{:.1},{:.1}", x_of(i, n), y_progress(row.percent)))
        .collect::<Vec<_>>()
        .join(" ");
    // A step line: level until the next snapshot, then up or down.
    let mut estimate_points = Vec::with_capacity(n.saturating_mul(2));
    let mut previous = None;
    for (i, row) in drawn.rows.iter().enumerate() {
        let (x, y) = (x_of(i, n), y_step(row.step));
        if let Some(previous) = previous {
            estimate_points.push(format!("{x:.1},{previous:.1}"));
        }
        estimate_points.push(format!("{x:.1},{y:.1}"));
        previous = Some(y);
    }
    let estimate_points = estimate_points.join(" ");
    let dots = (n <= DOTS_UP_TO).then(|| {
        drawn
            .rows
            .iter()
            .enumerate()
            .map(|(i, row)| {
                view! {
                    <circle class="timeline__dot" cx=x_of(i, n) cy=y_progress(row.percent) r="3"/>
                }
            })
            .collect_view()
    });
    let progress_axis = [0_usize, 50, 100]
        .into_iter()
        .map(|p| {
            let y = y_progress(p);
            view! {
                <line class="chart__axis" x1=LEFT y1=y x2=WIDTH - RIGHT y2=y/>
                <text class="chart__tick" x=LEFT - 6.0 y=y + 4.0 text-anchor="end">{format!("{p}")}</text>
            }
        })
        .collect_view();
    // Label every grade when they fit, else the first and the last.
    let ladder_axis = drawn
        .ladder
        .iter()
        .enumerate()
        .filter(|(i, _)| steps <= 8 || *i == 0 || i.saturating_add(1) == steps)
        .map(|(i, title)| {
            let y = y_step(i.saturating_add(1));
            let short: String = title.chars().take(10).collect();
            view! {
                <line class="chart__grid timeline__rung" x1=LEFT y1=y x2=WIDTH - RIGHT y2=y/>
                <text class="chart__tick" x=WIDTH - RIGHT + 6.0 y=y + 4.0>{short}</text>
            }
        })
        .collect_view();
    // The axis has room for the dates only: the time follows the last comma in both languages.
    let dates = Dates::new(i18n.lang());
    let day = |taken_at: &str| {
        let text = dates.format(taken_at);
        text.rsplit_once(", ")
            .map_or_else(|| text.clone(), |(day, _)| day.to_owned())
    };
    let first = drawn
        .rows
        .first()
        .map(|r| day(&r.taken_at))
        .unwrap_or_default();
    let last = drawn
        .rows
        .last()
        .map(|r| day(&r.taken_at))
        .unwrap_or_default();
    let description = (t.timeline_description)(
        n,
        drawn.rows.first().map_or(0, |r| r.percent),
        drawn.rows.last().map_or(0, |r| r.percent),
    );
    let bottom = height - 6.0;
    // The twin's rows are made when it is opened: closed, nobody can read them, and 365 rows
    // would cost more than the chart.
    let open = RwSignal::new(false);
    let rows = drawn.rows.clone();
    let table_rows = move || {
        open.get().then(|| {
            let dates = Dates::new(i18n.lang());
            rows.iter()
                .map(|row| {
                    view! {
                        <tr data-testid="timeline-row" data-progress=row.percent data-estimate=row.estimate_id.clone()>
                            <th scope="row">{dates.format(&row.taken_at)}</th>
                            <td data-label=t.col_label>{if row.label.is_empty() { t.not_recorded.to_owned() } else { row.label.clone() }}</td>
                            <td data-label=t.col_estimate>{row.estimate.clone()}</td>
                            <td data-label=t.col_progress>{row.progress.clone()}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let caption = drawn.caption.clone();
    view! {
        <figure class="chart timeline__chart" data-testid="timeline">
            <figcaption class="chart__caption">{drawn.caption.clone()}</figcaption>
            <svg
                class="chart__svg"
                viewBox=format!("0 0 {WIDTH} {height}")
                role="img"
                aria-labelledby="timeline-svg-title timeline-svg-desc"
                data-testid="timeline-chart"
            >
                <title id="timeline-svg-title">{caption.clone()}</title>
                <desc id="timeline-svg-desc">{description}</desc>
                <g>{progress_axis}</g>
                <text class="chart__tick" x=WIDTH - RIGHT + 6.0 y=TOP + 10.0>{t.axis_progress}</text>
                <g>{ladder_axis}</g>
                <line class="chart__axis" x1=LEFT y1=y_step(0) x2=WIDTH - RIGHT y2=y_step(0)/>
                <polyline class="timeline__progress" points=progress_points/>
                <g>{dots}</g>
                <polyline class="timeline__estimate" points=estimate_points/>
                <text class="chart__tick" x=LEFT y=bottom text-anchor="start">{first}</text>
                <text class="chart__tick" x=WIDTH - RIGHT y=bottom text-anchor="end">{last}</text>
            </svg>
            <ul class="chart__legend">
                <li>
                    <svg class="chart__key" viewBox="0 0 40 12" aria-hidden="true">
                        <line class="timeline__progress" x1="0" y1="6" x2="40" y2="6"/>
                    </svg>
                    {t.legend_progress}
                </li>
                <li>
                    <svg class="chart__key" viewBox="0 0 40 12" aria-hidden="true">
                        <line class="timeline__estimate" x1="0" y1="6" x2="40" y2="6"/>
                    </svg>
                    {t.legend_estimate}
                </li>
            </ul>
            <details
                class="chart__twin"
                data-testid="timeline-twin"
                on:toggle=move |ev| {
                    use wasm_bindgen::JsCast;
                    if let Some(details) = ev
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
                    {
                        open.set(details.open());
                    }
                }
            >
                <summary>{i18n.calculator().chart_table}</summary>
                <table class="data-table data-table--cards">
                    <caption class="visually-hidden">{caption.clone()}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.col_date}</th>
                            <th scope="col">{t.col_label}</th>
                            <th scope="col">{t.col_estimate}</th>
                            <th scope="col">{t.col_progress}</th>
                        </tr>
                    </thead>
                    <tbody>{table_rows}</tbody>
                </table>
            </details>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snapshots_spread_from_margin_to_margin_and_one_sits_in_the_middle() {
        assert_eq!(x_of(0, 5), LEFT);
        assert_eq!(x_of(4, 5), WIDTH - RIGHT);
        assert_eq!(x_of(0, 1), LEFT + (WIDTH - LEFT - RIGHT) / 2.0);
    }
}
