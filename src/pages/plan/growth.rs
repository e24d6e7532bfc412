//! The plan itself (docs/rules.md#plan): the profile's profession and target grade, chosen
//! here as on the profile page, the progress towards the target, and the items left to tick,
//! each with its evidence. It prints as the development plan; the evidence packet is the
//! other print.

use std::sync::Arc;

use leptos::prelude::*;

use crate::browser::{focus_later, today};
use crate::catalog::Profession;
use crate::components::evidence::{EvidenceButton, EvidenceEdit, EvidenceEditor, EvidenceShown};
use crate::components::inline_text::InlineText;
use crate::components::profile_choice::ProfileChoice;
use crate::i18n::use_i18n;
use crate::routes::Page;
use crate::state::evidence::EvidenceBook;
use crate::state::matrices::use_catalog;
use crate::state::plan::{GradeGaps, GrowthPlan, plan};
use crate::state::profile::Profile;
use crate::state::self_assessment::SelfAssessment;
use crate::state::use_persisted;

use super::packet::{EvidencePacket, PrintMeta};
use super::print::{PrintMode, print, use_print_mode};

/// Id of the heading that takes focus when the last item is ticked.
const GAPS_TITLE: &str = "plan-gaps-title";

/// What the profile's choice allows to show.
#[derive(Clone, Debug, PartialEq)]
enum Choice {
    NoCatalog,
    /// None chosen, or one the catalog no longer has (an own profession deleted).
    NoProfession,
    NoGrades,
    /// None chosen, or one the profession no longer has.
    NoTarget,
    Ready {
        profession: Arc<Profession>,
        plan: GrowthPlan,
    },
}

#[component]
pub fn GrowthPlanSection() -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.plan();
    let profile = use_persisted::<Profile>();
    let assessment = use_persisted::<SelfAssessment>();
    let book = use_persisted::<EvidenceBook>();
    let shared = use_catalog();
    let choice = Memo::new(move |_| {
        let Ok(catalog) = shared.get().0 else {
            return Choice::NoCatalog;
        };
        profile.with(|p| {
            let Some(profession) = p.profession_in(&catalog) else {
                return Choice::NoProfession;
            };
            if profession.grades.is_empty() {
                return Choice::NoGrades;
            }
            let Some(target) = p.target_grade.as_deref() else {
                return Choice::NoTarget;
            };
            match assessment.with(|a| plan(profession, target, a)) {
                Some(plan) => Choice::Ready {
                    profession: Arc::clone(profession),
                    plan,
                },
                None => Choice::NoTarget,
            }
        })
    });
    let profession = Memo::new(move |_| match choice.get() {
        Choice::Ready { profession, .. } => Some(profession),
        _ => None,
    });
    let growth = Memo::new(move |_| match choice.get() {
        Choice::Ready { plan, .. } => Some(plan),
        _ => None,
    });
    let date = RwSignal::new(today());
    use_print_mode(move || date.set(today()));
    let edit = EvidenceEdit::default();

    let message = move || {
        let text = match choice.get() {
            Choice::NoCatalog => t().catalog_error,
            Choice::NoProfession => t().no_profession,
            Choice::NoGrades => t().no_grades,
            Choice::NoTarget => t().no_target,
            Choice::Ready { .. } => return None,
        };
        Some(view! {
            <p class="plan-message" data-testid="plan-choose">
                {text} " " <a href=Page::Profile.href()>{move || t().profile_link}</a>
            </p>
        })
    };

    view! {
        <div class="plan-section">
            <div class="plan-doc">
                <PrintMeta profession date current=true/>
                <section class="panel plan-choice" aria-labelledby="plan-choice-title">
                    <h2 id="plan-choice-title">{move || t().choice_title}</h2>
                    <p class="panel__hint">
                        {move || t().choice_hint} " "
                        <a href=Page::Profile.href()>{move || t().profile_link}</a>
                    </p>
                    <div class="plan-choice__fields">
                        <ProfileChoice prefix="plan"/>
                    </div>
                </section>
                {message}
                <Show when=move || growth.with(Option::is_some)>
                    <ProgressTable growth/>
                    <section class="panel plan-actions" aria-labelledby="plan-print-title">
                        <h2 id="plan-print-title">{move || t().print_title}</h2>
                        <p class="panel__hint">{move || t().print_hint}</p>
                        <div class="plan-actions__buttons">
                            <button
                                type="button"
                                class="button"
                                data-testid="plan-print"
                                on:click=move |_| print(PrintMode::Plan)
                            >
                                {move || t().print_plan}
                            </button>
                            <button
                                type="button"
                                class="button button--quiet"
                                data-testid="packet-print"
                                on:click=move |_| print(PrintMode::Packet)
                            >
                                {move || t().print_packet}
                            </button>
                        </div>
                    </section>
                    <Gaps growth assessment book edit/>
                </Show>
            </div>
            <Show when=move || growth.with(Option::is_some)>
                <EvidencePacket profession assessment book date/>
            </Show>
            <EvidenceEditor id="plan-evidence".to_owned() edit book/>
        </div>
    }
}

