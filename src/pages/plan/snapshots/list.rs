//! The list of snapshots, newest first: date, label, kind and estimate; pick two to compare,
//! edit a label, delete one (with undo while the page is open).

use leptos::prelude::*;

use super::{Dates, estimate_summary};
use crate::browser;
use crate::components::text_field::TextField;
use crate::components::undo_bar::UndoBar;
use crate::i18n::use_i18n;
use crate::state::matrices::use_catalog;
use crate::state::profile::Profile;
use crate::state::snapshots::{LABEL_MAX, Snapshot, SnapshotError, Snapshots, label};
use crate::state::use_persisted;

/// How many of the newest are shown at first, and added by "show more".
const PAGE: usize = 20;

#[component]
pub fn SnapshotList(
    picks: RwSignal<Vec<usize>>,
    compared: RwSignal<Option<(usize, usize)>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.snapshots();
    let snapshots = use_persisted::<Snapshots>();
    let shown = RwSignal::new(PAGE);
    let deleted = RwSignal::new(None::<Snapshot>);
    let editing = RwSignal::new(None::<usize>);
    let count = move || snapshots.with(Snapshots::len);
    // The list changed under the indices: forget what they pointed at.
    let forget = move || {
        picks.set(Vec::new());
        compared.set(None);
        editing.set(None);
    };
    let delete = Callback::new(move |index: usize| {
        if let Some(Ok(gone)) = snapshots.try_update(|list| list.remove(index)) {
            forget();
            deleted.set(Some(gone));
            browser::focus_later("snapshot-undo".to_owned());
        }
    });
    let undo = move |()| {
        if let Some(back) = deleted.get_untracked() {
            snapshots.update(|list| {
                let _ = list.push(back);
            });
            forget();
        }
        deleted.set(None);
    };
    // Newest first: (index, key) of each row shown.
    let rows = move || {
        let total = count();
        let first = total.saturating_sub(shown.get());
        snapshots.with(|list| {
            list.list()
                .iter()
                .enumerate()
                .skip(first)
                .rev()
                .map(|(index, s)| (index, format!("{index}|{}|{:?}", s.taken_at, s.label)))
                .collect::<Vec<_>>()
        })
    };
    let picked = move || picks.with(Vec::len);
    let compare = move |_| {
        let chosen = picks.get_untracked();
        if let [a, b] = chosen[..] {
            compared.set(Some((a.min(b), a.max(b))));
            browser::focus_later("comparison-title".to_owned());
        }
    };

    view! {
        <section class="snapshots__list" aria-labelledby="snapshots-list-title">
            <h3 id="snapshots-list-title">{move || t().list_title}</h3>
            {move || {
                deleted
                    .with(|d| d.as_ref().map(|s| s.taken_at.clone()))
                    .map(|taken_at| {
                        let date = Dates::new(i18n.lang()).format(&taken_at);
                        view! {
                            <UndoBar
                                message=(t().deleted)(&date)
                                label=t().undo
                                id="snapshot-undo"
                                on_undo=undo
                            />
                        }
                    })
            }}
            <Show
                when=move || { count() > 0 }
                fallback=move || view! { <p data-testid="snapshots-empty">{move || t().list_empty}</p> }
            >
                <p class="snapshots__count">{move || (t().count)(count())}</p>
                <div class="snapshots__compare">
                    <button
                        type="button"
                        class="button"
                        data-testid="snapshot-compare"
                        disabled=move || picked() != 2
                        aria-describedby="snapshot-compare-hint"
                        on:click=compare
                    >
                        {move || t().compare}
                    </button>
                    <span id="snapshot-compare-hint" class="snapshots__hint">
                        {move || (t().compare_hint)(picked())}
                    </span>
                </div>
                <ol class="snapshot-list">
                    <For
                        each=rows
                        key=|(_, key)| key.clone()
                        children=move |(index, _)| view! { <Row index picks editing delete/> }
                    />
                </ol>
                {move || {
                    let left = count().saturating_sub(shown.get());
                    (left > 0)
                        .then(|| {
                            view! {
                                <button
                                    type="button"
                                    class="button button--quiet"
                                    data-testid="snapshot-more"
                                    on:click=move |_| shown.update(|n| *n = n.saturating_add(PAGE))
                                >
                                    {(t().show_more)(left.min(PAGE))}
                                </button>
                            }
                        })
                }}
            </Show>
        </section>
    }
}

