//! Two snapshots compared, older to newer: the items gained and lost per grade, the estimates
//! that changed and the projects whose Q or D changed.

use std::sync::Arc;

use leptos::prelude::*;

use super::{Dates, grade_name};
use crate::catalog::Catalog;
use crate::i18n::use_i18n;
use crate::state::matrices::use_catalog;
use crate::state::snapshots::{ProjectFigures, SnapshotDiff, Snapshots, diff};
use crate::state::use_persisted;

/// A grade's items are listed at once up to this many; more wait under a toggle, so that a
/// comparison of thousands of items paints at once.
const OPEN_UP_TO: usize = 20;

#[component]
pub fn Comparison(compared: RwSignal<Option<(usize, usize)>>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.snapshots();
    let snapshots = use_persisted::<Snapshots>();
    let catalog = use_catalog();
    let result = Memo::new(move |_| {
        let (older, newer) = compared.get()?;
        snapshots.with_untracked(|list| {
            let a = list.list().get(older)?;
            let b = list.list().get(newer)?;
            Some((a.taken_at.clone(), b.taken_at.clone(), Arc::new(diff(a, b))))
        })
    });
    move || {
        let (older, newer, change) = result.get()?;
        let Ok(catalog) = catalog.get().0 else {
            return None;
        };
        let dates = Dates::new(i18n.lang());
        let title = (t().comparison_title)(&dates.format(&older), &dates.format(&newer));
        let gained = change.gained_count();
        let lost = change.lost_count();
        Some(view! {
            <section class="comparison" aria-labelledby="comparison-title" data-testid="snapshot-comparison">
                <h3 id="comparison-title" tabindex="-1">{title}</h3>
                {change.is_empty().then(|| view! { <p>{t().nothing_changed}</p> })}
                <div class="comparison__items">
                    <section class="comparison__side" data-testid="snapshot-gained" data-value=gained>
                        <h4>{(t().gained)(gained)}</h4>
                        <Grades catalog=Arc::clone(&catalog) change=Arc::clone(&change) gained=true/>
                    </section>
                    <section class="comparison__side" data-testid="snapshot-lost" data-value=lost>
                        <h4>{(t().lost)(lost)}</h4>
                        <Grades catalog=Arc::clone(&catalog) change=Arc::clone(&change) gained=false/>
                    </section>
                </div>
                <Estimates catalog=Arc::clone(&catalog) change=Arc::clone(&change)/>
                <Projects change/>
            </section>
        })
    }
}

#[component]
fn Grades(catalog: Arc<Catalog>, change: Arc<SnapshotDiff>, gained: bool) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.snapshots();
    let groups = if gained { &change.gained } else { &change.lost };
    groups
        .iter()
        .map(|(grade, keys)| {
            let (profession, grade_id) = grade.split_once('/').unwrap_or((grade.as_str(), ""));
            let (name, title) = grade_name(&catalog, profession, Some(grade_id), t);
            let heading = format!("{name} — {title} ({})", keys.len());
            let open = RwSignal::new(keys.len() <= OPEN_UP_TO);
            let keys = keys.clone();
            let catalog = Arc::clone(&catalog);
            let items = move || {
                open.get().then(|| {
                    keys.iter()
                        .map(|key| {
                            let text = catalog.item(key).map(|item| item.item.text.clone());
                            let known = text.is_some();
                            view! {
                                <li data-item-key=key.clone() class:comparison__unknown=!known>
                                    {text.unwrap_or_else(|| format!("{key} ({})", t.unknown_item))}
                                </li>
                            }
                        })
                        .collect_view()
                })
            };
            view! {
                <details
                    class="comparison__grade"
                    prop:open=open.get_untracked()
                    on:toggle=move |ev| {
                        use wasm_bindgen::JsCast;
                        if let Some(details) = ev
                            .target()
                            .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
                        {
                            open.set(details.open());
                        }
                    }
                >
                    <summary>{heading}</summary>
                    <ul>{items}</ul>
                </details>
            }
        })
        .collect_view()
}

#[component]
fn Estimates(catalog: Arc<Catalog>, change: Arc<SnapshotDiff>) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.snapshots();
    (!change.estimates.is_empty()).then(|| {
        let rows = change
            .estimates
            .iter()
            .map(|e| {
                let (name, before) = grade_name(&catalog, &e.profession, e.before.as_deref(), t);
                let (_, after) = grade_name(&catalog, &e.profession, e.after.as_deref(), t);
                view! {
                    <tr data-testid="snapshot-estimate-change" data-profession-id=e.profession.clone()>
                        <th scope="row">{name}</th>
                        <td data-label=t.col_before>{before}</td>
                        <td data-label=t.col_after>{after}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="data-table data-table--cards comparison__table">
                <caption>{t.estimates_title}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t.col_profession}</th>
                        <th scope="col">{t.col_before}</th>
                        <th scope="col">{t.col_after}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        }
    })
}

#[component]
fn Projects(change: Arc<SnapshotDiff>) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.snapshots();
    let figures = move |f: &Option<ProjectFigures>| match f {
        None => t.not_recorded.to_owned(),
        Some(f) if f.q.trim().is_empty() => t.no_result.to_owned(),
        Some(f) => match &f.d {
            Some(d) => format!("Q {} ({d})", f.q),
            None => format!("Q {}", f.q),
        },
    };
    (!change.projects.is_empty()).then(|| {
        let rows = change
            .projects
            .iter()
            .map(|p| {
                let delta = p.q_change().map_or_else(
                    || t.not_recorded.to_owned(),
                    |d| {
                        if d.is_sign_negative() {
                            d.to_string()
                        } else {
                            format!("+{d}")
                        }
                    },
                );
                view! {
                    <tr data-testid="snapshot-project-change">
                        <th scope="row">{p.name.clone()}</th>
                        <td data-label=t.col_before>{figures(&p.before)}</td>
                        <td data-label=t.col_after>{figures(&p.after)}</td>
                        <td data-label=t.col_change data-value=p.q_change().map(|d| d.to_string())>{delta}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="data-table data-table--cards comparison__table">
                <caption>{t.projects_title}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t.col_project}</th>
                        <th scope="col">{t.col_before}</th>
                        <th scope="col">{t.col_after}</th>
                        <th scope="col">{t.col_change}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        }
    })
}
