//! The live result: `Q`, the D level and the hourly and monthly band, each with its breakdown,
//! with stable hooks (docs/formats.md#result-hooks); or the shortfalls; and the what-if raises.

use std::sync::Arc;

use leptos::prelude::*;

use super::breakdown;
use super::format::{fixed, money};
use super::workspace::use_workspace;
use crate::domain::{Currency, Money, NotEligible};
use crate::i18n::Localize;
use crate::i18n::use_i18n;
use crate::lang::Lang;
use crate::state::calculator::evaluation::{Outcome, Report};

#[component]
pub fn Results() -> impl IntoView {
    let ws = use_workspace();
    let i18n = use_i18n();
    let t = move || i18n.calculator();
    let stale = move || ws.shown.with(|s| s.as_ref().is_some_and(|s| s.stale));
    let invalid = move || ws.evaluation.with(|e| e.outcome.is_none());
    let status = move || {
        let e = ws.evaluation.get();
        if e.project.is_none() {
            return Some(t().no_project.to_owned());
        }
        if e.outcome.is_some() {
            return None;
        }
        let stale = stale();
        Some(if e.invalid_fields > 0 {
            (t().fix_fields)(e.invalid_fields, stale)
        } else {
            (t().fix_list)(stale)
        })
    };
    let body = move || {
        let lang = i18n.lang();
        ws.shown
            .with(|shown| match shown.as_ref().map(|s| &s.outcome) {
                None => ().into_any(),
                Some(Outcome::Eligible(report)) => {
                    view! { <Figures report=Arc::clone(report) lang=lang/> }.into_any()
                }
                Some(Outcome::NotEligible(not_eligible)) => {
                    view! { <Shortfalls not_eligible=not_eligible.clone() lang=lang/> }.into_any()
                }
                Some(Outcome::Overflow) => {
                    view! { <p class="field__error">{t().overflow}</p> }.into_any()
                }
            })
    };
    view! {
        <section
            class="panel result"
            class:result--stale=stale
            aria-labelledby="result-heading"
            data-stale=move || stale().to_string()
        >
            <h2 id="result-heading">{move || t().result_heading}</h2>
            <div role="status" class="result__status">
                {move || {
                    status()
                        .map(|text| {
                            view! {
                                <p class="result__notice" class:result__notice--warn=invalid data-testid="result-status">
                                    <span aria-hidden="true">"⚠ "</span>
                                    {text}
                                </p>
                            }
                        })
                }}
            </div>
            {body}
        </section>
    }
}

