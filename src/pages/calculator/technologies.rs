//! The open project's required technologies: name, minimum `I`, weight `W`, and the developer's
//! own level `L` (shared by every project), with a helper that derives `L` from evidence.
//! A grid of rows on wide screens, stacked fields on phones.

use leptos::prelude::*;

use super::evidence::EvidenceDialog;
use super::workspace::use_workspace;
use crate::browser::focus_later;
use crate::components::number_field::NumberField;
use crate::components::text_field::TextField;
use crate::domain::{Field, ProjectError, TechLevel, TechName, Weight};
use crate::i18n::Localize;
use crate::i18n::use_i18n;
use crate::state::calculator::{Id, parse_current_level};

#[component]
pub fn Technologies() -> impl IntoView {
    let ws = use_workspace();
    let i18n = use_i18n();
    let t = move || i18n.calculator();
    let ids = Memo::new(move |_| ws.row_ids());
    let evidence_for = RwSignal::new(None::<Id>);
    // The one name problem the list can have, read by every row: a memo of its own, so rows do
    // not re-run on every result (with 1 000 rows, that churn dominated an edit).
    let duplicate = Memo::new(move |_| {
        ws.evaluation
            .with(|e| e.duplicate_row().zip(e.project_error.clone()))
    });
    let no_technologies = move || {
        ws.evaluation
            .with(|e| matches!(e.project_error, Some(ProjectError::NoTechnologies)))
    };
    let add = move |_| {
        let mut added = None;
        ws.projects.update(|p| added = p.add_technology());
        if let Some(id) = added {
            focus_later(format!("tech-{id}-name"));
        }
    };
    view! {
        <section class="panel technologies" aria-labelledby="technologies-heading">
            <h2 id="technologies-heading">{move || t().technologies_heading}</h2>
            <p class="panel__hint">{move || t().technologies_hint}</p>
            <div class="tech-head" aria-hidden="true">
                <span>"№"</span>
                <span>{move || t().col_technology}</span>
                <span>{move || t().col_min_short}</span>
                <span>{move || t().col_weight_short}</span>
                <span>{move || t().col_level_short}</span>
                <span></span>
                <span></span>
            </div>
            <ol class="tech-list">
                <For each=move || ids.get() key=|id| *id let:id>
                    <TechRow id=id evidence_for=evidence_for duplicate=duplicate/>
                </For>
            </ol>
            {move || {
                no_technologies()
                    .then(|| {
                        view! {
                            <p class="field__error list-error" id="technologies-error" data-testid="technologies-error">
                                <span aria-hidden="true">"⚠ "</span>
                                {ProjectError::NoTechnologies.localize(i18n.lang())}
                            </p>
                        }
                    })
            }}
            <button
                type="button"
                class="button button--quiet"
                on:click=add
                aria-describedby=move || no_technologies().then_some("technologies-error")
            >
                {move || t().add_technology}
            </button>
            <EvidenceDialog row=evidence_for/>
        </section>
    }
}

