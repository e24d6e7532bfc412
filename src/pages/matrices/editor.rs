//! The editor of one profession of the user's own: name, summary, stack, then its grades,
//! their groups and their items, each added, edited, removed and reordered — by buttons (so
//! by keyboard) and, for items, by dragging. Every change is saved as typed; a field that is
//! not acceptable shows its message and keeps the text.

mod fields;

use leptos::prelude::*;

use crate::browser;
use crate::catalog::format::{MAX_ITEM_CHARS, MAX_NAME_CHARS};
use crate::catalog::{Grade, Item, Profession, SkillGroup};
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::text_field::TextField;
use crate::i18n::use_i18n;
use crate::routes::Page;
use crate::state::matrices::{self, OwnMatrices, Place};
use crate::state::self_assessment::SelfAssessment;
use crate::state::use_persisted;

use super::{LONG_TEXT, field_message, limit_message};
use fields::TextArea;

/// What every part of the editor shares: the profession being edited, the ticks (removing an
/// item removes its tick), and a line read out after a move.
#[derive(Clone, Copy)]
struct Ctx {
    draft: RwSignal<Profession>,
    ticks: RwSignal<SelfAssessment>,
    announce: RwSignal<String>,
}

impl Ctx {
    fn grade<R>(&self, grade: &str, read: impl FnOnce(&Grade) -> R) -> Option<R> {
        self.draft.with(|p| p.grade(grade).map(read))
    }

    fn group<R>(&self, grade: &str, group: &str, read: impl FnOnce(&SkillGroup) -> R) -> Option<R> {
        self.draft.with(|p| {
            p.grade(grade)
                .and_then(|g| g.groups.iter().find(|s| s.id == group))
                .map(read)
        })
    }

    fn edit_grade(&self, grade: &str, change: impl FnOnce(&mut Grade)) {
        self.draft.update(|p| {
            if let Some(g) = p.grades.iter_mut().find(|g| g.id == grade) {
                change(g);
            }
        });
    }

    fn edit_group(&self, grade: &str, group: &str, change: impl FnOnce(&mut SkillGroup)) {
        self.edit_grade(grade, |g| {
            if let Some(s) = g.groups.iter_mut().find(|s| s.id == group) {
                change(s);
            }
        });
    }

    fn edit_item(&self, grade: &str, group: &str, item: &str, change: impl FnOnce(&mut Item)) {
        self.edit_group(grade, group, |s| {
            if let Some(i) = s.items.iter_mut().find(|i| i.id == item) {
                change(i);
            }
        });
    }

    /// Where a group or item is now, by position.
    fn place(&self, grade: &str, group: &str, item: &str) -> Option<Place> {
        self.draft.with(|p| {
            let grade_at = p.grade_position(grade)?;
            let g = p.grades.get(grade_at)?;
            let group_at = g.groups.iter().position(|s| s.id == group)?;
            let item_at = g
                .groups
                .get(group_at)
                .and_then(|s| s.items.iter().position(|i| i.id == item))
                .unwrap_or(0);
            Some(Place {
                grade: grade_at,
                group: group_at,
                item: item_at,
            })
        })
    }

    fn untick(&self, keys: Vec<String>) {
        if !keys.is_empty() {
            self.ticks.update(|a| {
                a.untick_all(keys);
            });
        }
    }
}

/// DOM ids of the editor's parts. Grade, group and item ids hold no spaces.
fn grade_dom(grade: &str) -> String {
    format!("ed-{grade}")
}

fn group_dom(grade: &str, group: &str) -> String {
    format!("ed-{grade}--{group}")
}

fn item_dom(grade: &str, group: &str, item: &str) -> String {
    format!("ed-{grade}--{group}--{item}")
}

/// After a move, focus stays on the button that moved the part, or on its twin when that
/// one is now disabled at the end of the list.
fn focus_after_move(dom: &str, up: bool, at: usize, len: usize) {
    let stays = if up { at > 0 } else { at + 1 < len };
    let button = match (up, stays) {
        (true, true) | (false, false) => "up",
        (false, true) | (true, false) => "down",
    };
    browser::focus_later(format!("{dom}-{button}"));
}

