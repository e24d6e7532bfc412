//! The local data controls: export, import (validated, previewed, confirmed), reset,
//! backups of unreadable data, and what is stored.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::HtmlInputElement;

use crate::browser;
use crate::components::ConfirmDialog;
use crate::i18n::use_i18n;
use crate::state::persistence::{self, StorageKey};
use crate::state::transfer::{self, Change, Flash, ImportError, ImportFile};

/// Why an import did not happen, shown next to the file input.
#[derive(Clone, Debug, PartialEq)]
enum ImportProblem {
    Invalid(ImportError),
    ReadFailed,
    WriteFailed,
}

#[component]
pub fn DataControls(revision: RwSignal<u32>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.profile();

    view! {
        <section class="panel profile-data" aria-labelledby="profile-data-title">
            <h2 id="profile-data-title">{move || t().data_title}</h2>
            <p class="panel__hint">{move || t().data_intro}</p>
            <div class="data-actions">
                <Export/>
                <Import/>
                <Reset/>
            </div>
            <Backups revision=revision/>
            <Stored revision=revision/>
        </section>
    }
}

#[component]
fn Export() -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.profile();
    let done = RwSignal::new(None::<Result<String, ()>>);
    let export = move |_| {
        let name = transfer::export_file_name(&browser::today());
        let file = transfer::build_export(&transfer::stored_now(), &browser::now_iso());
        let ok = browser::download(&name, "application/json", &file);
        done.set(Some(if ok { Ok(name) } else { Err(()) }));
    };
    view! {
        <div class="data-action">
            <h3>{move || t().export_title}</h3>
            <p>{move || t().export_text}</p>
            <button type="button" class="button" on:click=export>
                {move || t().export_button}
            </button>
            <p class="data-action__status" role="status">
                {move || match done.get() {
                    Some(Ok(name)) => format!("{} {name}", t().export_done),
                    Some(Err(())) => t().export_failed.to_owned(),
                    None => String::new(),
                }}
            </p>
        </div>
    }
}

