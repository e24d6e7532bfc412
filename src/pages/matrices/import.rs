//! Import of matrices from a file or pasted text: read, preview, confirm
//! (docs/rules.md#own-matrices, docs/formats.md#your-own-matrices). Nothing is stored before
//! the confirmation; a file over 1 MiB is refused before it is read; a bad input gets one
//! message next to the control it came from, and pasted text is never cleared by an error.

mod preview;
pub(crate) mod read;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

use crate::browser::focus_later;
use crate::catalog::format::{self, Format, FormatError, FormatWarning, Parsed};
use crate::catalog::{Catalog, Profession};
use crate::components::text_field::sentence;
use crate::i18n::{Localize, use_i18n};
use crate::state::matrices::{ImportAction, ImportEntry, LimitReached, OwnMatrices};
use crate::state::use_persisted;

use preview::{Preview, Stored, StoredList};

const FILE_ID: &str = "matrix-import-file";
const FILE_ERROR_ID: &str = "matrix-import-file-error";
const FILE_HINT_ID: &str = "matrix-import-file-hint";
const TEXT_ID: &str = "matrix-import-text";
const TEXT_ERROR_ID: &str = "matrix-import-text-error";
const TEXT_HINT_ID: &str = "matrix-import-text-hint";
const PREVIEW_ID: &str = "matrix-import-preview";
const STATUS_ID: &str = "matrix-import-status";

/// Where an input came from; its message is shown next to that control.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Source {
    File(String),
    Text,
}

/// Why an input was not read.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Problem {
    Format(FormatError),
    /// The browser would not give the file's bytes.
    ReadFailed,
}

/// What was read, waiting for the confirmation.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Pending {
    source: Source,
    format: Format,
    professions: Vec<Profession>,
    warnings: Vec<FormatWarning>,
}

/// Why the confirmation is not offered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Blocked {
    Limit(LimitReached),
    /// The built-in matrices did not load: their ids cannot be kept apart.
    Catalog,
}

/// What confirming would do, worked out again whenever the stored matrices change (another
/// tab, the editor), so the preview never describes a stale state.
type Plan = Result<Vec<ImportEntry>, Blocked>;

fn plan(own: &OwnMatrices, professions: &[Profession]) -> Plan {
    let builtin = Catalog::load().map_err(|_| Blocked::Catalog)?;
    own.plan_import(professions.to_vec(), builtin)
        .map_err(Blocked::Limit)
}