#[component]
pub fn Editor(id: String) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t().matrices;
    let own = use_persisted::<OwnMatrices>();
    let ticks = use_persisted::<SelfAssessment>();
    let back = view! {
        <p class="editor__back">
            <a href=Page::Matrices.href() data-testid="matrix-back">"← " {move || t().back}</a>
        </p>
    };
    let Some(start) = own.with_untracked(|m| m.get(&id).cloned()) else {
        return view! {
            {back}
            <p class="catalog-error" role="alert">{move || t().editor_missing}</p>
        }
        .into_any();
    };
    let draft = RwSignal::new(start);
    // Every change of the draft is stored at once, so a reload loses nothing typed.
    Effect::new(move |first_done: Option<()>| {
        let profession = draft.get();
        if first_done.is_some() {
            own.update(|m| {
                if let Some(slot) = m.get_mut(&profession.id) {
                    *slot = profession;
                }
            });
        }
    });
    let ctx = Ctx {
        draft,
        ticks,
        announce: RwSignal::new(String::new()),
    };
    let name = move || draft.with(|p| p.name.clone());
    let summary = move || draft.with(|p| p.summary.clone().unwrap_or_default());
    // The stack as typed: a trailing comma must survive until the next word.
    let stack_text = RwSignal::new(draft.with_untracked(|p| p.stack.join(", ")));
    let grade_limit = RwSignal::new(None::<String>);
    let add_grade = move |_| {
        let title = t().new_grade;
        match draft.try_update(|p| matrices::add_grade(p, title)) {
            Some(Ok(grade)) => {
                grade_limit.set(None);
                browser::focus_later(format!("{}-title", grade_dom(&grade)));
            }
            Some(Err(limit)) => grade_limit.set(Some(limit_message(limit, i18n.lang()).to_owned())),
            None => {}
        }
    };
    let grade_ids =
        move || draft.with(|p| p.grades.iter().map(|g| g.id.clone()).collect::<Vec<_>>());

    view! {
        {back}
        <section class="editor" aria-labelledby="editor-title" data-testid="matrix-editor">
            <h2 id="editor-title">{move || (t().editor_title)(&name())}</h2>
            <p class="panel__hint">{move || t().editor_hint}</p>
            <p class="visually-hidden" role="status" aria-live="polite">{move || ctx.announce.get()}</p>
            <div class="panel editor__about">
                <TextField
                    id="ed-name"
                    label=Signal::derive(move || t().name_label.to_owned())
                    value=Signal::derive(name)
                    on_input=Callback::new(move |text: String| draft.update(|p| p.name = text))
                    error=Signal::derive(move || field_message(&name(), MAX_NAME_CHARS, true, i18n.lang()))
                />
                <TextArea
                    id="ed-summary"
                    label=Signal::derive(move || t().summary_label.to_owned())
                    value=Signal::derive(summary)
                    on_input=Callback::new(move |text: String| {
                        draft.update(|p| p.summary = Some(text).filter(|s| !s.is_empty()));
                    })
                    error=Signal::derive(move || field_message(&summary(), LONG_TEXT, false, i18n.lang()))
                    rows=2
                />
                <TextField
                    id="ed-stack"
                    label=Signal::derive(move || t().stack_label.to_owned())
                    value=stack_text
                    hint=Signal::derive(move || Some(t().stack_hint.to_owned()))
                    on_input=Callback::new(move |text: String| {
                        draft.update(|p| {
                            p.stack = text
                                .split(',')
                                .map(str::trim)
                                .filter(|s| !s.is_empty())
                                .map(str::to_owned)
                                .collect();
                        });
                        stack_text.set(text);
                    })
                />
            </div>
            <h3 class="editor__grades-title">{move || t().grades_title}</h3>
            <Show when=move || draft.with(|p| p.grades.is_empty())>
                <p class="editor__empty">{move || t().no_grades}</p>
            </Show>
            <ol class="editor__grades">
                <For each=grade_ids key=String::clone children=move |grade| view! { <GradeEditor ctx grade/> }/>
            </ol>
            <div class="editor__add">
                <button type="button" class="button" data-testid="editor-add-grade" on:click=add_grade>
                    "+ " {move || t().add_grade}
                </button>
                {move || grade_limit.get().map(|m| view! { <p class="field__error" role="alert">{m}</p> })}
            </div>
        </section>
    }
    .into_any()
}