#[component]
fn Row(
    index: usize,
    picks: RwSignal<Vec<usize>>,
    editing: RwSignal<Option<usize>>,
    delete: Callback<usize>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.snapshots();
    let snapshots = use_persisted::<Snapshots>();
    let catalog = use_catalog();
    let profile = use_persisted::<Profile>();
    // What the row shows, without the ticks (thousands of keys, perhaps).
    let Some(snapshot) = snapshots.with_untracked(|list| {
        list.list().get(index).map(|s| Snapshot {
            taken_at: s.taken_at.clone(),
            label: s.label.clone(),
            automatic: s.automatic,
            estimates: s.estimates.clone(),
            ..Snapshot::default()
        })
    }) else {
        return ().into_any();
    };
    let pick_id = format!("snapshot-pick-{index}");
    let taken_at = snapshot.taken_at.clone();
    let date = Memo::new(move |_| Dates::new(i18n.lang()).format(&taken_at));
    let estimates = snapshot.estimates.clone();
    let estimate = move || {
        let chosen = profile.with(|p| p.profession.clone());
        match catalog.get().0 {
            Ok(catalog) => estimate_summary(&estimates, &catalog, chosen.as_deref(), t()),
            Err(_) => String::new(),
        }
    };
    let is_picked = move || picks.with(|p| p.contains(&index));
    let toggle = move |ev| {
        let on = event_target_checked(&ev);
        picks.update(|p| {
            p.retain(|i| *i != index);
            if on {
                p.push(index);
            }
        });
    };
    let draft = RwSignal::new(snapshot.label.clone().unwrap_or_default());
    let draft_error = Signal::derive(move || {
        draft.with(|text| match label(text) {
            Err(SnapshotError::LabelTooLong { chars }) => {
                Some((t().label_too_long)(chars, LABEL_MAX))
            }
            _ => None,
        })
    });
    let edit_id = format!("snapshot-label-{index}");
    let save_label = move || {
        if draft_error.with_untracked(Option::is_some) {
            return;
        }
        let text = draft.get_untracked();
        if snapshots
            .try_update(|list| list.set_label(index, &text))
            .is_some_and(|r| r.is_ok())
        {
            editing.set(None);
        }
    };
    let label_shown = snapshot.label.clone();
    let kind = snapshot.automatic;
    view! {
        <li class="snapshot" data-testid="snapshot" data-taken-at=snapshot.taken_at.clone()>
            <div class="snapshot__head">
                <input
                    type="checkbox"
                    id=pick_id.clone()
                    class="snapshot__pick"
                    data-testid="snapshot-pick"
                    aria-label=move || (t().pick)(&date.get())
                    prop:checked=is_picked
                    on:change=toggle
                />
                <label for=pick_id class="snapshot__date">{date}</label>
                <span class="snapshot__kind">
                    {move || if kind { t().automatic } else { t().manual }}
                </span>
            </div>
            {label_shown.map(|text| view! { <p class="snapshot__label" data-testid="snapshot-label">{text}</p> })}
            <p class="snapshot__estimate">
                <span class="snapshot__estimate-name">{move || t().estimate_label} ": "</span>
                {estimate}
            </p>
            <Show
                when=move || editing.get() == Some(index)
                fallback=move || {
                    view! {
                        <div class="snapshot__actions">
                            <button
                                type="button"
                                class="button button--quiet button--small"
                                data-testid="snapshot-edit-label"
                                on:click=move |_| {
                                    editing.set(Some(index));
                                    browser::focus_later(format!("snapshot-label-{index}"));
                                }
                            >
                                {move || t().edit_label}
                            </button>
                            <button
                                type="button"
                                class="button button--quiet button--small"
                                data-testid="snapshot-delete"
                                on:click=move |_| delete.run(index)
                            >
                                {move || t().delete}
                            </button>
                        </div>
                    }
                }
            >
                <form
                    class="snapshot__edit"
                    on:submit=move |ev| {
                        ev.prevent_default();
                        save_label();
                    }
                >
                    <TextField
                        id=edit_id.clone()
                        label=Signal::derive(move || t().label_field.to_owned())
                        value=draft
                        on_input=Callback::new(move |text| draft.set(text))
                        error=draft_error
                    />
                    <div class="snapshot__actions">
                        <button type="submit" class="button" data-testid="snapshot-label-save">
                            {move || t().label_save}
                        </button>
                        <button
                            type="button"
                            class="button button--quiet"
                            on:click=move |_| editing.set(None)
                        >
                            {move || t().label_cancel}
                        </button>
                    </div>
                </form>
            </Show>
        </li>
    }
    .into_any()
}
