//! The evidence helper (docs/rules.md#criteria): derives a technology level with the engine's
//! `assess_evidence`, shows which criteria hold and which fail, and lets the user take its
//! level for `L` or keep setting `L` by hand. What was typed is kept with the developer's level.

use leptos::prelude::*;

use super::workspace::use_workspace;
use crate::components::dialog::Dialog;
use crate::components::number_field::NumberField;
use crate::domain::{
    Count, EvidenceAssessment, ExperienceAmount, ExperienceUnit, Field, assess_evidence,
};
use crate::i18n::Localize;
use crate::i18n::use_i18n;
use crate::lang::Lang;
use crate::state::calculator::{EvidenceDraft, Id};

#[component]
pub fn EvidenceDialog(row: RwSignal<Option<Id>>) -> impl IntoView {
    view! {
        <Dialog
            open=move || row.with(Option::is_some)
            on_close=move |()| row.set(None)
            labelled_by="evidence-title"
            class="dialog--wide"
        >
            {move || row.get().map(|id| view! { <EvidenceForm id=id row=row/> })}
        </Dialog>
    }
}

fn unit_code(unit: ExperienceUnit) -> &'static str {
    match unit {
        ExperienceUnit::Hours => "hours",
        ExperienceUnit::Days => "days",
        ExperienceUnit::Weeks => "weeks",
        ExperienceUnit::Months => "months",
        ExperienceUnit::Years => "years",
    }
}

