//! The profession, current grade and target grade of the profile, as three selects. The
//! profile and the plan both show them and write the same stored profile, so a choice made
//! on one page is the choice on the other.

use std::sync::Arc;

use leptos::prelude::*;

use crate::catalog::{Catalog, Grade, Profession};
use crate::i18n::use_i18n;
use crate::state::matrices::use_catalog;
use crate::state::profile::Profile;
use crate::state::use_persisted;

#[component]
pub fn ProfileChoice(
    /// Prefixes the fields' ids, unique on the page: `profile` gives `profile-profession`.
    prefix: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.profile();
    let profile = use_persisted::<Profile>();
    let shared = use_catalog();
    let catalog = move || shared.get().0.ok();
    let professions = move || catalog().map_or_else(Vec::new, |c| c.professions().to_vec());
    let chosen = move || -> Option<Arc<Profession>> {
        let catalog = catalog()?;
        profile.with(|p| p.profession_in(&catalog).cloned())
    };
    let grades =
        move || chosen().map_or_else(Vec::new, |p| choices(&p.grades.iter().collect::<Vec<_>>()));
    let targets = move || {
        chosen().map_or_else(Vec::new, |p| {
            profile.with(|profile| choices(&profile.target_choices(&p)))
        })
    };
    let edit = move |change: &dyn Fn(Profile, &Catalog) -> Profile| {
        if let Some(catalog) = catalog() {
            profile.update(|p| *p = change(std::mem::take(p), &catalog));
        }
    };
    let grade_hint = move || match chosen() {
        None if catalog().is_none() => t().catalog_error,
        None => t().grades_need_profession,
        Some(p) if p.grades.is_empty() => t().grades_undefined,
        Some(_) => "",
    };
    let profession_id = format!("{prefix}-profession");

    view! {
        <div class="field">
            <label for=profession_id.clone()>{move || t().profession_label}</label>
            <select
                id=profession_id
                disabled=move || catalog().is_none()
                on:change=move |ev| {
                    let id = event_target_value(&ev);
                    edit(&|p, catalog| {
                        p.with_profession(catalog, Some(id.as_str()).filter(|id| !id.is_empty()))
                    });
                }
            >
                <option value="" prop:selected=move || chosen().is_none()>
                    {move || t().profession_none}
                </option>
                {move || {
                    professions()
                        .into_iter()
                        .map(|profession| {
                            let id = profession.id.clone();
                            view! {
                                <option
                                    value=profession.id.clone()
                                    prop:selected=move || chosen().is_some_and(|p| p.id == id)
                                >
                                    {profession.name.clone()}
                                </option>
                            }
                        })
                        .collect_view()
                }}
            </select>
        </div>
        <GradeSelect
            id=format!("{prefix}-current")
            label=Signal::derive(move || t().current_label.to_owned())
            none=Signal::derive(move || t().grade_none.to_owned())
            hint=Signal::derive(move || grade_hint().to_owned())
            choices=Signal::derive(grades)
            selected=Signal::derive(move || profile.with(|p| p.current_grade.clone()))
            on_pick=Callback::new(move |grade: Option<String>| {
                edit(&|p, catalog| p.with_current(catalog, grade.clone()))
            })
        />
        <GradeSelect
            id=format!("{prefix}-target")
            label=Signal::derive(move || t().target_label.to_owned())
            none=Signal::derive(move || t().grade_none.to_owned())
            hint=Signal::derive(move || {
                match grade_hint() {
                    "" => t().target_hint,
                    hint => hint,
                }
                    .to_owned()
            })
            choices=Signal::derive(targets)
            selected=Signal::derive(move || profile.with(|p| p.target_grade.clone()))
            on_pick=Callback::new(move |grade: Option<String>| {
                edit(&|p, catalog| p.with_target(catalog, grade.clone()))
            })
        />
    }
}

/// A labelled select of grades, with a hint saying why it may be empty.
#[component]
fn GradeSelect(
    id: String,
    label: Signal<String>,
    none: Signal<String>,
    hint: Signal<String>,
    /// Id and title of each grade on offer.
    choices: Signal<Vec<(String, String)>>,
    selected: Signal<Option<String>>,
    on_pick: Callback<Option<String>>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let described_by = hint_id.clone();
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select
                id=id
                aria-describedby=described_by
                disabled=move || choices.with(Vec::is_empty) && selected.with(Option::is_none)
                on:change=move |ev| {
                    on_pick.run(Some(event_target_value(&ev)).filter(|id| !id.is_empty()))
                }
            >
                <option value="" prop:selected=move || selected.with(Option::is_none)>
                    {none}
                </option>
                {move || {
                    choices
                        .get()
                        .into_iter()
                        .map(|(id, title)| {
                            let this = id.clone();
                            view! {
                                <option
                                    value=id
                                    prop:selected=move || selected.with(|s| s.as_ref() == Some(&this))
                                >
                                    {title}
                                </option>
                            }
                        })
                        .collect_view()
                }}
            </select>
            <p id=hint_id class="field__hint">{hint}</p>
        </div>
    }
}

fn choices(grades: &[&Grade]) -> Vec<(String, String)> {
    grades
        .iter()
        .map(|grade| (grade.id.clone(), grade.title.clone()))
        .collect()
}
