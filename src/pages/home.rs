//! Professions: every profession with its grades, a filter over professions
//! and skills, and self-assessment ticks kept in `localStorage`.

use std::sync::Arc;

use leptos::prelude::*;

use crate::catalog::{Catalog, Origin, Profession};
use crate::components::profession_card::ProfessionCard;
use crate::components::use_document_title;
use crate::i18n::{Localize, use_i18n};
use crate::state::matrices::use_catalog;
use crate::state::self_assessment::SelfAssessment;
use crate::state::use_persisted;

#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    use_document_title(move || format!("{} · {}", i18n.home().title, i18n.t().app_name));
    let catalog = use_catalog();
    // Kept here, so that a change to the user's own matrices keeps the filter.
    let query = RwSignal::new(String::new());
    let body = move || match catalog.get().0 {
        Ok(catalog) => view! { <Professions catalog query/> }.into_any(),
        Err(error) => view! {
            <p class="catalog-error" role="alert">
                {move || i18n.home().catalog_error} " " {move || error.localize(i18n.lang())}
            </p>
        }
        .into_any(),
    };
    view! {
        <h1>{move || i18n.home().title}</h1>
        <p class="lead">{move || i18n.home().intro}</p>
        <p class="home__hint">{move || i18n.home().estimate_hint}</p>
        {body}
    }
}

#[component]
fn Professions(catalog: Arc<Catalog>, query: RwSignal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.home();
    // Filtering only changes what is shown: the ticks live here, whole.
    let assessment = use_persisted::<SelfAssessment>();
    let total = catalog.professions().len();
    let hits = Memo::new(move |_| {
        query.with(|q| {
            catalog
                .search(q)
                .into_iter()
                .map(|hit| Hit {
                    origin: catalog.origin(hit.id()).unwrap_or(Origin::Own),
                    matches: hit.item_keys(),
                    profession: Arc::clone(hit.profession),
                })
                .collect::<Vec<_>>()
        })
    });
    let shown = move || hits.with(Vec::len);

    view! {
        <div class="search" role="search">
            <label for="profession-search">{move || t().search_label}</label>
            <div class="search__row">
                <input
                    id="profession-search"
                    type="search"
                    autocomplete="off"
                    placeholder=move || t().search_placeholder
                    prop:value=query
                    on:input=move |ev| query.set(event_target_value(&ev))
                />
                <Show when=move || query.with(|q| !q.is_empty())>
                    <button type="button" class="button button--quiet" on:click=move |_| query.set(String::new())>
                        {move || t().search_clear}
                    </button>
                </Show>
            </div>
            <p class="search__count" role="status" data-testid="shown-count">
                {move || (t().shown)(shown(), total)}
            </p>
        </div>
        <Show when=move || { shown() == 0 }>
            <p class="search__empty" data-testid="no-results">{move || t().no_results}</p>
        </Show>
        <ul class="professions">
            <For
                each=move || hits.get()
                key=|hit| hit.profession.id.clone()
                children=move |hit| {
                    let id = hit.profession.id.clone();
                    let matches = Memo::new(move |_| {
                        hits.with(|hits| {
                            hits.iter()
                                .find(|other| other.profession.id == id)
                                .map(|other| other.matches.clone())
                                .unwrap_or_default()
                        })
                    });
                    view! {
                        <li>
                            <ProfessionCard profession=hit.profession origin=hit.origin assessment matches/>
                        </li>
                    }
                }
            />
        </ul>
    }
}

/// A profession the filter shows, with the keys of its items that matched.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Hit {
    profession: Arc<Profession>,
    origin: Origin,
    matches: Vec<String>,
}