#[component]
fn EvidenceForm(id: Id, row: RwSignal<Option<Id>>) -> impl IntoView {
    let ws = use_workspace();
    let i18n = use_i18n();
    let t = move || i18n.calculator();
    // The technology's name when the dialog opened: evidence is filed under it.
    let name = ws
        .projects
        .with_untracked(|p| {
            p.current()
                .and_then(|p| p.row(id))
                .map(|(_, t)| t.name.clone())
        })
        .unwrap_or_default();
    let title_name = name.trim().to_owned();
    let draft = {
        let name = name.clone();
        Memo::new(move |_| {
            ws.levels.with(|l| {
                l.get(&name)
                    .and_then(|entry| entry.evidence.clone())
                    .unwrap_or_default()
            })
        })
    };
    let set = {
        let name = name.clone();
        move |apply: fn(&mut EvidenceDraft, String)| {
            let name = name.clone();
            Callback::new(move |text: String| {
                let mut next = draft.get_untracked();
                apply(&mut next, text);
                ws.levels.update(|l| l.set_evidence(&name, next));
            })
        }
    };
    let settings_valid = move || ws.evaluation.with(|e| e.settings.is_some());
    let result = Memo::new(move |_| {
        let settings = ws
            .evaluation
            .with(|e| e.settings.clone())
            .unwrap_or_default();
        draft.with(|d| {
            d.parse()
                .ok()
                .and_then(|e| assess_evidence(&e, &settings).ok())
        })
    });
    let value = move |pick: fn(&EvidenceDraft) -> &String| {
        Signal::derive(move || draft.with(|d| pick(d).clone()))
    };
    let count = |field: Field| move |text: &str| Count::parse_as(field, text).err();
    let set_unit = {
        let name = name.clone();
        move |ev| {
            let code = event_target_value(&ev);
            if let Some(unit) = ExperienceUnit::ALL
                .into_iter()
                .find(|u| unit_code(*u) == code)
            {
                let mut next = draft.get_untracked();
                next.unit = unit;
                ws.levels.update(|l| l.set_evidence(&name, next));
            }
        }
    };
    let set_contribution = {
        let name = name.clone();
        move |ev| {
            let mut next = draft.get_untracked();
            next.contribution = event_target_checked(&ev);
            ws.levels.update(|l| l.set_evidence(&name, next));
        }
    };
    let accept = {
        let name = name.clone();
        move |_| {
            if let Some(level) = result.with_untracked(|r| r.as_ref().map(|r| r.level)) {
                ws.set_level(&name, level.value().to_string());
                row.set(None);
            }
        }
    };
    view! {
        <div class="dialog__body evidence">
            <h2 id="evidence-title" class="dialog__title">
                {move || t().evidence_title}
                ": "
                {title_name.clone()}
            </h2>
            <p class="dialog__text">{move || t().evidence_intro}</p>
            <div class="evidence__fields">
                <div class="evidence__experience">
                    <NumberField
                        id="evidence-amount"
                        label=move || t().evidence_amount
                        value=value(|d| &d.amount)
                        on_input=set(|d, text| d.amount = text)
                        parse=|text: &str| ExperienceAmount::parse(text).err()
                    />
                    <div class="field">
                        <label class="field__label" for="evidence-unit">{move || t().evidence_unit}</label>
                        <select
                            id="evidence-unit"
                            class="field__input"
                            on:change=set_unit
                            prop:value=move || draft.with(|d| unit_code(d.unit))
                        >
                            {ExperienceUnit::ALL
                                .into_iter()
                                .map(|unit| {
                                    view! {
                                        <option value=unit_code(unit) selected=move || draft.with(|d| d.unit == unit)>
                                            {move || unit.localize(i18n.lang())}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                    </div>
                </div>
                <p class="field__hint">{move || ws.settings.with(|s| (t().evidence_units_hint)(&s.hours_per_day, &s.days_per_week))}</p>
                <NumberField
                    id="evidence-significant"
                    label=move || t().evidence_significant
                    hint=move || Some(t().evidence_significant_hint.to_owned())
                    value=value(|d| &d.significant)
                    on_input=set(|d, text| d.significant = text)
                    parse=count(Field::SignificantProjects)
                    whole=true
                />
                <NumberField
                    id="evidence-large"
                    label=move || t().evidence_large
                    hint=move || Some(t().evidence_large_hint.to_owned())
                    value=value(|d| &d.large)
                    on_input=set(|d, text| d.large = text)
                    parse=count(Field::LargeProjects)
                    whole=true
                />
                <NumberField
                    id="evidence-experts"
                    label=move || t().evidence_experts
                    value=value(|d| &d.experts)
                    on_input=set(|d, text| d.experts = text)
                    parse=count(Field::ExpertRecognitions)
                    whole=true
                />
                <div class="field field--check">
                    <input
                        id="evidence-contribution"
                        type="checkbox"
                        prop:checked=move || draft.with(|d| d.contribution)
                        on:change=set_contribution
                    />
                    <label for="evidence-contribution">{move || t().evidence_contribution}</label>
                </div>
                <Show when=move || draft.with(|d| d.contribution)>
                    <NumberField
                        id="evidence-audience"
                        label=move || t().evidence_audience
                        value=value(|d| &d.audience)
                        on_input=set(|d, text| d.audience = text)
                        parse=count(Field::ContributionAudience)
                        whole=true
                    />
                    <NumberField
                        id="evidence-recognisers"
                        label=move || t().evidence_recognisers
                        value=value(|d| &d.recognisers)
                        on_input=set(|d, text| d.recognisers = text)
                        parse=count(Field::ContributionRecognisers)
                        whole=true
                    />
                    <NumberField
                        id="evidence-non-recognisers"
                        label=move || t().evidence_non_recognisers
                        value=value(|d| &d.non_recognisers)
                        on_input=set(|d, text| d.non_recognisers = text)
                        parse=count(Field::ContributionNonRecognisers)
                        whole=true
                    />
                </Show>
            </div>
            {move || {
                (!settings_valid()).then(|| view! { <p class="note">{t().evidence_default_settings}</p> })
            }}
            <div class="evidence__result" role="status" aria-live="polite">
                {move || {
                    result
                        .get()
                        .map(|r| {
                            view! {
                                <p class="evidence__level" data-testid="evidence-level" data-value=r.level.value().to_string()>
                                    {t().evidence_result}
                                    ": "
                                    <strong>{format!("{} ", r.level)}{level_name(r.level, i18n.lang())}</strong>
                                </p>
                            }
                                .into_any()
                        })
                        .unwrap_or_else(|| view! { <p class="evidence__level">{t().evidence_fix_errors}</p> }.into_any())
                }}
            </div>
            {move || result.get().map(|r| view! { <Checks result=r lang=i18n.lang()/> })}
            <div class="dialog__actions">
                <button
                    type="button"
                    class="button"
                    on:click=accept
                    disabled=move || result.with(Option::is_none)
                >
                    {move || {
                        result
                            .with(|r| r.as_ref().map(|r| r.level))
                            .map_or_else(
                                || t().evidence_accept.to_owned(),
                                |level| format!("{} L = {}", t().evidence_accept, level.value()),
                            )
                    }}
                </button>
                <button type="button" class="button button--quiet" on:click=move |_| row.set(None)>
                    {move || t().evidence_keep}
                </button>
            </div>
        </div>
    }
}

fn level_name(level: crate::domain::TechLevel, lang: Lang) -> String {
    (crate::i18n::calculator::strings(lang).level_quoted)(&level.localize(lang))
}

/// Each level T1–T5 with its conditions: which hold (✓) and which fail (✗), in words too.
#[component]
fn Checks(result: EvidenceAssessment, lang: Lang) -> impl IntoView {
    let t = move || crate::i18n::calculator::strings(lang);
    let checks = result
        .checks
        .iter()
        .map(|check| {
            let holds = check.holds();
            let conditions = check
                .conditions
                .iter()
                .map(|condition| {
                    let any = condition.any_of.len() > 1;
                    let items = condition
                        .any_of
                        .iter()
                        .map(|criterion| mark(criterion.held(), criterion.localize(lang), lang))
                        .collect_view();
                    if any {
                        view! {
                            <li>
                                {mark_only(condition.holds(), lang)}
                                {t().evidence_any_of}
                                <ul>{items}</ul>
                            </li>
                        }
                        .into_any()
                    } else {
                        view! { {items} }.into_any()
                    }
                })
                .collect_view();
            view! {
                <li class="checks__level" class:checks__level--held=holds>
                    <p class="checks__title">
                        {mark_only(holds, lang)}
                        <strong>{format!("{} ", check.level)}{level_name(check.level, lang)}</strong>
                    </p>
                    <ul class="checks__conditions">{conditions}</ul>
                </li>
            }
        })
        .collect_view();
    view! { <ol class="checks" aria-label=t().evidence_checks>{checks}</ol> }
}

fn mark_only(held: bool, lang: Lang) -> impl IntoView {
    let t = crate::i18n::calculator::strings(lang);
    let (symbol, word) = if held {
        ("✓", t.criterion_holds)
    } else {
        ("✗", t.criterion_fails)
    };
    view! {
        <span class="check-mark" class:check-mark--held=held aria-hidden="true">{symbol}</span>
        <span class="visually-hidden">{format!("{word}: ")}</span>
    }
}

fn mark(held: bool, text: String, lang: Lang) -> impl IntoView {
    view! { <li class="checks__criterion" class:checks__criterion--held=held>{mark_only(held, lang)}{text}</li> }
}
