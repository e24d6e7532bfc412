//! Evidence on a skill item (docs/rules.md#evidence): what is shown under the item, and its
//! editor. The editor is a modal dialog, one per grade: the skill list keeps its layout while
//! editing, and the native dialog traps focus, closes on Escape and hands focus back to the
//! item's button.

use leptos::ev::SubmitEvent;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::dialog::Dialog;
use crate::components::inline_text::InlineText;
use crate::components::text_field::FieldError;
use crate::i18n::{Localize, use_i18n};
use crate::lang::Lang;
use crate::state::evidence::{
    Evidence, EvidenceBook, EvidenceDraft, EvidenceError, LINKS_MAX, NOTE_MAX,
};

/// The editor's state, shared by a grade's items (which open it) and its dialog.
#[derive(Clone, Copy)]
pub struct EvidenceEdit {
    /// The item being edited: its key and its text.
    item: RwSignal<Option<(String, String)>>,
    draft: RwSignal<EvidenceDraft>,
    errors: RwSignal<Vec<EvidenceError>>,
}

impl Default for EvidenceEdit {
    fn default() -> Self {
        Self {
            item: RwSignal::new(None),
            draft: RwSignal::new(EvidenceDraft::default()),
            errors: RwSignal::new(Vec::new()),
        }
    }
}

impl EvidenceEdit {
    /// Opens the editor on an item, with its stored evidence and always a link field to type in.
    pub fn open(&self, key: String, text: String, book: RwSignal<EvidenceBook>) {
        let mut draft = book
            .with_untracked(|b| b.get(&key).map(EvidenceDraft::from))
            .unwrap_or_default();
        if draft.links.is_empty() {
            draft.links.push(String::new());
        }
        self.draft.set(draft);
        self.errors.set(Vec::new());
        self.item.set(Some((key, text)));
    }

    fn close(&self) {
        self.item.set(None);
    }

    /// The message of the first error `pick` accepts, in the current language.
    fn message(&self, lang: Lang, pick: impl Fn(&EvidenceError) -> bool) -> Option<String> {
        self.errors
            .with(|errors| errors.iter().find(|e| pick(e)).map(|e| e.localize(lang)))
    }
}

/// The button opening the editor on an item. Its name, "Evidence: <item>", comes from its
/// content rather than a label, so the item's text still names only the item's checkbox; the
/// code marks are left out.
#[component]
pub fn EvidenceButton(
    /// The item's self-assessment key.
    key: String,
    text: String,
    edit: EvidenceEdit,
    book: RwSignal<EvidenceBook>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.evidence();
    let plain = text.replace('`', "");
    let open = move |_| edit.open(key.clone(), text.clone(), book);
    view! {
        <button
            type="button"
            class="skill__evidence"
            data-testid="evidence-open"
            aria-haspopup="dialog"
            on:click=open
        >
            <span aria-hidden="true">{move || t().open}</span>
            <span class="visually-hidden">{move || t().open} ": " {plain}</span>
        </button>
    }
}

/// An item's evidence, under the item, while it has some: always text, links as plain links
/// opening apart from the app.
#[component]
pub fn EvidenceShown(key: String, book: RwSignal<EvidenceBook>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.evidence();
    let evidence =
        Memo::new(move |_| book.with(|b| b.get(&key).filter(|e| !e.is_empty()).cloned()));
    move || {
        evidence.get().map(|evidence: Evidence| {
            let date = evidence.date().map(|date| {
                let date = date.as_str().to_owned();
                let datetime = date.clone();
                view! {
                    <time class="evidence__date" datetime=datetime>
                        {move || (t().dated)(&date)}
                    </time>
                }
            });
            let note = (!evidence.note().trim().is_empty())
                .then(|| view! { <p class="evidence__note">{evidence.note().to_owned()}</p> });
            let links = (!evidence.links().is_empty()).then(|| {
                let items = evidence
                    .links()
                    .iter()
                    .map(|link| {
                        view! {
                            <li>
                                <a
                                    href=link.as_str().to_owned()
                                    rel="noopener noreferrer"
                                    target="_blank"
                                >
                                    {link.as_str().to_owned()}
                                </a>
                            </li>
                        }
                    })
                    .collect_view();
                view! { <ul class="evidence__links">{items}</ul> }
            });
            view! {
                <div class="evidence" data-testid="evidence">
                    <p class="evidence__head">
                        <span class="badge evidence__badge">{move || t().has_evidence}</span>
                        {date}
                    </p>
                    {note}
                    {links}
                </div>
            }
        })
    }
}

