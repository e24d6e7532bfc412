//! One item in the editor: its text, its moves, and dragging it within its group.

use leptos::prelude::*;

use crate::browser;
use crate::catalog::format::MAX_ITEM_CHARS;
use crate::i18n::use_i18n;
use crate::pages::matrices::field_message;
use crate::state::matrices;

use super::fields::TextArea;
use super::moves::Moves;
use super::{Ctx, focus_after_move, group_dom, item_dom, move_target};

#[component]
pub(super) fn ItemEditor(
    ctx: Ctx,
    grade: String,
    group: String,
    item: String,
    dragging: RwSignal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.matrices();
    let dom = item_dom(&grade, &group, &item);
    let ids = StoredValue::new((grade, group, item));
    let text = move || {
        ids.with_value(|(grade, group, item)| {
            ctx.group(grade, group, |s| {
                s.items
                    .iter()
                    .find(|i| i.id == *item)
                    .map(|i| i.text.clone())
            })
        })
        .flatten()
        .unwrap_or_default()
    };
    let place = move || ids.with_value(|(grade, group, item)| ctx.place(grade, group, item));
    let position = move || {
        let at = place().map_or(0, |p| p.item);
        let len = ids
            .with_value(|(grade, group, _)| ctx.group(grade, group, |s| s.items.len()))
            .unwrap_or(0);
        (at, len)
    };
    let what = move || (t().item_named)(position().0 + 1);
    let move_to = move |to: usize| -> bool {
        place().is_some_and(|place| {
            ctx.draft
                .try_update(|p| matrices::move_item(p, place, to))
                .unwrap_or(false)
        })
    };
    let dom_for_move = dom.clone();
    let on_move = Callback::new(move |up: bool| {
        let (at, len) = position();
        let to = move_target(up, at, len);
        if let Some(to) = to
            && move_to(to)
        {
            ctx.announce.set((t().moved)(&what(), to + 1, len));
            focus_after_move(&dom_for_move, up, to, len);
        }
    });
    let on_remove = Callback::new(move |()| {
        if let Some(place) = place()
            && let Some(Some(key)) = ctx.draft.try_update(|p| matrices::remove_item(p, place))
        {
            ctx.untick(vec![key]);
        }
        let (grade, group, _) = ids.get_value();
        browser::focus_later(format!("{}-add-item", group_dom(&grade, &group)));
    });
    let drop_here = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        let Some(from) = dragging.get_untracked() else {
            return;
        };
        dragging.set(None);
        let to = position().0;
        let (grade, group, _) = ids.get_value();
        if let Some(place) = ctx.place(&grade, &group, &from) {
            ctx.draft.update(|p| {
                matrices::move_item(p, place, to);
            });
        }
    };

    view! {
        <li
            class="editor-item"
            class:editor-item--dragging=move || ids.with_value(|(_, _, item)| dragging.with(|d| d.as_ref() == Some(item)))
            id=dom.clone()
            data-testid="editor-item"
            on:dragover=move |ev: leptos::ev::DragEvent| {
                if dragging.with_untracked(Option::is_some) {
                    ev.prevent_default();
                }
            }
            on:drop=drop_here
        >
            <span
                class="editor-item__handle"
                draggable="true"
                title=move || t().drag_hint
                aria-hidden="true"
                on:dragstart=move |ev: leptos::ev::DragEvent| {
                    if let Some(data) = ev.data_transfer() {
                        let _ = data.set_data("text/plain", &text());
                        data.set_effect_allowed("move");
                    }
                    dragging.set(Some(ids.with_value(|(_, _, item)| item.clone())));
                }
                on:dragend=move |_| dragging.set(None)
            >
                "⠿"
            </span>
            <TextArea
                id=format!("{dom}-text")
                label=Signal::derive(move || (t().item_label)(position().0 + 1))
                value=Signal::derive(text)
                on_input=Callback::new(move |value: String| {
                    ids.with_value(|(grade, group, item)| ctx.edit_item(grade, group, item, |i| i.text = value));
                })
                error=Signal::derive(move || field_message(&text(), MAX_ITEM_CHARS, true, i18n.lang()))
                rows=2
            />
            <Moves
                dom=dom.clone()
                what=Signal::derive(what)
                position=Signal::derive(position)
                on_move
                on_remove
            />
        </li>
    }
}
