//! Name, profession and grades, chosen from the matrices and saved as the user types.

use leptos::prelude::*;

use crate::catalog::{Catalog, Grade, GradeLevel, Profession};
use crate::i18n::use_i18n;
use crate::state::profile::Profile;
use crate::state::use_persisted;

#[component]
pub fn AboutForm() -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t().profile;
    let profile = use_persisted::<Profile>();
    let catalog: Option<&'static Catalog> = Catalog::load().ok();
    let professions: &'static [Profession] = catalog.map_or(&[], Catalog::professions);
    let chosen = move || catalog.and_then(|c| profile.with(|p| p.profession_in(c)));
    let grades = move || chosen().map_or(&[][..], |p| p.grades.as_slice());
    let targets = move || {
        chosen().map_or_else(Vec::new, |p| {
            profile.with(|profile| profile.target_choices(p))
        })
    };
    let edit = move |change: &dyn Fn(Profile) -> Profile| {
        profile.update(|p| *p = change(std::mem::take(p)));
    };
    let grade_hint = move || match chosen() {
        None if catalog.is_none() => t().catalog_error,
        None => t().grades_need_profession,
        Some(p) if p.grades.is_empty() => t().grades_undefined,
        Some(_) => "",
    };

    view! {
        <section class="panel profile-about" aria-labelledby="profile-about-title">
            <h2 id="profile-about-title">{move || t().about_title}</h2>
            <p class="panel__hint">{move || t().about_hint}</p>
            <div class="field">
                <label for="profile-name">{move || t().name_label}</label>
                <input
                    id="profile-name"
                    type="text"
                    autocomplete="name"
                    maxlength=Profile::NAME_MAX
                    prop:value=move || profile.with(|p| p.name.clone())
                    on:input=move |ev| {
                        let name = event_target_value(&ev);
                        edit(&|p| p.with_name(&name));
                    }
                />
            </div>
            <div class="field">
                <label for="profile-profession">{move || t().profession_label}</label>
                <select
                    id="profile-profession"
                    disabled=catalog.is_none()
                    on:change=move |ev| {
                        let id = event_target_value(&ev);
                        if let Some(catalog) = catalog {
                            edit(&|p| p.with_profession(catalog, Some(id.as_str()).filter(|id| !id.is_empty())));
                        }
                    }
                >
                    <option value="" prop:selected=move || chosen().is_none()>
                        {move || t().profession_none}
                    </option>
                    {professions
                        .iter()
                        .map(|profession| {
                            let id = profession.id.as_str();
                            view! {
                                <option
                                    value=id
                                    prop:selected=move || chosen().is_some_and(|p| p.id == id)
                                >
                                    {profession.name.as_str()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <GradeSelect
                id="profile-current"
                label=Signal::derive(move || t().current_label.to_owned())
                none=Signal::derive(move || t().grade_none.to_owned())
                hint=Signal::derive(move || grade_hint().to_owned())
                choices=Signal::derive(move || grades().iter().collect())
                selected=Signal::derive(move || profile.with(|p| p.current_grade))
                on_pick=Callback::new(move |level| edit(&|p| p.with_current(level)))
            />
            <GradeSelect
                id="profile-target"
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
                selected=Signal::derive(move || profile.with(|p| p.target_grade))
                on_pick=Callback::new(move |level| edit(&|p| p.with_target(level)))
            />
        </section>
    }
}

/// A labelled select of grades, with a hint saying why it may be empty.
#[component]
fn GradeSelect(
    id: &'static str,
    label: Signal<String>,
    none: Signal<String>,
    hint: Signal<String>,
    choices: Signal<Vec<&'static Grade>>,
    selected: Signal<Option<GradeLevel>>,
    on_pick: Callback<Option<GradeLevel>>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let described_by = hint_id.clone();
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <select
                id=id
                aria-describedby=described_by
                disabled=move || choices.with(Vec::is_empty) && selected.get().is_none()
                on:change=move |ev| on_pick.run(event_target_value(&ev).parse().ok())
            >
                <option value="" prop:selected=move || selected.get().is_none()>
                    {none}
                </option>
                {move || {
                    choices
                        .get()
                        .into_iter()
                        .map(|grade| {
                            let level = grade.level;
                            view! {
                                <option
                                    value=level.as_str()
                                    prop:selected=move || selected.get() == Some(level)
                                >
                                    {grade.title.as_str()}
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