/// Up, down and remove for one part of the editor.
#[component]
fn Moves(
    /// The part's DOM id; the buttons get `{dom}-up`, `{dom}-down`, `{dom}-remove`.
    dom: String,
    /// What the part is called in the buttons' labels.
    #[prop(into)]
    what: Signal<String>,
    #[prop(into)] first: Signal<bool>,
    #[prop(into)] last: Signal<bool>,
    on_move: Callback<bool>,
    on_remove: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t().matrices;
    view! {
        <div class="moves">
            <button
                type="button"
                class="button button--quiet button--icon"
                id=format!("{dom}-up")
                aria-label=move || (t().move_up)(&what.get())
                title=move || (t().move_up)(&what.get())
                disabled=first
                on:click=move |_| on_move.run(true)
            >
                "↑"
            </button>
            <button
                type="button"
                class="button button--quiet button--icon"
                id=format!("{dom}-down")
                aria-label=move || (t().move_down)(&what.get())
                title=move || (t().move_down)(&what.get())
                disabled=last
                on:click=move |_| on_move.run(false)
            >
                "↓"
            </button>
            <button
                type="button"
                class="button button--quiet button--icon button--danger-quiet"
                id=format!("{dom}-remove")
                aria-label=move || (t().remove)(&what.get())
                title=move || (t().remove)(&what.get())
                on:click=move |_| on_remove.run(())
            >
                "✕"
            </button>
        </div>
    }
}

#[component]
fn GradeEditor(ctx: Ctx, grade: String) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t().matrices;
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
    let what = move || {
        let title = title();
        (t().grade_named)(if title.trim().is_empty() {
            t().untitled
        } else {
            title.trim()
        })
    };
    let confirming = RwSignal::new(false);
    let group_limit = RwSignal::new(None::<String>);
    let dom_for_move = dom.clone();
    let on_move = Callback::new(move |up: bool| {
        let (at, len) = position();
        let to = if up {
            at.checked_sub(1)
        } else {
            Some(at + 1).filter(|to| *to < len)
        };
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
                    first=Signal::derive(move || position().0 == 0)
                    last=Signal::derive(move || { let (at, len) = position(); at + 1 >= len })
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
            <ConfirmDialog
                open=confirming
                id="editor-remove-grade"
                title=Signal::derive(move || (t().remove)(&what()))
                confirm_label=Signal::derive(move || t().delete_confirm.to_owned())
                cancel_label=Signal::derive(move || t().cancel.to_owned())
                danger=true
                on_confirm=remove
            >
                <p>{move || t().delete_text}</p>
            </ConfirmDialog>
        </li>
    }
}

#[component]
fn GroupEditor(ctx: Ctx, grade: String, group: String) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t().matrices;
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
    let what = move || {
        let title = title();
        (t().group_named)(if title.trim().is_empty() {
            t().untitled
        } else {
            title.trim()
        })
    };
    let confirming = RwSignal::new(false);
    let item_limit = RwSignal::new(None::<String>);
    // The item being dragged, by id.
    let dragging = RwSignal::new(None::<String>);
    let dom_for_move = dom.clone();
    let on_move = Callback::new(move |up: bool| {
        let (at, len) = position();
        let to = if up {
            at.checked_sub(1)
        } else {
            Some(at + 1).filter(|to| *to < len)
        };
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
                    first=Signal::derive(move || position().0 == 0)
                    last=Signal::derive(move || { let (at, len) = position(); at + 1 >= len })
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
            <ConfirmDialog
                open=confirming
                id="editor-remove-group"
                title=Signal::derive(move || (t().remove)(&what()))
                confirm_label=Signal::derive(move || t().delete_confirm.to_owned())
                cancel_label=Signal::derive(move || t().cancel.to_owned())
                danger=true
                on_confirm=remove
            >
                <p>{move || t().delete_text}</p>
            </ConfirmDialog>
        </li>
    }
}

#[component]
fn ItemEditor(
    ctx: Ctx,
    grade: String,
    group: String,
    item: String,
    dragging: RwSignal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t().matrices;
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
        let to = if up {
            at.checked_sub(1)
        } else {
            Some(at + 1).filter(|to| *to < len)
        };
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
                first=Signal::derive(move || position().0 == 0)
                last=Signal::derive(move || { let (at, len) = position(); at + 1 >= len })
                on_move
                on_remove
            />
        </li>
    }
}