/// The import panel of the matrices page.
#[component]
pub fn ImportPanel() -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.matrix_import();
    let own = use_persisted::<OwnMatrices>();

    let text = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<(Source, Problem)>);
    let pending = RwSignal::new(None::<Pending>);
    let stored = RwSignal::new(None::<Vec<Stored>>);
    let dragging = RwSignal::new(false);
    // A read that finishes after a newer one started is dropped.
    let generation = StoredValue::new(0_u32);

    let plan = Memo::new(move |_| {
        pending.with(|pending| {
            pending
                .as_ref()
                .map(|pending| own.with(|own| plan(own, &pending.professions)))
        })
    });

    let start = move || {
        problem.set(None);
        pending.set(None);
        stored.set(None);
        generation.update_value(|n| *n = n.wrapping_add(1));
        generation.get_value()
    };
    // Called later by a file read too, possibly after the panel is gone: `try_` throughout.
    let finish = move |source: Source, result: Result<Parsed, Problem>| match result {
        Ok(parsed) => {
            let _ = pending.try_set(Some(Pending {
                source,
                format: parsed.format,
                professions: parsed.professions,
                warnings: parsed.warnings,
            }));
            focus_later(PREVIEW_ID.to_owned());
        }
        Err(error) => {
            let id = match source {
                Source::File(_) => FILE_ERROR_ID,
                Source::Text => TEXT_ERROR_ID,
            };
            let _ = problem.try_set(Some((source, error)));
            focus_later(id.to_owned());
        }
    };

    let read_file = move |file: web_sys::File| {
        let ticket = start();
        let source = Source::File(file.name());
        if let Err(error) = format::check_size(read::size_of(&file)) {
            finish(source, Err(Problem::Format(error)));
            return;
        }
        let in_callback = source.clone();
        let started = read::read_bytes(&file, move |bytes| {
            if generation.try_get_value() != Some(ticket) {
                return;
            }
            let result = match bytes {
                Some(bytes) => format::parse(&bytes).map_err(Problem::Format),
                None => Err(Problem::ReadFailed),
            };
            finish(in_callback, result);
        });
        if !started {
            finish(source, Err(Problem::ReadFailed));
        }
    };

    let read_text = move || {
        start();
        let result = text.with_untracked(|text| format::parse_text(text));
        finish(Source::Text, result.map_err(Problem::Format));
    };

    let on_file_change = move |ev: leptos::ev::Event| {
        let input: HtmlInputElement = event_target(&ev);
        let file = input.files().and_then(|files| files.get(0));
        // Choosing the same file again must fire `change` again.
        input.set_value("");
        if let Some(file) = file {
            read_file(file);
        }
    };

    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = read::dropped_file(&ev) {
            read_file(file);
        }
    };
    let on_drag_over = move |ev: leptos::ev::DragEvent| {
        if read::drags_files(&ev) {
            ev.prevent_default();
            read::set_drop_effect(&ev, "copy");
            dragging.set(true);
        }
    };
    guard_page_from_stray_drops();

    let confirm = move |()| {
        let Some(Ok(entries)) = plan.get_untracked() else {
            return;
        };
        let from_text =
            pending.with_untracked(|p| p.as_ref().is_some_and(|p| p.source == Source::Text));
        let list: Vec<Stored> = entries.iter().map(Stored::from).collect();
        own.update(|own| {
            own.apply(entries);
        });
        pending.set(None);
        if from_text {
            // Stored now: clearing the field keeps it from being imported twice.
            text.set(String::new());
        }
        stored.set(Some(list));
        focus_later(STATUS_ID.to_owned());
    };
    let cancel = move |()| {
        let back_to = match pending.with_untracked(|p| p.as_ref().map(|p| p.source.clone())) {
            Some(Source::Text) => TEXT_ID,
            _ => FILE_ID,
        };
        pending.set(None);
        focus_later(back_to.to_owned());
    };

    let message_for = move |wanted: fn(&Source) -> bool| {
        move || {
            problem.with(|problem| {
                let (source, problem) = problem.as_ref().filter(|(s, _)| wanted(s))?;
                let lang = i18n.lang();
                let message = match problem {
                    Problem::Format(error) => as_sentence(&error.localize(lang)),
                    Problem::ReadFailed => t().read_failed.to_owned(),
                };
                Some(match source {
                    Source::File(name) => format!("{name}: {message}"),
                    Source::Text => message,
                })
            })
        }
    };
    let file_message = message_for(|s| matches!(s, Source::File(_)));
    let text_message = message_for(|s| *s == Source::Text);
    let file_invalid = move || file_message().is_some();
    let text_invalid = move || text_message().is_some();
    let described_by = |hint: &'static str, error: &'static str, invalid: bool| {
        if invalid {
            format!("{hint} {error}")
        } else {
            hint.to_owned()
        }
    };

    view! {
        <section class="panel matrix-import" aria-labelledby="matrix-import-title">
            <h2 id="matrix-import-title">{move || t().title}</h2>
            <p class="panel__hint">{move || t().intro}</p>
            <div class="matrix-import__inputs">
                <div
                    class="file-field matrix-import__drop"
                    class:matrix-import__drop--active=move || dragging.get()
                    class:matrix-import__drop--invalid=file_invalid
                    on:dragenter=on_drag_over
                    on:dragover=on_drag_over
                    on:dragleave=move |_| dragging.set(false)
                    on:drop=on_drop
                >
                    <label class="field__label" for=FILE_ID>{move || t().file_label}</label>
                    <input
                        id=FILE_ID
                        class="matrix-import__file"
                        type="file"
                        accept=".json,.csv,.md,.txt,application/json,text/csv,text/markdown,text/plain"
                        data-testid="matrix-import-file"
                        aria-invalid=move || file_invalid().then_some("true")
                        aria-describedby=move || described_by(FILE_HINT_ID, FILE_ERROR_ID, file_invalid())
                        on:change=on_file_change
                    />
                    <p class="field__hint" id=FILE_HINT_ID>{move || t().file_hint}</p>
                    {move || file_message().map(|message| error_view(FILE_ERROR_ID, message))}
                </div>
                <div class="field matrix-import__paste" class:field--invalid=text_invalid>
                    <label class="field__label" for=TEXT_ID>{move || t().text_label}</label>
                    <textarea
                        id=TEXT_ID
                        class="field__input matrix-import__text"
                        rows="8"
                        spellcheck="false"
                        autocomplete="off"
                        data-testid="matrix-import-text"
                        aria-invalid=move || text_invalid().then_some("true")
                        aria-describedby=move || described_by(TEXT_HINT_ID, TEXT_ERROR_ID, text_invalid())
                        prop:value=move || text.get()
                        on:input=move |ev| text.set(event_target_value(&ev))
                        on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                            if ev.key() == "Enter" && (ev.ctrl_key() || ev.meta_key()) {
                                ev.prevent_default();
                                read_text();
                            }
                        }
                    ></textarea>
                    <p class="field__hint" id=TEXT_HINT_ID>{move || t().text_hint}</p>
                    {move || text_message().map(|message| error_view(TEXT_ERROR_ID, message))}
                    <div class="matrix-import__actions">
                        <button
                            type="button"
                            class="button"
                            data-testid="matrix-import-read"
                            on:click=move |_| read_text()
                        >
                            {move || t().read}
                        </button>
                    </div>
                </div>
            </div>
            {move || {
                pending
                    .get()
                    .map(|pending| {
                        view! {
                            <Preview
                                id=PREVIEW_ID
                                pending=pending
                                plan=Signal::derive(move || plan.get())
                                on_confirm=confirm
                                on_cancel=cancel
                            />
                        }
                    })
            }}
            <div
                id=STATUS_ID
                class="matrix-import__status"
                role="status"
                tabindex="-1"
                data-testid="matrix-import-status"
            >
                {move || stored.get().map(|list| view! { <StoredList list=list/> })}
            </div>
        </section>
    }
}

