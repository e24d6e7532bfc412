//! What only the prints show: who and what the plan is for, and the evidence packet, the
//! ticked items of the target grade with their evidence for a promotion talk.

use std::sync::Arc;

use leptos::prelude::*;

use crate::catalog::{Profession, item_key};
use crate::components::evidence::EvidenceShown;
use crate::components::inline_text::InlineText;
use crate::i18n::use_i18n;
use crate::state::evidence::EvidenceBook;
use crate::state::profile::Profile;
use crate::state::self_assessment::SelfAssessment;
use crate::state::use_persisted;

/// Name, profession, grades and date, at the head of a print.
#[component]
pub fn PrintMeta(
    profession: Memo<Option<Arc<Profession>>>,
    date: RwSignal<String>,
    /// Whether the current grade is shown too.
    current: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.plan();
    let profile = use_persisted::<Profile>();
    let or_unset = move |value: Option<String>| value.unwrap_or_else(|| t().meta_unset.to_owned());
    let name = move || {
        or_unset(profile.with(|p| Some(p.name.trim().to_owned()).filter(|n| !n.is_empty())))
    };
    let profession_name = move || or_unset(profession.with(|p| p.as_ref().map(|p| p.name.clone())));
    let grade = move |pick: fn(&Profile) -> Option<&String>| {
        or_unset(profession.with(|p| {
            let p = p.as_ref()?;
            profile.with(|profile| {
                pick(profile)
                    .and_then(|id| p.grade(id))
                    .map(|g| g.title.clone())
            })
        }))
    };
    view! {
        <dl class="plan-meta print-only" data-testid="plan-meta">
            <div>
                <dt>{move || t().meta_name}</dt>
                <dd>{name}</dd>
            </div>
            <div>
                <dt>{move || t().meta_profession}</dt>
                <dd>{profession_name}</dd>
            </div>
            {current
                .then(|| {
                    view! {
                        <div>
                            <dt>{move || t().meta_current}</dt>
                            <dd>{move || grade(|p| p.current_grade.as_ref())}</dd>
                        </div>
                    }
                })}
            <div>
                <dt>{move || t().meta_target}</dt>
                <dd>{move || grade(|p| p.target_grade.as_ref())}</dd>
            </div>
            <div>
                <dt>{move || t().meta_date}</dt>
                <dd>{move || date.get()}</dd>
            </div>
        </dl>
    }
}

/// One ticked item of the target grade.
#[derive(Clone, Debug, PartialEq)]
struct Held {
    key: String,
    text: String,
}

/// The ticked items of one group of the target grade.
#[derive(Clone, Debug, PartialEq)]
struct HeldGroup {
    title: Option<String>,
    items: Vec<Held>,
}

/// The second print: shown only while it is being printed (style/plan.css).
#[component]
pub fn EvidencePacket(
    profession: Memo<Option<Arc<Profession>>>,
    assessment: RwSignal<SelfAssessment>,
    book: RwSignal<EvidenceBook>,
    date: RwSignal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.plan();
    let profile = use_persisted::<Profile>();
    // The target grade's title, its item count, and its ticked items by group.
    let held = Memo::new(move |_| {
        profession.with(|p| {
            let p = p.as_ref()?;
            let grade = profile
                .with(|profile| profile.target_grade.as_deref().and_then(|id| p.grade(id)))?;
            let groups: Vec<HeldGroup> = assessment.with(|a| {
                grade
                    .groups
                    .iter()
                    .map(|group| HeldGroup {
                        title: group.title.clone(),
                        items: group
                            .items
                            .iter()
                            .map(|item| Held {
                                key: item_key(&p.id, &grade.id, &group.id, &item.id),
                                text: item.text.clone(),
                            })
                            .filter(|item| a.is_ticked(&item.key))
                            .collect(),
                    })
                    .filter(|group| !group.items.is_empty())
                    .collect()
            });
            Some((grade.title.clone(), grade.item_count(), groups))
        })
    });
    let title = move || held.with(|h| h.as_ref().map(|h| h.0.clone()).unwrap_or_default());
    let ticked = move || {
        held.with(|h| {
            h.iter()
                .flat_map(|h| &h.2)
                .flat_map(|g| &g.items)
                .map(|i| i.key.clone())
                .collect::<Vec<_>>()
        })
    };
    let count = move || {
        let keys = ticked();
        let with = book.with(|b| {
            keys.iter()
                .filter(|key| b.get(key).is_some_and(|e| !e.is_empty()))
                .count()
        });
        let total = held.with(|h| h.as_ref().map_or(0, |h| h.1));
        (t().packet_count)(keys.len(), total, with)
    };
    let groups = move || {
        held.with(|h| {
            h.iter()
                .flat_map(|h| &h.2)
                .map(|group| {
                    let title = group.title.clone();
                    let items = group
                        .items
                        .iter()
                        .map(|item| {
                            let key = item.key.clone();
                            let missing = {
                                let key = key.clone();
                                move || book.with(|b| b.get(&key).is_none_or(|e| e.is_empty()))
                            };
                            view! {
                                <li
                                    class="packet__item"
                                    data-testid="packet-item"
                                    data-item-key=key.clone()
                                >
                                    <p class="packet__text">
                                        <InlineText text=item.text.clone()/>
                                    </p>
                                    <Show when=missing>
                                        <p class="packet__missing">
                                            {move || t().packet_no_evidence}
                                        </p>
                                    </Show>
                                    <EvidenceShown key=key.clone() book/>
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <h3>{move || title.clone().unwrap_or_else(|| t().skills.to_owned())}</h3>
                        <ul class="packet__items">{items}</ul>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="plan-packet" data-testid="packet" aria-labelledby="plan-packet-title">
            <h2 id="plan-packet-title" class="plan-packet__title">{move || t().packet_title}</h2>
            <PrintMeta profession date current=false/>
            <p>{move || (t().packet_intro)(&title())}</p>
            <p data-testid="packet-count">{count}</p>
            <Show
                when=move || !ticked().is_empty()
                fallback=move || view! { <p>{move || t().packet_none}</p> }
            >
                {groups}
            </Show>
        </section>
    }
}
