//! The editor of one profession of the user's own: name, summary, stack, then its grades,
//! their groups and their items, each added, edited, removed and reordered — by buttons (so
//! by keyboard) and, for items, by dragging. Every change is saved as typed; a field that is
//! not acceptable shows its message and keeps the text.

mod fields;
mod grade;
mod group;
mod item;
mod moves;

use leptos::prelude::*;

use crate::browser;
use crate::catalog::format::MAX_NAME_CHARS;
use crate::catalog::{Grade, Item, Profession, SkillGroup};
use crate::components::text_field::TextField;
use crate::i18n::use_i18n;
use crate::routes::Page;
use crate::state::matrices::{self, OwnMatrices, Place};
use crate::state::self_assessment::SelfAssessment;
use crate::state::use_persisted;

use super::{LONG_TEXT, field_message, limit_message};
use fields::TextArea;
use grade::GradeEditor;

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

/// A title as the buttons name its part: trimmed, or `untitled` while blank.
fn shown_title<'a>(title: &'a str, untitled: &'a str) -> &'a str {
    match title.trim() {
        "" => untitled,
        title => title,
    }
}

/// Where a part at `at` of `len` goes when moved up or down; `None` at either end.
fn move_target(up: bool, at: usize, len: usize) -> Option<usize> {
    if up {
        at.checked_sub(1)
    } else {
        Some(at.saturating_add(1)).filter(|to| *to < len)
    }
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
    let t = move || i18n.matrices();
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
