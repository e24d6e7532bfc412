//! One grade of a profession: its progress, notes, skill groups and a
//! self-assessment checkbox per skill item.

use leptos::prelude::*;

use crate::catalog::{Grade, ItemRef, Profession};
use crate::components::inline_text::InlineText;
use crate::i18n::use_i18n;
use crate::state::self_assessment::SelfAssessment;

#[component]
pub fn GradeSkills(
    profession: &'static Profession,
    grade: &'static Grade,
    assessment: RwSignal<SelfAssessment>,
    /// Keys of the items the search matched, highlighted.
    #[prop(into)]
    matches: Signal<Vec<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t().home;
    let progress =
        Memo::new(move |_| assessment.with(|a| a.grade_progress(profession, grade.level)));
    let level = (grade.title != grade.level.label()).then(|| grade.level.label());

    let items: Vec<ItemRef<'static>> = profession.grade_items(grade.level).collect();
    let groups = grade
        .skill_groups
        .iter()
        .map(|group| {
            let list = items
                .iter()
                .filter(|item| std::ptr::eq(item.group, group))
                .map(|item| view! { <SkillCheckbox item=*item assessment matches/> })
                .collect_view();
            view! {
                <div class="skill-group">
                    <h4>{move || group.title.as_deref().unwrap_or(t().skills)}</h4>
                    {group.note.as_deref().map(|note| view! { <p class="skill-group__note">{note}</p> })}
                    <ul class="skills">{list}</ul>
                </div>
            }
        })
        .collect_view();

    view! {
        <section
            class="grade"
            class=("grade--reached", move || progress.get().is_reached())
            aria-label=grade.title.clone()
            data-testid="grade"
        >
            <div class="grade__head">
                <h3>
                    {grade.title.clone()}
                    {level.map(|label| view! { <span class="grade__level">{label}</span> })}
                </h3>
                {grade
                    .has_skills()
                    .then(|| {
                        view! {
                            <div class="grade__progress" data-testid="grade-progress">
                                <span class="grade__figure">
                                    {move || {
                                        let p = progress.get();
                                        (t().progress)(p.ticked, p.total, p.percent())
                                    }}
                                </span>
                                <Show when=move || progress.get().is_reached()>
                                    <span class="badge badge--reached">{move || t().reached}</span>
                                </Show>
                                <span class="bar" aria-hidden="true">
                                    <span
                                        class="bar__fill"
                                        style:width=move || format!("{}%", progress.get().percent())
                                    ></span>
                                </span>
                            </div>
                        }
                    })}
            </div>
            {grade.description.as_deref().map(|text| view! { <p class="grade__description">{text}</p> })}
            {grade.notes.as_deref().map(|text| view! { <p class="grade__notes">{text}</p> })}
            {(!grade.has_skills())
                .then(|| view! { <p class="grade__empty">{move || t().no_skills}</p> })}
            {groups}
        </section>
    }
}

/// A skill item as a real, labelled checkbox bound to the assessment.
#[component]
fn SkillCheckbox(
    item: ItemRef<'static>,
    assessment: RwSignal<SelfAssessment>,
    matches: Signal<Vec<String>>,
) -> impl IntoView {
    let key = item.key();
    let checked = {
        let key = key.clone();
        move || assessment.with(|a| a.is_ticked(&key))
    };
    let matched = {
        let key = key.clone();
        move || matches.with(|keys| keys.contains(&key))
    };
    view! {
        <li class="skill" class=("skill--match", matched)>
            <label>
                <input
                    type="checkbox"
                    prop:checked=checked
                    on:change=move |ev| {
                        let ticked = event_target_checked(&ev);
                        assessment.update(|a| a.set(&key, ticked));
                    }
                />
                <span><InlineText text=item.text/></span>
            </label>
        </li>
    }
}
