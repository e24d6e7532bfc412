//! The salary settings: the D2 base rate and currency, the working time, the six coefficients
//! and the maximum multiplier, each with its default shown, and one action to restore them all.

use leptos::prelude::*;

use super::workspace::use_workspace;
use crate::components::number_field::NumberField;
use crate::domain::{
    BaseRate, Coefficient, Coefficients, Currency, DLevel, DaysPerWeek, HoursPerDay, InputError,
    MaxMultiplier,
};
use crate::i18n::Localize;
use crate::i18n::use_i18n;
use crate::state::calculator::SettingsDraft;

#[component]
pub fn SettingsPanel() -> impl IntoView {
    let ws = use_workspace();
    let i18n = use_i18n();
    let t = move || i18n.calculator();
    let defaults = SettingsDraft::default();
    let restored = RwSignal::new(false);
    let hint = move |value: String| move || Some(format!("{} {value}", t().default_is));
    let text = move |pick: fn(&SettingsDraft) -> &String| {
        Signal::derive(move || ws.settings.with(|s| pick(s).clone()))
    };
    let set = move |apply: fn(&mut SettingsDraft, String)| {
        Callback::new(move |value: String| {
            restored.set(false);
            ws.settings.update(|s| apply(s, value));
        })
    };
    // Coefficients that decrease: an error no single field sees, shown at the lower one.
    let order_error = Memo::new(move |_| {
        ws.settings.with(|s| {
            let texts = DLevel::ALL.map(|level| s.coefficient(level));
            match Coefficients::parse(texts) {
                Err(errors) => errors
                    .into_iter()
                    .find(|e| matches!(e, InputError::CoefficientDecreases { .. })),
                Ok(_) => None,
            }
        })
    });
    let coefficient_fields = DLevel::ALL
        .into_iter()
        .map(|level| {
            let default = defaults.coefficient(level).to_owned();
            view! {
                <NumberField
                    id=format!("setting-coefficient-{}", level.index())
                    label=move || format!("{} {level}", t().coefficient_label)
                    hint=hint(default.clone())
                    value=Signal::derive(move || ws.settings.with(|s| s.coefficient(level).to_owned()))
                    on_input=Callback::new(move |value: String| {
                        restored.set(false);
                        ws.settings.update(|s| s.set_coefficient(level, value));
                    })
                    parse=move |text: &str| Coefficient::parse_for(level, text).err()
                    extra_error=Signal::derive(move || {
                        order_error.with(|e| {
                            e.as_ref()
                                .filter(|e| e.field() == crate::domain::Field::Coefficient(Some(level)))
                                .map(|e| e.localize(i18n.lang()))
                        })
                    })
                />
            }
        })
        .collect_view();
    let currency_code = move || ws.settings.with(|s| s.currency.code());
    let set_currency = move |ev| {
        if let Ok(currency) = Currency::parse(&event_target_value(&ev)) {
            restored.set(false);
            ws.settings.update(|s| s.currency = currency);
        }
    };
    let restore = move |_| {
        ws.settings.set(SettingsDraft::default());
        restored.set(true);
    };
    view! {
        <section class="panel settings" aria-labelledby="settings-heading">
            <h2 id="settings-heading">{move || t().settings_heading}</h2>
            <p class="panel__hint">{move || t().settings_hint}</p>
            <div class="settings__grid">
                <NumberField
                    id="setting-base-rate"
                    label=move || t().base_rate_label
                    hint=hint(defaults.base_rate.clone())
                    value=text(|s| &s.base_rate)
                    on_input=set(|s, v| s.base_rate = v)
                    parse=|text: &str| BaseRate::parse(text).err()
                />
                <div class="field">
                    <label class="field__label" for="setting-currency">{move || t().currency_label}</label>
                    <select id="setting-currency" class="field__input" on:change=set_currency prop:value=currency_code>
                        {Currency::ALL
                            .into_iter()
                            .map(|currency| {
                                view! {
                                    <option value=currency.code() selected=move || currency_code() == currency.code()>
                                        {format!("{} ({})", currency.code(), currency.symbol())}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                    <p class="field__hint">{move || format!("{} USD", t().default_is)}</p>
                </div>
                <NumberField
                    id="setting-hours-per-day"
                    label=move || t().hours_per_day_label
                    hint=hint(defaults.hours_per_day.clone())
                    value=text(|s| &s.hours_per_day)
                    on_input=set(|s, v| s.hours_per_day = v)
                    parse=|text: &str| HoursPerDay::parse(text).err()
                />
                <NumberField
                    id="setting-days-per-week"
                    label=move || t().days_per_week_label
                    hint=hint(defaults.days_per_week.clone())
                    value=text(|s| &s.days_per_week)
                    on_input=set(|s, v| s.days_per_week = v)
                    parse=|text: &str| DaysPerWeek::parse(text).err()
                />
                <NumberField
                    id="setting-max-multiplier"
                    label=move || t().max_multiplier_label
                    hint=hint(defaults.max_multiplier.clone())
                    value=text(|s| &s.max_multiplier)
                    on_input=set(|s, v| s.max_multiplier = v)
                    parse=|text: &str| MaxMultiplier::parse(text).err()
                />
            </div>
            <fieldset class="settings__coefficients">
                <legend>{move || t().coefficients_legend}</legend>
                <div class="settings__grid settings__grid--six">{coefficient_fields}</div>
            </fieldset>
            <div class="settings__actions">
                <button type="button" class="button button--quiet" on:click=restore>
                    {move || t().restore_defaults}
                </button>
                <p role="status" class="settings__status">
                    {move || restored.get().then(|| t().defaults_restored)}
                </p>
            </div>
        </section>
    }
}
