//! One group of a grade in the editor: its title and note, and its items.

use leptos::prelude::*;

use crate::browser;
use crate::catalog::SkillGroup;
use crate::catalog::format::MAX_NAME_CHARS;
use crate::components::text_field::TextField;
use crate::i18n::use_i18n;
use crate::pages::matrices::{LONG_TEXT, field_message, limit_message};
use crate::state::matrices;

use super::fields::TextArea;
use super::item::ItemEditor;
use super::moves::{Moves, RemoveConfirm};
use super::{Ctx, focus_after_move, grade_dom, group_dom, item_dom, move_target, shown_title};

#[component]
pub(super) fn GroupEditor(ctx: Ctx, grade: String, group: String) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.matrices();
    let dom = group_dom(&grade, &group);
    let ids = StoredValue::new((grade, group));
    let read = move |f: &dyn Fn(&SkillGroup) -> String| {
        ids.with_value(|(grade, group)| ctx.group(grade, group, f))
            .unwrap_or_default()
    };
    let title = move || read(&|s| s.title.clone().unwrap_or_default());
    let note = move || read(&|s| s.note.clone().unwrap_or_default());
    let position = move || {
        ids.with_value(|(grade, group)| {
            ctx.grade(grade, |g| {
                (
                    g.groups.iter().position(|s| s.id == *group).unwrap_or(0),
                    g.groups.len(),
                )
            })
        })
        .unwrap_or((0, 0))
    };
    let what = move || (t().group_named)(shown_title(&title(), t().untitled));
    let confirming = RwSignal::new(false);
    let item_limit = RwSignal::new(None::<String>);
    // The item being dragged, by id.
    let dragging = RwSignal::new(None::<String>);
    let dom_for_move = dom.clone();
    let on_move = Callback::new(move |up: bool| {
        let (at, len) = position();
        let to = move_target(up, at, len);
        let grade_at = ids.with_value(|(grade, _)| ctx.draft.with(|p| p.grade_position(grade)));
        if let (Some(to), Some(grade_at)) = (to, grade_at)
            && ctx
                .draft
                .try_update(|p| matrices::move_group(p, grade_at, at, to))
                .unwrap_or(false)
        {
            ctx.announce.set((t().moved)(&what(), to + 1, len));
            focus_after_move(&dom_for_move, up, to, len);
        }
    });
    let remove = Callback::new(move |()| {
        let place = ids.with_value(|(grade, group)| ctx.place(grade, group, ""));
        if let Some(place) = place
            && let Some(Some(keys)) = ctx.draft.try_update(|p| matrices::remove_group(p, place))
        {
            ctx.untick(keys);
        }
        let grade = ids.with_value(|(grade, _)| grade.clone());
        browser::focus_later(format!("{}-add-group", grade_dom(&grade)));
    });
    let on_remove = Callback::new(move |()| {
        let has_items = ids
            .with_value(|(grade, group)| ctx.group(grade, group, |s| !s.items.is_empty()))
            .unwrap_or(false);
        if has_items {
            confirming.set(true)
        } else {
            remove.run(())
        }
    });
    let add_item = move |_| {
        let Some(place) = ids.with_value(|(grade, group)| ctx.place(grade, group, "")) else {
            return;
        };
        match ctx.draft.try_update(|p| matrices::add_item(p, place, "")) {
            Some(Ok(index)) => {
                item_limit.set(None);
                let item = ids.with_value(|(grade, group)| {
                    ctx.group(grade, group, |s| s.items.get(index).map(|i| i.id.clone()))
                });
                if let Some(Some(item)) = item {
                    let dom = ids.with_value(|(grade, group)| item_dom(grade, group, &item));
                    browser::focus_later(format!("{dom}-text"));
                }
            }
            Some(Err(limit)) => item_limit.set(Some(limit_message(limit, i18n.lang()).to_owned())),
            None => {}
        }
    };
    let item_ids = move || {
        ids.with_value(|(grade, group)| {
            ctx.group(grade, group, |s| {
                s.items.iter().map(|i| i.id.clone()).collect::<Vec<_>>()
            })
        })
        .unwrap_or_default()
    };

    view! {
        <li class="editor-group" id=dom.clone() data-testid="editor-group">
            <div class="editor-group__head">
                <TextField
                    id=format!("{dom}-title")
                    label=Signal::derive(move || t().group_title_label.to_owned())
                    value=Signal::derive(title)
                    hint=Signal::derive(move || Some(t().group_title_hint.to_owned()))
                    on_input=Callback::new(move |text: String| {
                        ids.with_value(|(grade, group)| {
                            ctx.edit_group(grade, group, |s| s.title = Some(text).filter(|t| !t.trim().is_empty()));
                        });
                    })
                    error=Signal::derive(move || field_message(&title(), MAX_NAME_CHARS, false, i18n.lang()))
                />
                <Moves
                    dom=dom.clone()
                    what=Signal::derive(what)
                    position=Signal::derive(position)
                    on_move
                    on_remove
                />
            </div>
            <TextArea
                id=format!("{dom}-note")
                label=Signal::derive(move || t().group_note_label.to_owned())
                value=Signal::derive(note)
                on_input=Callback::new(move |text: String| {
                    ids.with_value(|(grade, group)| {
                        ctx.edit_group(grade, group, |s| s.note = Some(text).filter(|t| !t.is_empty()));
                    });
                })
                error=Signal::derive(move || field_message(&note(), LONG_TEXT, false, i18n.lang()))
                rows=1
            />
            <Show when=move || item_ids().is_empty()>
                <p class="editor__empty">{move || t().no_items}</p>
            </Show>
            <ol class="editor-group__items">
                <For
                    each=item_ids
                    key=String::clone
                    children=move |item| {
                        let (grade, group) = ids.get_value();
                        view! { <ItemEditor ctx grade group item dragging/> }
                    }
                />
            </ol>
            <div class="editor__add">
                <button type="button" class="button button--quiet" id=format!("{dom}-add-item") data-testid="editor-add-item" on:click=add_item>
                    "+ " {move || t().add_item}
                </button>
                {move || item_limit.get().map(|m| view! { <p class="field__error" role="alert">{m}</p> })}
            </div>
            <RemoveConfirm open=confirming id=format!("{dom}-confirm") what=Signal::derive(what) on_confirm=remove/>
        </li>
    }
}