#[component]
fn Shortfalls(not_eligible: NotEligible, lang: Lang) -> impl IntoView {
    let t = crate::i18n::calculator::strings(lang);
    let items = not_eligible
        .shortfalls
        .iter()
        .map(|s| {
            view! {
                <li>
                    <strong>{s.name.to_string()}</strong>
                    {(t.shortfall)(s.level.value(), s.min.value())}
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="eligibility" data-testid="eligibility-error">
            <h3>{t.not_eligible_heading}</h3>
            <p>{t.not_eligible_text}</p>
            <ul class="eligibility__list">{items}</ul>
        </div>
    }
}

fn figure(test_id: &'static str, value: String, shown: String) -> impl IntoView {
    view! {
        <dd class="figure__value" data-testid=test_id data-value=value>
            {shown}
        </dd>
    }
}

fn formulas(lines: Vec<String>) -> impl IntoView {
    view! {
        <ul class="formulas">
            {lines.into_iter().map(|line| view! { <li><code>{line}</code></li> }).collect_view()}
        </ul>
    }
}

fn money_figure(
    test_id: &'static str,
    amount: Money,
    currency: Currency,
    lang: Lang,
) -> impl IntoView {
    figure(test_id, amount.to_string(), money(amount, currency, lang))
}

#[component]
fn Figures(report: Arc<Report>, lang: Lang) -> impl IntoView {
    let t = crate::i18n::calculator::strings(lang);
    let q = report.assessment.qualification;
    let s = &report.salary;
    let currency = s.currency;
    let level = q.level();
    let per_hour = format!("{}/{}", s.currency.symbol(), t.hour_short);
    let per_month = format!("{}/{}", s.currency.symbol(), t.month_short);
    let cap = s.capped.then(|| {
        view! {
            <p class="notice-inline" data-testid="cap-notice">
                <strong>{t.cap_title}</strong>
                " "
                {(t.cap_text)(
                    &super::format::number(s.interpolated_min, lang),
                    &level.to_string(),
                    &super::format::number(s.level_max, lang),
                )}
            </p>
        }
    });
    view! {
        <div class="figures">
            <article class="figure-card">
                <h3>{t.qualification_heading}</h3>
                <dl class="figure-list">
                    <div class="figure">
                        <dt>{t.q_label}</dt>
                        {figure("qualification", q.value().to_string(), fixed(q.value(), lang))}
                    </div>
                    <div class="figure">
                        <dt>{t.d_label}</dt>
                        {figure("d-level", level.to_string(), format!("{level} · {}", level.localize(lang)))}
                    </div>
                </dl>
                {formulas(vec![
                    breakdown::qualification(&report.assessment, lang),
                    breakdown::level(&report.assessment, lang),
                ])}
            </article>
            <article class="figure-card">
                <h3>{t.hourly_heading} " (" {per_hour} ")"</h3>
                <dl class="figure-list">
                    <div class="figure">
                        <dt>{t.min_label}</dt>
                        {money_figure("rate-min", s.hourly.min, currency, lang)}
                    </div>
                    <div class="figure">
                        <dt>{t.max_label}</dt>
                        {money_figure("rate-max", s.hourly.max, currency, lang)}
                    </div>
                </dl>
                {formulas([breakdown::rate_min(s, lang), breakdown::rate_max(s, lang)].concat())}
            </article>
            <article class="figure-card">
                <h3>{t.monthly_heading} " (" {per_month} ")"</h3>
                <dl class="figure-list">
                    <div class="figure">
                        <dt>{t.min_label}</dt>
                        {money_figure("month-min", s.monthly.min, currency, lang)}
                    </div>
                    <div class="figure">
                        <dt>{t.max_label}</dt>
                        {money_figure("month-max", s.monthly.max, currency, lang)}
                    </div>
                </dl>
                {formulas([breakdown::month_min(s, lang), breakdown::month_max(s, lang)].concat())}
            </article>
        </div>
        {cap}
        <aside class="note" aria-label=t.seed_note_title>
            <p>
                <strong>{t.seed_note_title}</strong>
                " "
                {t.seed_note}
            </p>
        </aside>
    }
}

/// The cheapest single-technology raises that reach the next level, from the engine.
#[component]
pub fn WhatIf() -> impl IntoView {
    const SHOWN: usize = 10;
    let ws = use_workspace();
    let i18n = use_i18n();
    let t = move || i18n.calculator();
    let body = move || {
        let lang = i18n.lang();
        let t = t();
        ws.shown
            .with(|shown| match shown.as_ref().map(|s| &s.outcome) {
                Some(Outcome::Eligible(report)) => {
                    let level = report.assessment.qualification.level();
                    let Some(next) = level.next() else {
                        return view! { <p>{t.what_if_top}</p> }.into_any();
                    };
                    if report.raises.is_empty() {
                        return view! { <p>{(t.what_if_none)(&next.to_string())}</p> }.into_any();
                    }
                    let more = report.raises.len().saturating_sub(SHOWN);
                    let items = report
                        .raises
                        .iter()
                        .take(SHOWN)
                        .map(|raise| {
                            let q = raise.qualification;
                            view! {
                                <li>
                                    <strong>{raise.name.to_string()}</strong>
                                    {format!(
                                        ": L {} → {} (+{}) — Q {} ({} · {})",
                                        raise.from.value(),
                                        raise.to.value(),
                                        raise.steps,
                                        fixed(q.value(), lang),
                                        q.level(),
                                        q.level().localize(lang),
                                    )}
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <p>{(t.what_if_intro)(&next.to_string(), &next.localize(lang))}</p>
                        <ol class="what-if__list" data-testid="what-if">{items}</ol>
                        {(more > 0).then(|| view! { <p class="note">{(t.what_if_more)(more)}</p> })}
                    }
                    .into_any()
                }
                Some(Outcome::NotEligible(_)) => {
                    view! { <p>{t.what_if_not_eligible}</p> }.into_any()
                }
                _ => view! { <p>{t.what_if_unavailable}</p> }.into_any(),
            })
    };
    view! {
        <section class="panel what-if" aria-labelledby="what-if-heading">
            <h2 id="what-if-heading">{move || t().what_if_heading}</h2>
            {body}
        </section>
    }
}