/// A message of the formats as a sentence: capitalised, unless it opens with a JSON path
/// (`grades[0].title: …`, `name: …`), which is kept exactly as it is in the file.
fn as_sentence(message: &str) -> String {
    let first = message.split(' ').next().unwrap_or_default();
    if first.ends_with(':') || first.contains(['[', '.']) {
        message.to_owned()
    } else {
        sentence(message)
    }
}

/// The one message of a bad input, next to its control; focused when it appears.
fn error_view(id: &'static str, message: String) -> impl IntoView {
    view! {
        <p
            id=id
            class="field__error matrix-import__error"
            role="alert"
            tabindex="-1"
            data-testid="matrix-import-error"
        >
            <span class="field__error-mark" aria-hidden="true">"⚠ "</span>
            {message}
        </p>
    }
}

/// A file dropped beside the drop zone would make the browser open it in place of the app,
/// losing whatever was pasted: while the panel is shown, such a drop is refused.
fn guard_page_from_stray_drops() {
    let outside_zone = |ev: &leptos::ev::DragEvent| {
        read::drags_files(ev)
            && ev
                .target()
                .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
                .and_then(|element| element.closest(".matrix-import__drop").ok().flatten())
                .is_none()
    };
    let over = window_event_listener(leptos::ev::dragover, move |ev| {
        if outside_zone(&ev) {
            ev.prevent_default();
            read::set_drop_effect(&ev, "none");
        }
    });
    let drop = window_event_listener(leptos::ev::drop, move |ev| {
        if outside_zone(&ev) {
            ev.prevent_default();
        }
    });
    on_cleanup(move || {
        over.remove();
        drop.remove();
    });
}

impl From<&ImportEntry> for Stored {
    fn from(entry: &ImportEntry) -> Self {
        Stored {
            name: entry.profession.name.clone(),
            id: entry.profession.id.clone(),
            replaced: entry.action == ImportAction::Replace,
        }
    }
}
