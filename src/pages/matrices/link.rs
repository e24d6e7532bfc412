//! A matrix opened from a share link (docs/formats.md#matrix-share-links): shown read-only,
//! with "add to my matrices". Nothing is stored until the user asks.

use leptos::prelude::*;

use crate::catalog::format::{self, FormatWarning};
use crate::catalog::{Catalog, Profession};
use crate::components::inline_text::InlineText;
use crate::i18n::{Localize, use_i18n};
use crate::routes::Page;
use crate::state::matrices::{ImportAction, OwnMatrices};
use crate::state::matrix_link;
use crate::state::use_persisted;

use super::limit_message;

/// What the link holds, once read.
#[derive(Clone, Debug, PartialEq)]
enum Read {
    Reading,
    Matrices {
        professions: Vec<Profession>,
        warnings: Vec<FormatWarning>,
    },
    /// Why the link cannot be read, in the interface language.
    Failed(String),
}

#[component]
pub fn FromLink(payload: String, builtin: &'static Catalog) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.matrices();
    let own = use_persisted::<OwnMatrices>();
    let read = RwSignal::new(Read::Reading);
    let added = RwSignal::new(None::<String>);
    let refused = RwSignal::new(None::<String>);
    leptos::task::spawn_local(async move {
        let lang = i18n.lang();
        let outcome = match matrix_link::decode(&payload).await {
            Err(error) => Read::Failed(error.localize(lang)),
            Ok(json) => match format::parse_json(&json) {
                Ok(parsed) => Read::Matrices {
                    professions: parsed.professions,
                    warnings: parsed.warnings,
                },
                Err(error) => Read::Failed(error.localize(lang)),
            },
        };
        read.try_set(outcome);
    });
    let add = move |_| {
        let Read::Matrices { professions, .. } = read.get_untracked() else {
            return;
        };
        let names: Vec<String> = professions.iter().map(|p| p.name.clone()).collect();
        match own.with_untracked(|m| m.plan_import(professions, builtin)) {
            Ok(plan) => {
                own.update(|m| {
                    m.apply(plan);
                });
                added.set(Some(names.join(", ")));
                refused.set(None);
            }
            Err(limit) => refused.set(Some(limit_message(limit, i18n.lang()).to_owned())),
        }
    };
    // What adding would do to each profession, as the user's matrices are now.
    let actions = move || match read.get() {
        Read::Matrices { professions, .. } => own
            .with(|m| m.plan_import(professions, builtin))
            .map(|plan| {
                plan.into_iter()
                    .map(|entry| match entry.action {
                        ImportAction::Add => String::new(),
                        ImportAction::Replace => (t().link_replaces)(&entry.profession.name),
                        ImportAction::NewId { .. } => (t().link_new_id)(&entry.profession.id),
                    })
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default(),
        Read::Reading | Read::Failed(_) => Vec::new(),
    };

    view! {
        <section class="panel matrix-link" aria-labelledby="matrix-link-title" data-testid="matrix-link">
            <h2 id="matrix-link-title">{move || t().link_title}</h2>
            {move || match read.get() {
                Read::Reading => view! { <p role="status">{t().link_reading}</p> }.into_any(),
                Read::Failed(why) => view! {
                    <p class="field__error" role="alert" data-testid="matrix-link-error">
                        {t().link_error} " " {why}
                    </p>
                    <p><a href=Page::Matrices.href()>{t().link_list}</a></p>
                }
                .into_any(),
                Read::Matrices { professions, warnings } => {
                    let notes = actions();
                    view! {
                        {professions
                            .iter()
                            .enumerate()
                            .map(|(index, profession)| {
                                let note = notes.get(index).cloned().filter(|n| !n.is_empty());
                                view! { <ReadOnly profession=profession.clone() note/> }
                            })
                            .collect_view()}
                        {(!warnings.is_empty())
                            .then(|| {
                                view! {
                                    <ul class="matrix-link__warnings">
                                        {warnings
                                            .iter()
                                            .map(|w| view! { <li>{w.localize(i18n.lang())}</li> })
                                            .collect_view()}
                                    </ul>
                                }
                            })}
                        <Show
                            when=move || added.with(Option::is_none)
                            fallback=move || {
                                view! {
                                    <p role="status" data-testid="matrix-link-added">
                                        {move || (t().link_added)(&added.get().unwrap_or_default())}
                                    </p>
                                    <p class="matrix-link__next">
                                        <a href=Page::Home.href()>{move || t().link_home}</a>
                                        " · "
                                        <a href=Page::Matrices.href()>{move || t().link_list}</a>
                                    </p>
                                }
                            }
                        >
                            <button type="button" class="button" data-testid="matrix-link-add" on:click=add>
                                {move || t().link_add}
                            </button>
                        </Show>
                        {move || refused.get().map(|m| view! { <p class="field__error" role="alert">{m}</p> })}
                    }
                        .into_any()
                }
            }}
        </section>
    }
}

/// One profession as the link carries it, every item as plain text.
#[component]
fn ReadOnly(profession: Profession, note: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.matrices();
    let counts = (t().counts)(profession.grades.len(), profession.item_count());
    view! {
        <article class="matrix-read" data-testid="matrix-link-profession" data-profession-id=profession.id.clone()>
            <h3>{profession.name.clone()}</h3>
            {profession.summary.clone().map(|s| view! { <p class="matrix-read__summary">{s}</p> })}
            <p class="matrix-read__counts">{counts}</p>
            {note.map(|n| view! { <p class="matrix-read__note">{n}</p> })}
            {profession
                .grades
                .iter()
                .map(|grade| {
                    view! {
                        <section class="matrix-read__grade">
                            <h4>{grade.title.clone()}</h4>
                            {grade
                                .groups
                                .iter()
                                .map(|group| {
                                    let title = group.title.clone();
                                    view! {
                                        <h5>{move || title.clone().unwrap_or_else(|| t().skills.to_owned())}</h5>
                                        <ul>
                                            {group
                                                .items
                                                .iter()
                                                .map(|item| view! { <li><InlineText text=item.text.clone()/></li> })
                                                .collect_view()}
                                        </ul>
                                    }
                                })
                                .collect_view()}
                        </section>
                    }
                })
                .collect_view()}
        </article>
    }
}