#[component]
fn Import() -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.profile();
    let problem = RwSignal::new(None::<ImportProblem>);
    let pending = RwSignal::new(None::<(ImportFile, Vec<Change>)>);
    let confirm_open = RwSignal::new(false);

    let on_text = move |text: Option<String>| {
        let Some(text) = text else {
            problem.set(Some(ImportProblem::ReadFailed));
            return;
        };
        match transfer::parse_import(&text) {
            Ok(file) => {
                let changes = transfer::preview(&file, &transfer::stored_now());
                pending.set(Some((file, changes)));
                confirm_open.set(true);
            }
            Err(error) => problem.set(Some(ImportProblem::Invalid(error))),
        }
    };

    let on_change = move |ev: leptos::ev::Event| {
        let input: HtmlInputElement = event_target(&ev);
        let file = input.files().and_then(|files| files.get(0));
        // Choosing the same file again must fire `change` again.
        input.set_value("");
        problem.set(None);
        pending.set(None);
        let Some(file) = file else { return };
        if let Err(error) = transfer::check_size(file.size()) {
            problem.set(Some(ImportProblem::Invalid(error)));
            return;
        }
        if !read_text(&file, on_text) {
            problem.set(Some(ImportProblem::ReadFailed));
        }
    };

    let confirm = Callback::new(move |()| {
        let Some((file, _)) = pending.get_untracked() else {
            return;
        };
        match transfer::import(&file) {
            Ok(()) => transfer::reload_with(Flash::Imported),
            Err(_) => problem.set(Some(ImportProblem::WriteFailed)),
        }
    });

    let message = move || {
        let (t, own) = (i18n.t(), i18n.profile());
        problem.get().map(|problem| match problem {
            ImportProblem::Invalid(error) => (own.import_error)(&error, t),
            ImportProblem::ReadFailed => own.import_read_failed.to_owned(),
            ImportProblem::WriteFailed => own.write_failed.to_owned(),
        })
    };

    view! {
        <div class="data-action">
            <h3>{move || t().import_title}</h3>
            <label class="file-field" for="import-file">
                <span class="file-field__label">{move || t().import_label}</span>
                <input
                    id="import-file"
                    type="file"
                    accept="application/json,.json"
                    aria-describedby="import-hint import-error"
                    aria-invalid=move || problem.with(Option::is_some).to_string()
                    on:change=on_change
                />
            </label>
            <p id="import-hint" class="field__hint">{move || t().import_hint}</p>
            <p id="import-error" class="field-error" role="alert" data-testid="import-error">
                {message}
            </p>
        </div>
        <ConfirmDialog
            open=confirm_open
            id="import-preview"
            wide=true
            title=Signal::derive(move || t().preview_title.to_owned())
            confirm_label=Signal::derive(move || t().preview_confirm.to_owned())
            cancel_label=Signal::derive(move || t().cancel.to_owned())
            on_confirm=confirm
        >
            <p>{move || t().preview_intro}</p>
            {move || {
                pending
                    .with(|p| p.as_ref().and_then(|(file, _)| file.exported_at.clone()))
                    .map(|at| {
                        view! { <p>{format!("{} {}", t().preview_from, transfer::display_time(&at))}</p> }
                    })
            }}
            <div class="table-scroll">
                <table class="data-table data-table--stack">
                    <thead>
                        <tr>
                            <th scope="col">{move || t().preview_data}</th>
                            <th scope="col">{move || t().preview_now}</th>
                            <th scope="col">{move || t().preview_after}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            let (strings, own) = (i18n.t(), i18n.profile());
                            pending
                                .get()
                                .map(|(_, changes)| changes)
                                .unwrap_or_default()
                                .into_iter()
                                .map(|change| {
                                    let changed = change.now != change.after;
                                    view! {
                                        <tr class:changed=changed>
                                            <th scope="row">{strings.storage_key_label(change.key)}</th>
                                            <td data-label=own.preview_now>
                                                {own.summary(change.key, &change.now)}
                                            </td>
                                            <td data-label=own.preview_after>
                                                {own.summary(change.key, &change.after)}
                                            </td>
                                        </tr>
                                    }
                                })
                                .collect_view()
                        }}
                    </tbody>
                </table>
            </div>
            <p class="field__hint">{move || t().preview_note}</p>
        </ConfirmDialog>
    }
}

/// Reads a file as text, then calls `done` with it (or `None` if reading failed).
/// False when the read could not even start.
fn read_text(file: &web_sys::File, done: impl FnOnce(Option<String>) + 'static) -> bool {
    let Ok(reader) = web_sys::FileReader::new() else {
        return false;
    };
    let reader_in_callback = reader.clone();
    // `loadend` fires exactly once, after success or failure; the closure is freed then.
    let on_end = Closure::once_into_js(move || {
        done(reader_in_callback.result().ok().and_then(|r| r.as_string()));
    });
    reader.set_onloadend(Some(on_end.unchecked_ref()));
    reader.read_as_text(file).is_ok()
}

#[component]
fn Reset() -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.profile();
    let open = RwSignal::new(false);
    let failed = RwSignal::new(false);
    let confirm = Callback::new(move |()| match transfer::reset() {
        Ok(()) => transfer::reload_with(Flash::Reset),
        Err(_) => failed.set(true),
    });
    view! {
        <div class="data-action">
            <h3>{move || t().reset_title}</h3>
            <p>{move || t().reset_text}</p>
            <button type="button" class="button button--danger" on:click=move |_| open.set(true)>
                {move || t().reset_button}
            </button>
            <p class="field-error" role="alert">
                {move || failed.get().then(|| t().write_failed)}
            </p>
        </div>
        <ConfirmDialog
            open=open
            id="reset-confirm"
            title=Signal::derive(move || t().reset_confirm_title.to_owned())
            confirm_label=Signal::derive(move || t().reset_confirm.to_owned())
            cancel_label=Signal::derive(move || t().cancel.to_owned())
            danger=true
            on_confirm=confirm
        >
            <p>
                {move || {
                    let strings = i18n.t();
                    let what: Vec<String> = StorageKey::EXPORTED
                        .iter()
                        .map(|key| strings.storage_key_label(*key).to_lowercase())
                        .collect();
                    (t().reset_confirm_text)(&what.join(", "))
                }}
            </p>
        </ConfirmDialog>
    }
}

