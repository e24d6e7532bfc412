//! Matrices this browser lacks: the professions members' files carry, offered to add to the
//! lead's own matrices, and until then every tick on them shown under "unknown matrix".

use leptos::prelude::*;

use super::TeamState;
use super::progressive::progressive;
use crate::catalog::format;
use crate::catalog::{Catalog, Profession};
use crate::i18n::{Localize, use_i18n};
use crate::pages::matrices::limit_message;
use crate::state::matrices::OwnMatrices;
use crate::state::team::{Offer, Overview, UnknownMatrix};
use crate::state::use_persisted;

#[component]
pub fn OffersSection(overview: Memo<Overview>, state: TeamState) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.team();
    let own = use_persisted::<OwnMatrices>();
    let offers = Memo::new(move |_| overview.with(|o| o.offers.clone()));
    // The outcome of the last add, for the status line.
    let outcome = RwSignal::new(None::<String>);

    let add = move |profession: Profession| {
        let lang = i18n.lang();
        let t = i18n.team();
        let name = profession.name.trim().to_owned();
        if let Err(error) = format::validate(std::slice::from_ref(&profession)) {
            outcome.set(Some((t.add_refused)(&error.localize(lang))));
            return;
        }
        let Ok(builtin) = Catalog::load() else {
            return;
        };
        match own.with_untracked(|own| own.plan_import(vec![profession], builtin)) {
            Ok(plan) => {
                own.update(|own| {
                    own.apply(plan);
                });
                outcome.set(Some((t.added)(&name)));
            }
            Err(limit) => outcome.set(Some((t.add_refused)(limit_message(limit, lang)))),
        }
    };

    let from = move |offer: &Offer| {
        state.team.with_untracked(|team| {
            team.members()
                .get(offer.from)
                .map(|m| {
                    if m.name().is_empty() {
                        m.file.clone()
                    } else {
                        m.name().to_owned()
                    }
                })
                .unwrap_or_default()
        })
    };

    view! {
        <Show when=move || offers.with(|o| !o.is_empty()) || outcome.with(Option::is_some)>
            <section class="panel team-offers" aria-labelledby="team-offers-title" data-print="hide">
                <h2 id="team-offers-title">{move || t().offers_title}</h2>
                <p class="panel__hint">{move || t().offers_intro}</p>
                <ul class="team-offers__list">
                    {move || {
                        offers
                            .get()
                            .into_iter()
                            .map(|offer| {
                                let member = from(&offer);
                                let grades = offer.profession.grades.len();
                                let items = offer.profession.item_count();
                                let profession = offer.profession.clone();
                                view! {
                                    <li data-testid="team-offer" data-profession-id=offer.profession.id.clone()>
                                        <strong>{offer.profession.name.clone()}</strong>
                                        " "
                                        <code>{offer.profession.id.clone()}</code>
                                        <span class="team-offers__from">
                                            {move || (t().offer_from)(&member, grades, items)}
                                        </span>
                                        <button
                                            type="button"
                                            class="button"
                                            data-testid="team-add-matrix"
                                            data-profession-id=offer.profession.id.clone()
                                            on:click=move |_| add(profession.clone())
                                        >
                                            {move || t().add_matrix}
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
                <p class="team-offers__status" role="status" data-testid="team-add-status">
                    {move || outcome.get()}
                </p>
            </section>
        </Show>
    }
}

#[component]
pub fn UnknownSection(overview: Memo<Overview>, state: TeamState) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.team();
    let unknown = Memo::new(move |_| overview.with(|o| o.unknown.clone()));
    view! {
        <Show when=move || unknown.with(|u| !u.is_empty())>
            <section class="panel team-unknown" data-testid="team-unknown" aria-labelledby="team-unknown-title">
                <h2 id="team-unknown-title">{move || t().unknown_title}</h2>
                <p class="panel__hint">{move || t().unknown_intro}</p>
                {move || {
                    unknown
                        .get()
                        .into_iter()
                        .map(|matrix| view! { <UnknownBlock matrix=matrix state=state/> })
                        .collect_view()
                }}
            </section>
        </Show>
    }
}

#[component]
fn UnknownBlock(matrix: UnknownMatrix, state: TeamState) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.team();
    let name = matrix
        .name
        .clone()
        .unwrap_or_else(|| matrix.profession_id.clone());
    let title = {
        let known = matrix.known_profession;
        move || {
            if known {
                (t().unknown_items_of)(&name)
            } else {
                (t().unknown_matrix)(&name)
            }
        }
    };
    let title_id = format!("team-unknown-{}", matrix.profession_id);
    let shown = progressive(matrix.items.len());
    let items = std::sync::Arc::new(matrix.items);
    let row = move |index: usize| {
        let Some(item) = items.get(index) else {
            return ().into_any();
        };
        let names: Vec<String> = state.team.with_untracked(|team| {
            item.holders
                .iter()
                .filter_map(|&i| team.members().get(i))
                .map(|m| {
                    if m.name().is_empty() {
                        m.file.clone()
                    } else {
                        m.name().to_owned()
                    }
                })
                .collect()
        });
        view! {
            <tr data-testid="team-unknown-item" data-item-key=item.key.clone() data-holders=item.holders.len()>
                <th scope="row">
                    {item.text.clone().map(|text| view! { <span class="team-unknown__text">{text}</span> " " })}
                    <code>{item.key.clone()}</code>
                </th>
                <td class="num">{item.holders.len()}</td>
                <td>{names.join(", ")}</td>
            </tr>
        }
        .into_any()
    };
    view! {
        <div class="team-unknown__matrix" data-testid="team-unknown-matrix" data-profession-id=matrix.profession_id.clone()>
            <h3 id=title_id.clone()>{title}</h3>
            <div class="team-heat" role="region" tabindex="0" aria-labelledby=title_id>
                <table class="data-table team-unknown__table">
                    <thead>
                        <tr>
                            <th scope="col">{move || t().item_column}</th>
                            <th scope="col">{move || t().holders_column}</th>
                            <th scope="col">{move || t().holder_names_column}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || 0..shown.get() key=|i| *i children=row.clone()/>
                    </tbody>
                </table>
            </div>
        </div>
    }
}
