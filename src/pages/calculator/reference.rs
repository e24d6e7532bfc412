//! The reference table of D0–D5 for the current settings (the seed's table for the defaults),
//! the developer's level marked in words and by weight, not by colour alone; and the charts.

use leptos::prelude::*;
use rust_decimal::prelude::ToPrimitive;

use super::format::{fixed, money};
use super::workspace::use_workspace;
use crate::components::radar_chart::{RadarChart, RadarItem};
use crate::components::salary_chart::{BandBar, SalaryChart, YourBand};
use crate::domain::{DLevel, Weight};
use crate::i18n::Localize;
use crate::i18n::use_i18n;
use crate::state::calculator::evaluation::Outcome;

/// Technologies a radar shows at most; beyond that it keeps the heaviest and says so.
pub const RADAR_LIMIT: usize = 24;

/// The level of the result shown, if eligible.
fn your_level() -> Memo<Option<DLevel>> {
    let ws = use_workspace();
    Memo::new(move |_| {
        ws.shown.with(|s| match s.as_ref().map(|s| &s.outcome) {
            Some(Outcome::Eligible(report)) => Some(report.assessment.qualification.level()),
            _ => None,
        })
    })
}

#[component]
pub fn ReferenceTable() -> impl IntoView {
    let ws = use_workspace();
    let i18n = use_i18n();
    let t = move || i18n.calculator();
    let yours = your_level();
    let rows = move || {
        let lang = i18n.lang();
        let t = t();
        let yours = yours.get();
        let currency = ws
            .evaluation
            .with(|e| e.settings.as_ref().map(|s| s.currency));
        ws.evaluation.with(|e| {
            let (Some(bands), Some(currency)) = (e.bands.as_ref(), currency) else {
                return view! {
                    <tr><td colspan="5">{t.reference_unavailable}</td></tr>
                }
                .into_any();
            };
            bands
                .iter()
                .map(|band| {
                    let mine = yours == Some(band.level);
                    view! {
                        <tr class:is-current=mine aria-current=mine.then_some("true")>
                            <th scope="row">
                                {band.level.to_string()}
                                {mine.then(|| view! { <span class="badge">{t.your_level}</span> })}
                            </th>
                            <td>{band.level.localize(lang)}</td>
                            <td class="num" data-label=t.col_coefficient>{fixed(band.coefficient.value(), lang)}</td>
                            // A range breaks only after its dash.
                            <td class="num" data-label=t.hourly_heading>
                                {format!(
                                    "{}\u{a0}– {}",
                                    money(band.hourly.min, currency, lang),
                                    money(band.hourly.max, currency, lang)
                                )}
                            </td>
                            <td class="num" data-label=t.monthly_heading>
                                {format!(
                                    "{}\u{a0}– {}",
                                    money(band.monthly.min, currency, lang),
                                    money(band.monthly.max, currency, lang)
                                )}
                            </td>
                        </tr>
                    }
                })
                .collect_view()
                .into_any()
        })
    };
    view! {
        <section class="panel reference" aria-labelledby="reference-heading">
            <h2 id="reference-heading">{move || t().reference_heading}</h2>
            <p class="panel__hint">{move || t().reference_hint}</p>
            <div class="table-scroll">
                <table class="data-table data-table--cards" data-testid="reference-table">
                    <thead>
                        <tr>
                            <th scope="col">{move || t().col_d_level}</th>
                            <th scope="col">{move || t().col_name}</th>
                            <th scope="col">{move || t().col_coefficient}</th>
                            <th scope="col">{move || t().col_hourly}</th>
                            <th scope="col">{move || t().col_monthly}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}

#[component]
pub fn Charts() -> impl IntoView {
    let ws = use_workspace();
    let i18n = use_i18n();
    let t = move || i18n.calculator();
    // The radar follows the last valid result, so a half-typed row does not make it jump.
    let radar = Memo::new(move |_| {
        ws.shown.with(|s| {
            let rows: Vec<(String, u8, u8, Weight)> = s
                .as_ref()?
                .rows
                .iter()
                .map(|r| (r.name.to_string(), r.min.value(), r.level.value(), r.weight))
                .collect();
            let total = rows.len();
            let mut kept: Vec<(usize, (String, u8, u8, Weight))> =
                rows.into_iter().enumerate().collect();
            if kept.len() > RADAR_LIMIT {
                // The heaviest technologies, then back in the project's order.
                kept.sort_by(|a, b| b.1.3.cmp(&a.1.3).then(a.0.cmp(&b.0)));
                kept.truncate(RADAR_LIMIT);
                kept.sort_by_key(|(index, _)| *index);
            }
            let items = kept
                .into_iter()
                .map(|(_, (name, required, level, _))| RadarItem {
                    name,
                    required,
                    level,
                })
                .collect::<Vec<_>>();
            Some((items, total))
        })
    });
    let yours = your_level();
    let bars = Memo::new(move |_| {
        let lang = i18n.lang();
        ws.evaluation.with(|e| {
            let (Some(bands), Some(settings)) = (e.bands.as_ref(), e.settings.as_ref()) else {
                return Vec::new();
            };
            bands
                .iter()
                .map(|band| BandBar {
                    level: band.level.to_string(),
                    name: format!("{} {}", band.level, band.level.localize(lang)),
                    min: band.hourly.min.value().to_f64().unwrap_or(0.0),
                    max: band.hourly.max.value().to_f64().unwrap_or(0.0),
                    min_text: money(band.hourly.min, settings.currency, lang),
                    max_text: money(band.hourly.max, settings.currency, lang),
                })
                .collect()
        })
    });
    let you = Memo::new(move |_| {
        let lang = i18n.lang();
        let level = yours.get()?;
        ws.shown.with(|s| match s.as_ref().map(|s| &s.outcome) {
            Some(Outcome::Eligible(report)) => {
                let salary = &report.salary;
                Some(YourBand {
                    index: usize::from(level.index()),
                    min: salary.hourly.min.value().to_f64().unwrap_or(0.0),
                    max: salary.hourly.max.value().to_f64().unwrap_or(0.0),
                    min_text: money(salary.hourly.min, salary.currency, lang),
                    max_text: money(salary.hourly.max, salary.currency, lang),
                })
            }
            _ => None,
        })
    });
    let unit = move || {
        let symbol = ws
            .evaluation
            .with(|e| e.settings.as_ref().map(|s| s.currency.symbol()))
            .unwrap_or("");
        format!("{symbol}/{}", t().hour_short)
    };
    view! {
        <section class="panel charts" aria-labelledby="charts-heading">
            <h2 id="charts-heading">{move || t().charts_heading}</h2>
            <div class="charts__grid">
                {move || match radar.get() {
                    Some((items, total)) => {
                        view! { <RadarChart items=items total=total id="radar"/> }.into_any()
                    }
                    None => view! { <p class="chart__empty">{t().radar_unavailable}</p> }.into_any(),
                }}
                {move || {
                    if bars.with(Vec::is_empty) {
                        view! { <p class="chart__empty">{t().reference_unavailable}</p> }.into_any()
                    } else {
                        view! { <SalaryChart bars=bars you=you unit=unit id="bands"/> }.into_any()
                    }
                }}
            </div>
        </section>
    }
}