#[component]
fn Backups(revision: RwSignal<u32>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.profile();
    let list = move || {
        revision.track();
        persistence::backups()
    };
    let deleting = RwSignal::new(None::<String>);
    let open = RwSignal::new(false);
    let confirm = Callback::new(move |()| {
        if let Some(name) = deleting.get_untracked() {
            let _ = persistence::remove_backup(&name);
            revision.update(|n| *n = n.wrapping_add(1));
        }
    });
    let download = |key: StorageKey, name: &str| {
        if let Some(raw) = persistence::read_name(name) {
            browser::download(
                &transfer::backup_file_name(key, &browser::today()),
                "text/plain;charset=utf-8",
                &raw,
            );
        }
    };

    view! {
        <Show when=move || !list().is_empty()>
            <div class="backups">
                <h3>{move || t().backups_title}</h3>
                <p>{move || t().backups_text}</p>
                <ul class="backup-list">
                    {move || {
                        list()
                            .into_iter()
                            .map(|(key, name)| {
                                let for_download = name.clone();
                                let for_delete = name.clone();
                                view! {
                                    <li>
                                        <span>
                                            {move || i18n.t().storage_key_label(key)} " "
                                            <code>{name.clone()}</code>
                                        </span>
                                        <span class="backup-list__actions">
                                            <button
                                                type="button"
                                                class="button button--quiet"
                                                on:click=move |_| download(key, &for_download)
                                            >
                                                {move || t().backup_download}
                                            </button>
                                            <button
                                                type="button"
                                                class="button button--quiet"
                                                on:click=move |_| {
                                                    deleting.set(Some(for_delete.clone()));
                                                    open.set(true);
                                                }
                                            >
                                                {move || t().backup_delete}
                                            </button>
                                        </span>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </div>
        </Show>
        <ConfirmDialog
            open=open
            id="backup-delete"
            title=Signal::derive(move || t().backup_delete_title.to_owned())
            confirm_label=Signal::derive(move || t().backup_delete.to_owned())
            cancel_label=Signal::derive(move || t().cancel.to_owned())
            danger=true
            on_confirm=confirm
        >
            <p>{move || t().backup_delete_text}</p>
            <p>
                <code>{move || deleting.get().unwrap_or_default()}</code>
            </p>
        </ConfirmDialog>
    }
}

#[component]
fn Stored(revision: RwSignal<u32>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.profile();
    view! {
        <details class="stored">
            <summary>{move || t().stored_title}</summary>
            <div class="table-scroll">
                <table class="data-table data-table--stack">
                    <thead>
                        <tr>
                            <th scope="col">{move || t().stored_data}</th>
                            <th scope="col">{move || t().stored_key}</th>
                            <th scope="col">{move || t().stored_value}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {StorageKey::ALL
                            .into_iter()
                            .map(|key| {
                                let summary = move || {
                                    revision.track();
                                    let raw = persistence::read_raw(key);
                                    i18n.profile()
                                        .summary(key, &transfer::summarize_raw(key, raw.as_deref()))
                                };
                                view! {
                                    <tr>
                                        <th scope="row">{move || i18n.t().storage_key_label(key)}</th>
                                        <td data-label=move || t().stored_key>
                                            <code>{key.name()}</code>
                                            " v"
                                            {key.version()}
                                        </td>
                                        <td data-label=move || t().stored_value>{summary}</td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
        </details>
    }
}
