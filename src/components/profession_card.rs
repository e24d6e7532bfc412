//! A profession on the home page: its grades as chips, the estimate from the
//! user's ticks, and two disclosures: the skills of every grade, and the
//! comparison of two grades.

use std::sync::Arc;

use leptos::prelude::*;

use crate::catalog::{Origin, Profession};
use crate::components::compare::GradeCompare;
use crate::components::grade_skills::GradeSkills;
use crate::i18n::use_i18n;
use crate::state::self_assessment::{Estimate, SelfAssessment};

#[component]
pub fn ProfessionCard(
    profession: Arc<Profession>,
    origin: Origin,
    assessment: RwSignal<SelfAssessment>,
    /// Keys of the items the search matched.
    #[prop(into)]
    matches: Signal<Vec<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.home();
    let expanded = RwSignal::new(false);
    let comparing = RwSignal::new(false);
    // The reached grade's id and title.
    let estimate = {
        let profession = Arc::clone(&profession);
        Memo::new(move |_| {
            assessment.with(|a| match a.estimate(&profession) {
                Estimate::Reached(grade) => Some((grade.id.clone(), grade.title.clone())),
                Estimate::NotAssessable | Estimate::BelowFirst => None,
            })
        })
    };
    let estimated_grade = move || estimate.get().map(|(id, _)| id);
    let overall = {
        let profession = Arc::clone(&profession);
        Memo::new(move |_| assessment.with(|a| a.profession_progress(&profession)))
    };

    let id = &profession.id;
    let heading_id = format!("profession-{id}");
    let labelledby = heading_id.clone();
    let skills_id = format!("profession-{id}-skills");
    let compare_id = format!("profession-{id}-compare");
    let has_grades = !profession.grades.is_empty();
    let can_compare = profession.grades.len() > 1;
    let assessable = profession.item_count() > 0;

    let stack = (!profession.stack.is_empty()).then(|| {
        view! {
            <p class="profession__stack">
                <span class="profession__key">{move || t().stack} ": "</span>
                {profession.stack.join(", ")}
            </p>
        }
    });

    let grade_chips = if has_grades {
        view! {
            <ol class="chips" aria-label=move || t().grades>
                {profession
                    .grades
                    .iter()
                    .map(|grade| {
                        let id = grade.id.clone();
                        let mine = Memo::new(move |_| estimated_grade().as_ref() == Some(&id));
                        view! {
                            <li class="chip" class=("chip--mine", move || mine.get())>
                                {grade.title.clone()}
                                <Show when=move || mine.get()>
                                    <span class="visually-hidden">" " {move || t().your_grade}</span>
                                </Show>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        }
        .into_any()
    } else {
        view! { <p class="profession__empty">{move || t().no_grades}</p> }.into_any()
    };

    let assessment_summary = assessable.then(|| {
        view! {
            <div class="profession__assessment">
                <p class="profession__estimate" data-testid="estimate">
                    <span class="profession__key">{move || t().estimate} ": "</span>
                    <strong>
                        {move || {
                            estimate
                                .get()
                                .map_or_else(|| t().estimate_below_first.to_owned(), |(_, title)| title)
                        }}
                    </strong>
                </p>
                <p class="profession__overall">
                    {move || {
                        let p = overall.get();
                        (t().profession_progress)(p.ticked, p.total)
                    }}
                </p>
            </div>
        }
    });

    let match_count = move || matches.with(Vec::len);
    let details_profession = Arc::clone(&profession);
    let details_id = format!("profession-{}-skills", profession.id);
    let compare_profession = Arc::clone(&profession);

    view! {
        <article
            class="profession"
            class=("profession--open", move || expanded.get())
            aria-labelledby=labelledby
            data-testid="profession"
            data-profession-id=profession.id.clone()
            data-origin=origin.as_str()
        >
            <h2 class="profession__name" id=heading_id>{profession.name.clone()}</h2>
            {profession.summary.clone().map(|text| view! { <p class="profession__summary">{text}</p> })}
            {stack}
            {grade_chips}
            {assessment_summary}
            <Show when=move || { match_count() > 0 }>
                <p class="profession__matches">{move || (t().matches)(match_count())}</p>
            </Show>
            {has_grades
                .then(|| {
                    view! {
                        <div class="profession__actions">
                            <button
                                type="button"
                                class="button button--quiet"
                                aria-expanded=move || expanded.get().to_string()
                                aria-controls=move || expanded.get().then(|| skills_id.clone())
                                on:click=move |_| expanded.update(|open| *open = !*open)
                            >
                                {move || if expanded.get() { t().hide_skills } else { t().show_skills }}
                            </button>
                            {can_compare
                                .then(|| {
                                    let compare_id = compare_id.clone();
                                    view! {
                                        <button
                                            type="button"
                                            class="button button--quiet"
                                            aria-expanded=move || comparing.get().to_string()
                                            aria-controls=move || comparing.get().then(|| compare_id.clone())
                                            on:click=move |_| comparing.update(|open| *open = !*open)
                                        >
                                            {move || if comparing.get() { t().hide_compare } else { t().show_compare }}
                                        </button>
                                    }
                                })}
                        </div>
                    }
                })}
            <Show when=move || expanded.get()>
                <Details
                    profession=Arc::clone(&details_profession)
                    assessment
                    matches
                    id=details_id.clone()
                />
            </Show>
            <Show when=move || comparing.get()>
                <GradeCompare
                    profession=Arc::clone(&compare_profession)
                    id=compare_id.clone()
                    start=estimated_grade()
                        .or_else(|| compare_profession.grades.first().map(|grade| grade.id.clone()))
                        .unwrap_or_default()
                />
            </Show>
        </article>
    }
}

/// The expanded part of a card: every grade, then the glossary.
#[component]
fn Details(
    profession: Arc<Profession>,
    assessment: RwSignal<SelfAssessment>,
    matches: Signal<Vec<String>>,
    id: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.home();
    // Where the matrix comes from, in words: it explains how detailed the skills above are.
    let source_file = profession.source.clone().unwrap_or_default();
    let source = move || {
        t().source_name(&source_file).map(|name| {
            view! {
                <p class="profession__source">
                    <span class="profession__key">{t().source} ": "</span>
                    {name}
                </p>
            }
        })
    };
    let glossary = (!profession.glossary.is_empty()).then(|| {
        view! {
            <section class="glossary" aria-label=move || i18n.home().glossary>
                <h3>{move || i18n.home().glossary}</h3>
                <dl>
                    {profession
                        .glossary
                        .iter()
                        .map(|entry| {
                            view! {
                                <dt>{entry.term.clone()}</dt>
                                <dd>{entry.definition.clone()}</dd>
                            }
                        })
                        .collect_view()}
                </dl>
            </section>
        }
    });
    view! {
        <div id=id class="profession__details">
            {(0..profession.grades.len())
                .map(|grade| {
                    view! {
                        <GradeSkills profession=Arc::clone(&profession) grade assessment matches/>
                    }
                })
                .collect_view()}
            {glossary}
            {source}
        </div>
    }
}