#[component]
fn TechRow(
    id: Id,
    evidence_for: RwSignal<Option<Id>>,
    /// The row (from 1) that repeats an earlier name, and the problem to show there.
    duplicate: Memo<Option<(usize, ProjectError)>>,
) -> impl IntoView {
    let ws = use_workspace();
    let i18n = use_i18n();
    let t = move || i18n.calculator();
    let row = Memo::new(move |_| {
        ws.projects.with(|p| {
            p.current()
                .and_then(|p| p.row(id))
                .map(|(index, row)| (index.saturating_add(1), row.clone()))
        })
    });
    let number = move || row.with(|r| r.as_ref().map_or(0, |(n, _)| *n));
    let field = move |pick: fn(&crate::state::calculator::TechnologyDraft) -> &String| {
        Signal::derive(move || {
            row.with(|r| r.as_ref().map(|(_, t)| pick(t).clone()).unwrap_or_default())
        })
    };
    let name = Memo::new(move |_| {
        row.with(|r| r.as_ref().map(|(_, t)| t.name.clone()).unwrap_or_default())
    });
    let level = Memo::new(move |_| name.with(|n| ws.levels.with(|l| l.level_text(n).to_owned())));
    let name_error = Memo::new(move |_| {
        let lang = i18n.lang();
        if let Err(error) = name.with(|n| TechName::parse(n)) {
            return Some(error.localize(lang));
        }
        duplicate.with(|d| {
            d.as_ref()
                .filter(|(row, _)| *row == number())
                .map(|(_, error)| error.localize(lang))
        })
    });
    let legend = move || {
        let n = number();
        name.with(|name| {
            let name = name.trim();
            if name.is_empty() {
                format!("{} {n}", t().technology)
            } else {
                format!("{} {n} — {name}", t().technology)
            }
        })
    };
    let edit = move |apply: fn(&mut crate::state::calculator::TechnologyDraft, String)| {
        Callback::new(move |text: String| {
            ws.projects.update(|p| {
                p.edit_technology(id, |t| {
                    apply(t, text);
                    true
                });
            });
        })
    };
    let remove = move |_| {
        let next = ws.projects.with_untracked(|p| {
            p.current().and_then(|p| {
                let index = p.technologies.iter().position(|t| t.id == id)?;
                p.technologies
                    .get(index.saturating_add(1))
                    .or_else(|| index.checked_sub(1).and_then(|i| p.technologies.get(i)))
                    .map(|t| t.id)
            })
        });
        ws.projects.update(|p| p.remove_technology(id));
        match next {
            Some(next) => focus_later(format!("tech-{next}-name")),
            None => focus_later("technologies-heading".into()),
        }
    };
    view! {
        <li class="tech-row">
            <fieldset class="tech-row__fields">
                <legend class="visually-hidden">{legend}</legend>
                <span class="tech-row__number" aria-hidden="true">{number}</span>
                <TextField
                    id=format!("tech-{id}-name")
                    class="tech-row__name"
                    label=move || t().col_technology
                    value=name
                    on_input=move |text: String| ws.rename_row(id, text)
                    error=name_error
                />
                <NumberField
                    id=format!("tech-{id}-min")
                    class="tech-row__min"
                    label=move || t().col_min
                    value=field(|t| &t.min)
                    on_input=edit(|t, text| t.min = text)
                    parse=|text: &str| TechLevel::parse_as(Field::MinimumLevel, text).err()
                    whole=true
                />
                <NumberField
                    id=format!("tech-{id}-weight")
                    class="tech-row__weight"
                    label=move || t().col_weight
                    value=field(|t| &t.weight)
                    on_input=edit(|t, text| t.weight = text)
                    parse=|text: &str| Weight::parse(text).err()
                />
                <NumberField
                    id=format!("tech-{id}-level")
                    class="tech-row__level"
                    label=move || t().col_level
                    value=level
                    on_input=move |text: String| name.with_untracked(|n| ws.set_level(n, text))
                    parse=|text: &str| parse_current_level(text).err()
                    whole=true
                />
                <button
                    type="button"
                    class="button button--quiet button--small tech-row__evidence"
                    id=format!("tech-{id}-evidence")
                    aria-haspopup="dialog"
                    on:click=move |_| evidence_for.set(Some(id))
                >
                    {move || t().evidence_open}
                    <span class="visually-hidden">{move || format!(": {}", legend())}</span>
                </button>
                <button
                    type="button"
                    class="button button--quiet button--small tech-row__remove"
                    title=move || t().remove
                    on:click=remove
                >
                    <span aria-hidden="true">"✕"</span>
                    <span class="tech-row__remove-text" aria-hidden="true">{move || t().remove}</span>
                    <span class="visually-hidden">{move || format!("{}: {}", t().remove, legend())}</span>
                </button>
            </fieldset>
        </li>
    }
}
