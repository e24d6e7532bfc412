//! Learning (stub): for a chosen profession, its levels (grades) → sections
//! (skill groups) → modules (skill items), every module coming soon.

use leptos::prelude::*;

use crate::catalog::{Catalog, Grade, Profession};
use crate::components::inline_text::InlineText;
use crate::components::use_document_title;
use crate::i18n::use_i18n;

#[component]
pub fn LearningPage() -> impl IntoView {
    let i18n = use_i18n();
    use_document_title(move || format!("{} · {}", i18n.t().learning.title, i18n.t().app_name));
    let body = match Catalog::load() {
        Ok(catalog) => view! { <Curriculum catalog/> }.into_any(),
        Err(error) => view! {
            <p class="catalog-error" role="alert">
                {move || i18n.t().learning.catalog_error} " " {error.to_string()}
            </p>
        }
        .into_any(),
    };
    view! {
        <h1>{move || i18n.t().learning.title}</h1>
        <p class="lead">{move || i18n.t().learning.intro}</p>
        {body}
    }
}

#[component]
fn Curriculum(catalog: &'static Catalog) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t().learning;
    let professions: Vec<&'static Profession> = catalog
        .professions()
        .iter()
        .filter(|profession| !profession.grades.is_empty())
        .collect();
    let Some(first) = professions.first().copied() else {
        return view! { <p>{move || t().no_professions}</p> }.into_any();
    };
    let selected = RwSignal::new(first.id.as_str());
    let profession = move || catalog.profession(selected.get()).unwrap_or(first);

    let options = professions
        .iter()
        .map(|&p| {
            view! {
                <option value=p.id.clone() prop:selected=move || selected.get() == p.id>
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
                    if let Some(p) = professions.iter().find(|p| p.id == id) {
                        selected.set(p.id.as_str());
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
fn Levels(profession: &'static Profession) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t().learning;
    let sections: usize = profession.grades.iter().map(|g| g.skill_groups.len()).sum();
    view! {
        <p class="learning__summary" data-testid="learning-summary">
            {move || (t().summary)(profession.grades.len(), sections, profession.item_count())}
        </p>
        <ol class="levels" aria-label=move || t().levels_label>
            {profession.grades.iter().map(|grade| view! { <Level grade/> }).collect_view()}
        </ol>
    }
}

#[component]
fn Level(grade: &'static Grade) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t().learning;
    let label = (grade.title != grade.level.label()).then(|| grade.level.label());
    let sections = grade
        .skill_groups
        .iter()
        .map(|group| {
            let modules = group
                .items
                .iter()
                .map(|item| {
                    view! {
                        <li class="module" data-testid="module">
                            <span class="module__title"><InlineText text=item.as_str()/></span>
                            <span class="badge">{move || t().coming_soon}</span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <li class="section">
                    <h3>{move || group.title.as_deref().unwrap_or(t().skills)}</h3>
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
            {if grade.skill_groups.is_empty() {
                view! { <p class="level__empty">{move || t().no_sections}</p> }.into_any()
            } else {
                view! { <ol class="sections">{sections}</ol> }.into_any()
            }}
        </li>
    }
}
