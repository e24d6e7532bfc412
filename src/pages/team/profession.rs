//! Per profession: the distribution of estimated grades (a bar list with its table twin), the
//! items nobody holds and those only one person holds, and the heatmap of items × members.
//! Marks are signs as well as greys (■ with evidence, ✓ ticked, · not), never colour alone.

use std::sync::Arc;

use leptos::prelude::*;

use super::TeamState;
use super::progressive::progressive;
use crate::components::inline_text::InlineText;
use crate::i18n::use_i18n;
use crate::state::team::{Cell, Distribution, ItemRow, Overview, ProfessionView, Team};

/// Above this many members a row's marks are one string of signs, not a cell per member:
/// fifty columns of cells on two thousand rows is a hundred thousand elements.
const CELLS_UP_TO: usize = 16;

fn sign(cell: Cell) -> char {
    match cell {
        Cell::Evidence => '■',
        Cell::Ticked => '✓',
        Cell::Not => '·',
    }
}

fn member_name(team: &Team, index: usize, unnamed: &str) -> String {
    team.members()
        .get(index)
        .map(|m| m.name())
        .filter(|name| !name.is_empty())
        .map_or_else(|| unnamed.to_owned(), str::to_owned)
}

#[component]
pub fn ProfessionsSection(overview: Memo<Overview>, state: TeamState) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.team();
    let professions = Memo::new(move |_| {
        overview.with(|o| {
            o.professions
                .iter()
                .map(|p| Arc::new(p.clone()))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || professions.with(|p| !p.is_empty())>
            <section class="team-professions" aria-labelledby="team-professions-title">
                <h2 id="team-professions-title">{move || t().professions_title}</h2>
                {move || {
                    professions
                        .get()
                        .into_iter()
                        .map(|view| view! { <ProfessionBlock view=view state=state/> })
                        .collect_view()
                }}
            </section>
        </Show>
    }
}

#[component]
fn ProfessionBlock(view: Arc<ProfessionView>, state: TeamState) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.team();
    let title_id = format!("team-profession-{}", view.id);
    let labelled_by = title_id.clone();
    let profession_id = view.id.clone();
    let dist_id = view.id.clone();
    let distribution = view.distribution.clone();
    let name = view.name.clone();
    let nobody_items: Vec<(ItemRow, String)> =
        view.nobody().map(|i| (i.clone(), String::new())).collect();
    let names: Arc<Vec<String>> = Arc::new(state.team.with_untracked(|team| {
        view.members
            .iter()
            .map(|&i| member_name(team, i, i18n.team().no_name))
            .collect()
    }));
    let counts = (t().profession_counts)(view.members.len(), view.items.len());
    let nobody: Vec<ItemRow> = view.nobody().cloned().collect();
    let single: Vec<(ItemRow, String)> = view
        .single()
        .map(|item| {
            let holder = view
                .sole_holder(item)
                .and_then(|i| view.members.iter().position(|m| *m == i))
                .and_then(|at| names.get(at).cloned())
                .unwrap_or_default();
            (item.clone(), holder)
        })
        .collect();
    view! {
        <section
            class="panel team-profession"
            data-testid="team-profession"
            data-profession-id=profession_id
            aria-labelledby=labelled_by
        >
            <h3 id=title_id>{name}</h3>
            <p class="panel__hint">{counts}</p>
            <div class="team-profession__facts">
                <DistributionView distribution=distribution id=dist_id/>
                <ItemList
                    title=Signal::derive(move || (t().nobody_title)(nobody.len()))
                    empty=Signal::derive(move || t().nobody_none)
                    testid="team-nobody"
                    items=nobody_items
                />
                <ItemList
                    title=Signal::derive({
                        let n = single.len();
                        move || (t().single_title)(n)
                    })
                    empty=Signal::derive(move || t().single_none)
                    testid="team-single"
                    items=single
                />
            </div>
            <Heatmap view=view names=names/>
        </section>
    }
}

/// A list of items in a `<details>`, drawn only once opened (a profession may have thousands).
#[component]
fn ItemList(
    title: Signal<String>,
    empty: Signal<&'static str>,
    testid: &'static str,
    items: Vec<(ItemRow, String)>,
) -> impl IntoView {
    let few = items.len() <= 10;
    let open = RwSignal::new(few);
    let items = Arc::new(items);
    view! {
        <details
            class="team-list"
            prop:open=few
            on:toggle=move |ev: leptos::ev::Event| {
                // `open` read by name: the app's web-sys features leave out the details element.
                let now = ev
                    .target()
                    .and_then(|target| js_sys::Reflect::get(&target, &"open".into()).ok())
                    .and_then(|open| open.as_bool())
                    .unwrap_or(false);
                open.set(now);
            }
        >
            <summary>{title}</summary>
            {move || {
                if !open.get() {
                    return ().into_any();
                }
                if items.is_empty() {
                    return view! { <p class="panel__hint">{empty}</p> }.into_any();
                }
                view! {
                    <ul>
                        {items
                            .iter()
                            .map(|(item, holder)| {
                                view! {
                                    <li data-testid=testid data-item-key=item.key.clone()>
                                        <span class="team-list__grade">{item.grade_title.clone()}</span>
                                        " · "
                                        <InlineText text=item.text.clone()/>
                                        {(!holder.is_empty()).then(|| view! { <em class="team-list__holder">" — "{holder.clone()}</em> })}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                .into_any()
            }}
        </details>
    }
}

#[component]
fn DistributionView(distribution: Option<Distribution>, id: String) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.team();
    let Some(distribution) = distribution else {
        return view! { <p class="panel__hint team-dist__none">{move || t().no_distribution}</p> }
            .into_any();
    };
    // Below the first grade, then each grade with items: (grade id, title, count).
    let bars: Vec<(String, Option<String>, usize)> =
        std::iter::once((String::new(), None, distribution.below_first))
            .chain(distribution.grades.iter().map(|(g, n)| {
                (
                    g.id.clone(),
                    Some(g.title.clone().unwrap_or_else(|| g.id.clone())),
                    *n,
                )
            }))
            .collect();
    let most = bars.iter().map(|(_, _, n)| *n).max().unwrap_or(0).max(1);
    let title_id = format!("team-dist-{id}");
    let labelled_by = title_id.clone();
    let label =
        move |title: &Option<String>| title.clone().unwrap_or_else(|| t().below_first.to_owned());
    let rows = bars.clone();
    view! {
        <figure class="team-dist" data-testid="team-distribution" aria-labelledby=labelled_by>
            <figcaption id=title_id>{move || t().distribution_title}</figcaption>
            <ul class="team-dist__bars">
                {bars
                    .into_iter()
                    .map(|(grade, title, n)| {
                        let width = format!("width: {}%", n.saturating_mul(100) / most);
                        view! {
                            <li data-grade=grade data-value=n>
                                <span class="team-dist__label">{move || label(&title)}</span>
                                <span class="team-dist__track" aria-hidden="true">
                                    <span class="team-dist__bar" style=width></span>
                                </span>
                                <span class="team-dist__count">{n}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <details class="chart__twin">
                <summary>{move || t().distribution_table}</summary>
                <table class="data-table">
                    <thead>
                        <tr>
                            <th scope="col">{move || t().grade_column}</th>
                            <th scope="col">{move || t().members_column}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {rows
                            .into_iter()
                            .map(|(_, title, n)| view! {
                                <tr><th scope="row">{move || label(&title)}</th><td class="num">{n}</td></tr>
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </details>
        </figure>
    }
    .into_any()
}

#[component]
fn Heatmap(view: Arc<ProfessionView>, names: Arc<Vec<String>>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.team();
    let compact = names.len() > CELLS_UP_TO;
    let shown = progressive(view.items.len());
    let region_name = {
        let name = view.name.clone();
        move || (t().heatmap_region)(&name)
    };
    let heads = names.clone();
    let row = {
        let view = view.clone();
        let names = names.clone();
        move |index: usize| {
            let Some(item) = view.items.get(index) else {
                return ().into_any();
            };
            let marks = if compact {
                let signs: String = item.cells.iter().map(|c| sign(*c)).collect();
                let holders: Vec<&str> = item
                    .cells
                    .iter()
                    .zip(names.iter())
                    .filter(|(c, _)| **c != Cell::Not)
                    .map(|(_, n)| n.as_str())
                    .collect();
                let holders = holders.join(", ");
                view! {
                    <td class="team-heat__marks">
                        <span aria-hidden="true">{signs}</span>
                        <span class="visually-hidden">{move || (t().held_by)(&holders)}</span>
                    </td>
                }
                .into_any()
            } else {
                item.cells
                    .iter()
                    .map(|cell| {
                        let class = match cell {
                            Cell::Evidence => "team-heat__cell team-heat__cell--evidence",
                            Cell::Ticked => "team-heat__cell team-heat__cell--ticked",
                            Cell::Not => "team-heat__cell",
                        };
                        view! { <td class=class>{sign(*cell)}</td> }
                    })
                    .collect_view()
                    .into_any()
            };
            view! {
                <tr data-testid="team-item" data-item-key=item.key.clone() data-holders=item.holders>
                    <th scope="row">
                        <span class="team-heat__grade">{item.grade_title.clone()}</span>
                        " "
                        <InlineText text=item.text.clone()/>
                    </th>
                    <td class="num">{item.holders}</td>
                    {marks}
                </tr>
            }
            .into_any()
        }
    };
    view! {
        <h4 class="team-heat__title">{move || t().heatmap_title}</h4>
        <p class="team-heat__legend">
            {move || t().legend}
            " "
            <span class="team-heat__key team-heat__cell--evidence">{move || t().mark_evidence}</span>
            " "
            <span class="team-heat__key team-heat__cell--ticked">{move || t().mark_ticked}</span>
            " "
            <span class="team-heat__key">{move || t().mark_not}</span>
        </p>
        {compact.then(|| view! {
            <p class="panel__hint">{move || t().compact_note}</p>
            <ol class="team-heat__order">
                {names.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view()}
            </ol>
        })}
        <div class="team-heat" role="region" tabindex="0" aria-label=region_name>
            <table class="team-heat__table" class:team-heat__table--compact=compact>
                <thead>
                    <tr>
                        <th scope="col">{move || t().item_column}</th>
                        <th scope="col">{move || t().holders_column}</th>
                        {if compact {
                            view! { <th scope="col">{move || t().marks_column}</th> }.into_any()
                        } else {
                            heads
                                .iter()
                                .map(|n| view! { <th scope="col" class="team-heat__member"><span>{n.clone()}</span></th> })
                                .collect_view()
                                .into_any()
                        }}
                    </tr>
                </thead>
                <tbody>
                    <For each=move || 0..shown.get() key=|i| *i children=row.clone()/>
                </tbody>
            </table>
        </div>
    }
}
