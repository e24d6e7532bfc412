//! One grade in the editor: its title, description and notes, and its groups.

use leptos::prelude::*;

use crate::browser;
use crate::catalog::Grade;
use crate::catalog::format::MAX_NAME_CHARS;
use crate::components::text_field::TextField;
use crate::i18n::use_i18n;
use crate::pages::matrices::{LONG_TEXT, field_message, limit_message};
use crate::state::matrices;

use super::fields::TextArea;
use super::group::GroupEditor;
use super::moves::{Moves, RemoveConfirm};
use super::{Ctx, focus_after_move, grade_dom, group_dom, move_target, shown_title};

#[component]
pub(super) fn GradeEditor(ctx: Ctx, grade: String) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.matrices();
    let dom = grade_dom(&grade);
    let id = StoredValue::new(grade.clone());
    let title = move || {
        ctx.grade(&id.read_value(), |g| g.title.clone())
            .unwrap_or_default()
    };
    let description = move || {
        ctx.grade(&id.read_value(), |g| {
            g.description.clone().unwrap_or_default()
        })
        .unwrap_or_default()
    };
    let notes = move || {
        ctx.grade(&id.read_value(), |g| g.notes.clone().unwrap_or_default())
            .unwrap_or_default()
    };
    let position = move || {
        ctx.draft.with(|p| {
            (
                p.grade_position(&id.read_value()).unwrap_or(0),
                p.grades.len(),
            )
        })
    };
    let what = move || (t().grade_named)(shown_title(&title(), t().untitled));
    let confirming = RwSignal::new(false);
    let group_limit = RwSignal::new(None::<String>);
    let dom_for_move = dom.clone();
    let on_move = Callback::new(move |up: bool| {
        let (at, len) = position();
        let to = move_target(up, at, len);
        if let Some(to) = to
            && ctx
                .draft
                .try_update(|p| matrices::move_grade(p, at, to))
                .unwrap_or(false)
        {
            ctx.announce.set((t().moved)(&what(), to + 1, len));
            focus_after_move(&dom_for_move, up, to, len);
        }
    });
    let remove = Callback::new(move |()| {
        let at = position().0;
        if let Some(Some((_, keys))) = ctx.draft.try_update(|p| matrices::remove_grade(p, at)) {
            ctx.untick(keys);
        }
        browser::focus_later("editor-add-grade".to_owned());
    });
    let on_remove = Callback::new(move |()| {
        let has_items = ctx
            .grade(&id.read_value(), Grade::has_skills)
            .unwrap_or(false);
        if has_items {
            confirming.set(true)
        } else {
            remove.run(())
        }
    });
    let add_group = move |_| {
        let at = position().0;
        match ctx.draft.try_update(|p| matrices::add_group(p, at, "")) {
            Some(Ok(index)) => {
                group_limit.set(None);
                let group = ctx.draft.with(|p| {
                    p.grades
                        .get(at)
                        .and_then(|g| g.groups.get(index))
                        .map(|s| s.id.clone())
                });
                if let Some(group) = group {
                    browser::focus_later(format!("{}-title", group_dom(&id.read_value(), &group)));
                }
            }
            Some(Err(limit)) => group_limit.set(Some(limit_message(limit, i18n.lang()).to_owned())),
            None => {}
        }
    };
    let group_ids = move || {
        ctx.grade(&id.read_value(), |g| {
            g.groups.iter().map(|s| s.id.clone()).collect::<Vec<_>>()
        })
        .unwrap_or_default()
    };

    view! {
        <li class="editor-grade" id=dom.clone() data-testid="editor-grade" data-grade-id=grade.clone()>
            <div class="editor-grade__head">
                <TextField
                    id=format!("{dom}-title")
                    label=Signal::derive(move || t().grade_title_label.to_owned())
                    value=Signal::derive(title)
                    on_input=Callback::new(move |text: String| ctx.edit_grade(&id.read_value(), |g| g.title = text))
                    error=Signal::derive(move || field_message(&title(), MAX_NAME_CHARS, true, i18n.lang()))
                    class="editor-grade__title"
                />
                <Moves
                    dom=dom.clone()
                    what=Signal::derive(what)
                    position=Signal::derive(position)
                    on_move
                    on_remove
                />
            </div>
            <details class="editor-grade__more">
                <summary>{move || t().grade_description_label} " · " {move || t().grade_notes_label}</summary>
                <TextArea
                    id=format!("{dom}-description")
                    label=Signal::derive(move || t().grade_description_label.to_owned())
                    value=Signal::derive(description)
                    on_input=Callback::new(move |text: String| {
                        ctx.edit_grade(&id.read_value(), |g| g.description = Some(text).filter(|s| !s.is_empty()));
                    })
                    error=Signal::derive(move || field_message(&description(), LONG_TEXT, false, i18n.lang()))
                    rows=2
                />
                <TextArea
                    id=format!("{dom}-notes")
                    label=Signal::derive(move || t().grade_notes_label.to_owned())
                    value=Signal::derive(notes)
                    on_input=Callback::new(move |text: String| {
                        ctx.edit_grade(&id.read_value(), |g| g.notes = Some(text).filter(|s| !s.is_empty()));
                    })
                    error=Signal::derive(move || field_message(&notes(), LONG_TEXT, false, i18n.lang()))
                    rows=2
                />
            </details>
            <Show when=move || group_ids().is_empty()>
                <p class="editor__empty">{move || t().no_groups}</p>
            </Show>
            <ul class="editor-grade__groups">
                <For
                    each=group_ids
                    key=String::clone
                    children=move |group| view! { <GroupEditor ctx grade=id.get_value() group/> }
                />
            </ul>
            <div class="editor__add">
                <button type="button" class="button button--quiet" id=format!("{dom}-add-group") on:click=add_group>
                    "+ " {move || t().add_group}
                </button>
                {move || group_limit.get().map(|m| view! { <p class="field__error" role="alert">{m}</p> })}
            </div>
            <RemoveConfirm open=confirming id=format!("{dom}-confirm") what=Signal::derive(what) on_confirm=remove/>
        </li>
    }
}