/// The dialog editing one item's evidence at a time.
#[component]
pub fn EvidenceEditor(
    /// Unique on the page; prefixes the ids inside.
    id: String,
    edit: EvidenceEdit,
    book: RwSignal<EvidenceBook>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.evidence();
    let title_id = format!("{id}-title");
    let item_id = format!("{id}-item");
    let form = NodeRef::<html::Form>::new();

    let save = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Some((key, _)) = edit.item.get_untracked() else {
            return;
        };
        let mut next = book.get_untracked();
        let saved = edit.draft.with_untracked(|draft| next.set(&key, draft));
        match saved {
            Ok(()) => {
                book.set(next);
                edit.close();
            }
            Err(errors) => {
                edit.errors.set(errors);
                // Once the messages are in the page, take the user to the first one's field.
                leptos::task::spawn_local(async move {
                    leptos::task::tick().await;
                    let field = form
                        .get_untracked()
                        .and_then(|f| f.query_selector("[aria-invalid='true']").ok().flatten())
                        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
                    if let Some(field) = field {
                        let _ = field.focus();
                    }
                });
            }
        }
    };
    let remove = move |_| {
        if let Some((key, _)) = edit.item.get_untracked() {
            book.update(|b| {
                b.remove(&key);
            });
        }
        edit.close();
    };
    let stored = move || {
        edit.item
            .with(|item| item.as_ref().map(|(key, _)| key.clone()))
            .is_some_and(|key| book.with(|b| b.get(&key).is_some()))
    };

    let content = {
        let (id, title_id, item_id) = (id.clone(), title_id.clone(), item_id.clone());
        move || {
            let item = edit
                .item
                .with(|item| item.as_ref().map(|(_, text)| text.clone()))
                .unwrap_or_default();
            view! {
                <form class="dialog__body evidence-editor" node_ref=form novalidate on:submit=save>
                    <h2 id=title_id.clone() class="dialog__title">{move || t().title}</h2>
                    <p id=item_id.clone() class="evidence-editor__item">
                        <InlineText text=item/>
                    </p>
                    <NoteField id=format!("{id}-note") edit/>
                    <LinkFields id=format!("{id}-link") edit/>
                    <DateField id=format!("{id}-date") edit/>
                    <div class="dialog__actions">
                        <button type="submit" class="button" data-testid="evidence-save">
                            {move || t().save}
                        </button>
                        <button
                            type="button"
                            class="button button--quiet"
                            on:click=move |_| edit.close()
                        >
                            {move || t().cancel}
                        </button>
                        <Show when=stored>
                            <button
                                type="button"
                                class="button button--quiet evidence-editor__remove"
                                data-testid="evidence-remove"
                                on:click=remove
                            >
                                {move || t().remove}
                            </button>
                        </Show>
                    </div>
                </form>
            }
        }
    };

    view! {
        <Dialog
            open=Signal::derive(move || edit.item.with(Option::is_some))
            on_close=move |()| edit.close()
            labelled_by=title_id
            described_by=item_id
            class="dialog--wide"
            id=id
        >
            {content.clone()}
        </Dialog>
    }
}

/// Ids of a field's hint and message, those present.
fn described_by(ids: &[Option<&str>]) -> Option<String> {
    let ids: Vec<&str> = ids.iter().flatten().copied().collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

#[component]
fn NoteField(id: String, edit: EvidenceEdit) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.evidence();
    let error = Signal::derive(move || {
        edit.message(i18n.lang(), |e| {
            matches!(e, EvidenceError::NoteTooLong { .. })
        })
    });
    let chars = Memo::new(move |_| edit.draft.with(|d| d.note.chars().count()));
    let (count_id, error_id) = (format!("{id}-count"), format!("{id}-error"));
    let described = {
        let (count_id, error_id) = (count_id.clone(), error_id.clone());
        move || {
            let invalid = error.with(Option::is_some);
            described_by(&[Some(&count_id), invalid.then_some(error_id.as_str())])
        }
    };
    view! {
        <div class="field" class:field--invalid=move || error.with(Option::is_some)>
            <label class="field__label" for=id.clone()>{move || t().note}</label>
            <textarea
                id=id
                class="field__input evidence-editor__note"
                data-testid="evidence-note"
                rows="5"
                autofocus
                prop:value=move || edit.draft.with(|d| d.note.clone())
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=described
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    edit.draft.update(|d| d.note = text);
                }
            ></textarea>
            <p
                class="field__hint"
                class=("evidence-editor__over", move || chars.get() > NOTE_MAX)
                id=count_id
            >
                {move || (t().note_counter)(chars.get())}
            </p>
            <FieldError id=error_id error/>
        </div>
    }
}