/// Each grade up to the target with its items ticked and whether it is reached, the total,
/// and whether the target is.
#[component]
fn ProgressTable(growth: Memo<Option<GrowthPlan>>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.plan();
    let target_title = move || {
        growth.with(|g| {
            g.as_ref()
                .and_then(|g| g.grades.last())
                .map(|grade| grade.grade_title.clone())
                .unwrap_or_default()
        })
    };
    let rows = move || {
        growth.with(|g| {
            g.iter()
                .flat_map(|g| &g.grades)
                .map(|grade| {
                    let p = grade.progress;
                    let status = if p.total == 0 {
                        t().no_items
                    } else if grade.reached {
                        t().reached
                    } else {
                        t().not_reached
                    };
                    view! {
                        <tr
                            data-testid="plan-grade"
                            data-grade-id=grade.grade_id.clone()
                            data-reached=grade.reached.to_string()
                        >
                            <th scope="row">{grade.grade_title.clone()}</th>
                            <td class="num">{(t().ticked)(p.ticked, p.total, p.percent())}</td>
                            <td>
                                <span
                                    class="badge"
                                    class=("badge--reached", grade.reached)
                                >
                                    {status}
                                </span>
                            </td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let overall = move || growth.with(|g| g.as_ref().map(|g| g.overall).unwrap_or_default());
    let reached = move || growth.with(|g| g.as_ref().is_some_and(|g| g.target_reached));
    let left = move || growth.with(|g| g.as_ref().map_or(0, GrowthPlan::gap_count));
    view! {
        <section class="panel plan-progress" aria-labelledby="plan-progress-title">
            <h2 id="plan-progress-title">{move || t().progress_title}</h2>
            <p
                class="plan-status"
                class=("plan-status--reached", reached)
                data-testid="plan-status"
                data-reached=move || reached().to_string()
            >
                {move || {
                    if reached() {
                        (t().target_reached)(&target_title())
                    } else {
                        (t().target_left)(left(), &target_title())
                    }
                }}
            </p>
            <div class="table-scroll">
                <table class="data-table plan-progress__table">
                    <caption>{move || (t().progress_caption)(&target_title())}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{move || t().column_grade}</th>
                            <th scope="col">{move || t().column_ticked}</th>
                            <th scope="col">{move || t().column_status}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                    <tfoot>
                        <tr
                            data-testid="plan-overall"
                            data-ticked=move || overall().ticked.to_string()
                            data-total=move || overall().total.to_string()
                        >
                            <th scope="row">{move || t().overall}</th>
                            <td class="num">
                                {move || {
                                    let p = overall();
                                    (t().ticked)(p.ticked, p.total, p.percent())
                                }}
                            </td>
                            <td></td>
                        </tr>
                    </tfoot>
                </table>
            </div>
            <p class="panel__hint plan-progress__rule">{move || t().rule}</p>
        </section>
    }
}

/// The items left, grade by grade and group by group; a checklist on paper. Keyed lists: a tick
/// removes its one item, not the thousands of a large profession's plan.
#[component]
fn Gaps(
    growth: Memo<Option<GrowthPlan>>,
    assessment: RwSignal<SelfAssessment>,
    book: RwSignal<EvidenceBook>,
    edit: EvidenceEdit,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.plan();
    let count = move || growth.with(|g| g.as_ref().map_or(0, GrowthPlan::gap_count));
    let grade_ids = move || {
        growth.with(|g| {
            g.iter()
                .flat_map(|g| &g.gaps)
                .map(|grade| grade.grade_id.clone())
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="plan-gaps" aria-labelledby=GAPS_TITLE>
            <h2 id=GAPS_TITLE tabindex="-1">
                {move || t().gaps_title}
                " "
                <span class="plan-gaps__count" data-testid="plan-gap-count">
                    {move || format!("({})", count())}
                </span>
            </h2>
            <p class="panel__hint plan-gaps__hint">{move || t().gaps_hint}</p>
            <Show
                when=move || count() != 0
                fallback=move || view! { <p class="plan-message">{move || t().gaps_none}</p> }
            >
                <For each=grade_ids key=String::clone let:grade_id>
                    <GapGrade growth grade_id assessment book edit/>
                </For>
            </Show>
        </section>
    }
}

#[component]
fn GapGrade(
    growth: Memo<Option<GrowthPlan>>,
    grade_id: String,
    assessment: RwSignal<SelfAssessment>,
    book: RwSignal<EvidenceBook>,
    edit: EvidenceEdit,
) -> impl IntoView {
    let title_id = format!("plan-grade-{grade_id}");
    let labelled_by = title_id.clone();
    let of_grade = grade_id.clone();
    // Read from the plan itself: a copy of the grade per tick would copy every item left.
    let title = {
        let id = grade_id.clone();
        move || growth.with(|g| grade_gaps(g, &id).map(|grade| grade.grade_title.clone()))
    };
    let group_ids = {
        let id = grade_id.clone();
        move || {
            growth.with(|g| {
                grade_gaps(g, &id)
                    .into_iter()
                    .flat_map(|grade| &grade.groups)
                    .map(|group| group.group_id.clone())
                    .collect::<Vec<_>>()
            })
        }
    };
    view! {
        <section
            class="plan-grade"
            aria-labelledby=labelled_by
            data-testid="plan-gap-grade"
            data-grade-id=grade_id
        >
            <h3 id=title_id>{title}</h3>
            <For each=group_ids key=String::clone let:group_id>
                <GapGroup grade_id=of_grade.clone() group_id growth assessment book edit/>
            </For>
        </section>
    }
}

#[component]
fn GapGroup(
    grade_id: String,
    group_id: String,
    growth: Memo<Option<GrowthPlan>>,
    assessment: RwSignal<SelfAssessment>,
    book: RwSignal<EvidenceBook>,
    edit: EvidenceEdit,
) -> impl IntoView {
    let i18n = use_i18n();
    let group = Memo::new(move |_| {
        growth.with(|g| {
            grade_gaps(g, &grade_id).and_then(|grade| {
                grade
                    .groups
                    .iter()
                    .find(|group| group.group_id == group_id)
                    .cloned()
            })
        })
    });
    let title = move || {
        group
            .with(|g| g.as_ref().and_then(|g| g.group_title.clone()))
            .unwrap_or_else(|| i18n.plan().skills.to_owned())
    };
    let note = move || {
        group
            .with(|g| g.as_ref().and_then(|g| g.group_note.clone()))
            .map(|note| view! { <p class="skill-group__note">{note}</p> })
    };
    // Keyed by text too: an edited item is drawn again.
    let items = move || {
        group.with(|g| {
            g.iter()
                .flat_map(|g| &g.items)
                .map(|item| (item.key.clone(), item.text.clone()))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <div class="skill-group">
            <h4>{title}</h4>
            {note}
            <ul class="skills plan-items">
                <For
                    each=items
                    key=Clone::clone
                    children=move |(key, text)| {
                        view! { <PlanItem key text growth assessment book edit/> }
                    }
                />
            </ul>
        </div>
    }
}

/// The items left of the grade `id`, if any are.
fn grade_gaps<'a>(growth: &'a Option<GrowthPlan>, id: &str) -> Option<&'a GradeGaps> {
    growth
        .as_ref()?
        .gaps
        .iter()
        .find(|grade| grade.grade_id == id)
}

/// One item left: its checkbox (ticking it here ticks it everywhere), its evidence button,
/// and its evidence.
#[component]
fn PlanItem(
    key: String,
    text: String,
    growth: Memo<Option<GrowthPlan>>,
    assessment: RwSignal<SelfAssessment>,
    book: RwSignal<EvidenceBook>,
    edit: EvidenceEdit,
) -> impl IntoView {
    let id = tick_id(&key);
    let (item_key, button_key) = (key.clone(), key.clone());
    let tick = {
        let key = key.clone();
        move |ev: leptos::ev::Event| {
            let ticked = event_target_checked(&ev);
            // A ticked item leaves the list: focus goes on to the next item (or back to the
            // one before, or to the list's heading), not to the top of the page.
            let next = ticked.then(|| neighbour(growth, &key)).flatten();
            assessment.update(|a| a.set(&key, ticked));
            if ticked {
                focus_later(next.map_or_else(|| GAPS_TITLE.to_owned(), |key| tick_id(&key)));
            }
        }
    };
    view! {
        <li class="skill plan-item" data-testid="plan-item" data-item-key=item_key>
            <div class="skill__row">
                <label>
                    <input id=id type="checkbox" prop:checked=false on:change=tick/>
                    <span><InlineText text=text.clone()/></span>
                </label>
                <EvidenceButton key=button_key text edit book/>
            </div>
            <EvidenceShown key book/>
        </li>
    }
}

fn tick_id(key: &str) -> String {
    format!("plan-tick-{key}")
}

/// The item after `key` in the plan, or the one before when it is the last.
fn neighbour(growth: Memo<Option<GrowthPlan>>, key: &str) -> Option<String> {
    growth.with_untracked(|g| {
        let keys: Vec<&str> = g
            .iter()
            .flat_map(|g| &g.gaps)
            .flat_map(|grade| &grade.groups)
            .flat_map(|group| &group.items)
            .map(|item| item.key.as_str())
            .collect();
        let at = keys.iter().position(|k| *k == key)?;
        keys.get(at.saturating_add(1))
            .or_else(|| at.checked_sub(1).and_then(|before| keys.get(before)))
            .map(|key| (*key).to_owned())
    })
}
