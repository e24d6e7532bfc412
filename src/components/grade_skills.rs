//! One grade of a profession: its progress, notes, skill groups and a
//! self-assessment checkbox per skill item.

use std::sync::Arc;

use leptos::prelude::*;

use crate::catalog::{Profession, item_key};
use crate::components::evidence::{EvidenceButton, EvidenceEdit, EvidenceEditor, EvidenceShown};
use crate::components::inline_text::InlineText;
use crate::i18n::use_i18n;
use crate::state::evidence::EvidenceBook;
use crate::state::self_assessment::SelfAssessment;
use crate::state::use_persisted;

#[component]
pub fn GradeSkills(
    profession: Arc<Profession>,
    /// Its position on the ladder.
    grade: usize,
    assessment: RwSignal<SelfAssessment>,
    /// Keys of the items the search matched, highlighted.
    #[prop(into)]
    matches: Signal<Vec<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.home();
    let Some(grade) = profession.grades.get(grade) else {
        return ().into_any();
    };
    let progress = {
        let profession = Arc::clone(&profession);
        let id = grade.id.clone();
        Memo::new(move |_| assessment.with(|a| a.grade_progress(&profession, &id)))
    };
    let book = use_persisted::<EvidenceBook>();
    let edit = EvidenceEdit::default();
    let with_evidence = {
        let profession = Arc::clone(&profession);
        let id = grade.id.clone();
        Memo::new(move |_| book.with(|b| b.with_evidence(&profession, &id)))
    };
    let level = grade
        .level()
        .map(|level| level.label())
        .filter(|label| *label != grade.title);

    let groups = grade
        .groups
        .iter()
        .map(|group| {
            let list = group
                .items
                .iter()
                .map(|item| {
                    let key = item_key(&profession.id, &grade.id, &group.id, &item.id);
                    view! {
                        <SkillCheckbox key text=item.text.clone() assessment matches book edit/>
                    }
                })
                .collect_view();
            let title = group.title.clone();
            view! {
                <div class="skill-group">
                    <h4>{move || title.clone().unwrap_or_else(|| t().skills.to_owned())}</h4>
                    {group.note.clone().map(|note| view! { <p class="skill-group__note">{note}</p> })}
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
                                <span class="grade__evidence" data-testid="grade-evidence">
                                    {move || (i18n.evidence().grade_count)(with_evidence.get())}
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
            {grade.description.clone().map(|text| view! { <p class="grade__description">{text}</p> })}
            {grade.notes.clone().map(|text| view! { <p class="grade__notes">{text}</p> })}
            {(!grade.has_skills())
                .then(|| view! { <p class="grade__empty">{move || t().no_skills}</p> })}
            {groups}
            {grade
                .has_skills()
                .then(|| {
                    view! {
                        <EvidenceEditor
                            id=format!("evidence-{}-{}", profession.id, grade.id)
                            edit
                            book
                        />
                    }
                })}
        </section>
    }
    .into_any()
}

/// A skill item as a real, labelled checkbox bound to the assessment.
#[component]
fn SkillCheckbox(
    /// The item's self-assessment key.
    key: String,
    text: String,
    assessment: RwSignal<SelfAssessment>,
    matches: Signal<Vec<String>>,
    book: RwSignal<EvidenceBook>,
    edit: EvidenceEdit,
) -> impl IntoView {
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
            <div class="skill__row">
                <label>
                    <input
                        type="checkbox"
                        data-item-key=key.clone()
                        prop:checked=checked
                        on:change={
                            let key = key.clone();
                            move |ev| {
                                let ticked = event_target_checked(&ev);
                                assessment.update(|a| a.set(&key, ticked));
                            }
                        }
                    />
                    <span><InlineText text=text.clone()/></span>
                </label>
                <EvidenceButton key=key.clone() text=text.clone() edit book/>
            </div>
            <EvidenceShown key book/>
        </li>
    }
}