#[component]
fn LinkFields(id: String, edit: EvidenceEdit) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.evidence();
    // Rows are redrawn only when their number changes, so typing keeps focus.
    let rows = Memo::new(move |_| edit.draft.with(|d| d.links.len()));
    let add_button = NodeRef::<html::Button>::new();
    let hint_id = format!("{id}s-hint");
    let error_id = format!("{id}s-error");
    let error = Signal::derive(move || {
        edit.message(i18n.lang(), |e| {
            matches!(e, EvidenceError::TooManyLinks { .. })
        })
    });
    let remove = move |index: usize| {
        edit.draft.update(|d| {
            if index < d.links.len() {
                d.links.remove(index);
            }
            if d.links.is_empty() {
                d.links.push(String::new());
            }
        });
        // Messages name fields by position, which has just changed.
        edit.errors
            .update(|errors| errors.retain(|e| !matches!(e, EvidenceError::BadLink { .. })));
        if let Some(button) = add_button.get_untracked() {
            let _ = button.focus();
        }
    };
    let fields = {
        let id = id.clone();
        move || {
            let count = rows.get();
            (0..count)
                .map(|index| {
                    let field_id = format!("{id}-{index}");
                    let error_id = format!("{field_id}-error");
                    let error = Signal::derive(move || {
                        edit.message(i18n.lang(), |e| matches!(e, EvidenceError::BadLink { index: i, .. } if *i == index))
                    });
                    let invalid = move || error.with(Option::is_some);
                    let described = {
                        let error_id = error_id.clone();
                        move || invalid().then(|| error_id.clone())
                    };
                    view! {
                        <div class="field evidence-link" class:field--invalid=invalid>
                            <label class="field__label" for=field_id.clone()>
                                {move || (t().link)(index + 1)}
                            </label>
                            <div class="evidence-link__row">
                                <input
                                    id=field_id
                                    class="field__input"
                                    type="text"
                                    inputmode="url"
                                    autocomplete="off"
                                    spellcheck="false"
                                    data-testid="evidence-link"
                                    prop:value=move || {
                                        edit.draft.with(|d| d.links.get(index).cloned().unwrap_or_default())
                                    }
                                    aria-invalid=move || invalid().then_some("true")
                                    aria-describedby=described
                                    on:input=move |ev| {
                                        let text = event_target_value(&ev);
                                        edit.draft
                                            .update(|d| {
                                                if let Some(link) = d.links.get_mut(index) {
                                                    *link = text;
                                                }
                                            });
                                    }
                                />
                                <Show when=move || { count > 1 }>
                                    <button
                                        type="button"
                                        class="button button--quiet"
                                        aria-label=move || (t().link_remove)(index + 1)
                                        on:click=move |_| remove(index)
                                    >
                                        {move || t().link_remove_text}
                                    </button>
                                </Show>
                            </div>
                            <FieldError id=error_id error/>
                        </div>
                    }
                })
                .collect_view()
        }
    };
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let invalid = error.with(Option::is_some);
            described_by(&[Some(&hint_id), invalid.then_some(error_id.as_str())])
        }
    };
    view! {
        <fieldset class="evidence-editor__links" aria-describedby=described>
            <legend class="field__label">{move || t().links}</legend>
            <p class="field__hint" id=hint_id>{move || t().links_hint}</p>
            {fields}
            <FieldError id=error_id error/>
            <Show when=move || { rows.get() < LINKS_MAX }>
                <button
                    type="button"
                    class="button button--quiet evidence-editor__add"
                    node_ref=add_button
                    on:click=move |_| edit.draft.update(|d| d.links.push(String::new()))
                >
                    {move || t().link_add}
                </button>
            </Show>
        </fieldset>
    }
}

#[component]
fn DateField(id: String, edit: EvidenceEdit) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.evidence();
    let error = Signal::derive(move || {
        edit.message(i18n.lang(), |e| matches!(e, EvidenceError::BadDate { .. }))
    });
    let error_id = format!("{id}-error");
    let described = {
        let error_id = error_id.clone();
        move || error.with(Option::is_some).then(|| error_id.clone())
    };
    view! {
        <div class="field evidence-editor__date" class:field--invalid=move || error.with(Option::is_some)>
            <label class="field__label" for=id.clone()>{move || t().date}</label>
            <input
                id=id
                class="field__input"
                type="date"
                prop:value=move || edit.draft.with(|d| d.date.clone())
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=described
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    edit.draft.update(|d| d.date = text);
                }
            />
            <FieldError id=error_id error/>
        </div>
    }
}
