//! Learning (stub): for a chosen profession, its levels (grades) → sections
//! (skill groups) → modules (skill items), every module coming soon.

use std::sync::Arc;

use leptos::prelude::*;

use crate::catalog::{Catalog, Grade, Profession};
use crate::components::inline_text::InlineText;
use crate::components::use_document_title;
use crate::i18n::use_i18n;
use crate::state::matrices::use_catalog;

crate::pages::lazy::lazy_page!(
    /// The page in a wasm chunk of its own: home does not need its code.
    pub fn load() -> LearningPage, chunk learning
);

#[component]
pub fn LearningPage() -> impl IntoView {
    let i18n = use_i18n();
    use_document_title(move || format!("{} · {}", i18n.learning().title, i18n.t().app_name));
    let catalog = use_catalog();
    let body = move || match catalog.get().0 {
        Ok(catalog) => view! { <Curriculum catalog/> }.into_any(),
        Err(error) => view! {
            <p class="catalog-error" role="alert">
                {move || i18n.learning().catalog_error} " " {error.to_string()}
            </p>
        }
        .into_any(),
    };
    view! {
        <h1>{move || i18n.learning().title}</h1>
        <p class="lead">{move || i18n.learning().intro}</p>
        {body}
    }
}

#[component]
fn Curriculum(catalog: Arc<Catalog>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.learning();
    let professions: Vec<Arc<Profession>> = catalog
        .professions()
        .iter()
        .filter(|profession| !profession.grades.is_empty())
        .cloned()
        .collect();
    let Some(first) = professions.first().cloned() else {
        return view! { <p>{move || t().no_professions}</p> }.into_any();
    };
    let selected = RwSignal::new(first.id.clone());
    let profession = move || {
        selected
            .with(|id| catalog.profession(id).cloned())
            .unwrap_or_else(|| Arc::clone(&first))
    };

    let options = professions
        .iter()
        .map(|p| {
            let id = p.id.clone();
            view! {
                <option value=p.id.clone() prop:selected=move || selected.with(|s| *s == id)>
                    {p.name.clone()}
                </option>
            }
        })
        .collect_view();

    view! {
        <div class="field learning__picker">
            <label for="learning-profession">{move || t().profession_label}</label>
            <select
                id="learning-profession"
                on:change=move |ev| {
                    let id = event_target_value(&ev);
                    if professions.iter().any(|p| p.id == id) {
                        selected.set(id);
                    }
                }
            >
                {options}
            </select>
        </div>
        {move || {
            let profession = profession();
            view! { <Levels profession/> }
        }}
    }
    .into_any()
}

#[component]
fn Levels(profession: Arc<Profession>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.learning();
    let sections: usize = profession.grades.iter().map(|g| g.groups.len()).sum();
    let (grades, items) = (profession.grades.len(), profession.item_count());
    view! {
        <p class="learning__summary" data-testid="learning-summary">
            {move || (t().summary)(grades, sections, items)}
        </p>
        <ol class="levels" aria-label=move || t().levels_label>
            {profession.grades.iter().map(level).collect_view()}
        </ol>
    }
}

/// One grade as a level of the course; owns all it shows.
fn level(grade: &Grade) -> impl IntoView + use<> {
    let i18n = use_i18n();
    let t = move || i18n.learning();
    let label = grade
        .level()
        .map(|level| level.label())
        .filter(|label| *label != grade.title);
    let sections = grade
        .groups
        .iter()
        .map(|group| {
            let modules = group
                .items
                .iter()
                .map(|item| {
                    view! {
                        <li class="module" data-testid="module">
                            <span class="module__title"><InlineText text=item.text.clone()/></span>
                            <span class="badge">{move || t().coming_soon}</span>
                        </li>
                    }
                })
                .collect_view();
            let title = group.title.clone();
            view! {
                <li class="section">
                    <h3>{move || title.clone().unwrap_or_else(|| t().skills.to_owned())}</h3>
                    <ul class="modules">{modules}</ul>
                </li>
            }
        })
        .collect_view();
    view! {
        <li class="level" data-testid="level">
            <h2>
                {grade.title.clone()}
                {label.map(|label| view! { <span class="level__tag">{label}</span> })}
            </h2>
            {if grade.groups.is_empty() {
                view! { <p class="level__empty">{move || t().no_sections}</p> }.into_any()
            } else {
                view! { <ol class="sections">{sections}</ol> }.into_any()
            }}
        </li>
    }
}
