//! Loading members' files (picker or drop), what went wrong with each, and the privacy
//! controls: keep on this device, forget.

use leptos::prelude::*;
use leptos::task::spawn_local;
use web_sys::HtmlInputElement;

use super::TeamState;
use crate::i18n::{Localize, use_i18n};
use crate::pages::matrices::import::read;

const FILE_ID: &str = "team-import-file";
const FILE_HINT_ID: &str = "team-import-hint";
const KEEP_ID: &str = "team-keep";
const KEEP_HINT_ID: &str = "team-keep-hint";

#[component]
pub fn LoadPanel(state: TeamState) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.team();
    let dragging = RwSignal::new(false);

    let load = move |files: Vec<web_sys::File>| spawn_local(state.load(files));
    let on_change = move |ev: leptos::ev::Event| {
        let input: HtmlInputElement = event_target(&ev);
        let files = input.files().map_or_else(Vec::new, |list| {
            (0..list.length()).filter_map(|i| list.get(i)).collect()
        });
        // Choosing the same files again must fire `change` again.
        input.set_value("");
        load(files);
    };
    let on_drag_over = move |ev: leptos::ev::DragEvent| {
        if read::drags_files(&ev) {
            ev.prevent_default();
            read::set_drop_effect(&ev, "copy");
            dragging.set(true);
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        load(read::dropped_files(&ev));
    };

    let status = move || {
        if let Some((done, total)) = state.loading.get() {
            return Some((t().loading)(done, total));
        }
        if state.forgotten.get() {
            return Some(t().forgotten.to_owned());
        }
        let members = state.team.with(|team| team.members().len());
        let bad = state.problems.with(Vec::len);
        (members > 0 || bad > 0).then(|| (t().loaded)(members, bad))
    };

    view! {
        <section class="panel team-load" aria-labelledby="team-load-title" data-print="hide">
            <h2 id="team-load-title">{move || t().load_title}</h2>
            <div
                class="file-field team-load__drop"
                class:team-load__drop--active=move || dragging.get()
                data-testid="team-drop"
                on:dragenter=on_drag_over
                on:dragover=on_drag_over
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop
            >
                <label class="field__label" for=FILE_ID>{move || t().file_label}</label>
                <input
                    id=FILE_ID
                    type="file"
                    multiple
                    accept=".json,application/json"
                    data-testid="team-import-file"
                    aria-describedby=FILE_HINT_ID
                    disabled=move || state.loading.get().is_some()
                    on:change=on_change
                />
                <p class="field__hint" id=FILE_HINT_ID>{move || t().file_hint}</p>
            </div>
            <p class="team-load__status" role="status" data-testid="team-status">{status}</p>
            <FileProblems state=state/>
            <Duplicates state=state/>
            <div class="team-load__privacy">
                <div class="check-field">
                    <input
                        id=KEEP_ID
                        type="checkbox"
                        data-testid="team-keep"
                        aria-describedby=KEEP_HINT_ID
                        prop:checked=move || state.keep.get()
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            state.keep.set(on);
                            if on {
                                state.forgotten.set(false);
                            }
                        }
                    />
                    <label for=KEEP_ID>{move || t().keep_label}</label>
                </div>
                <p class="field__hint" id=KEEP_HINT_ID>{move || t().keep_hint}</p>
                <Show when=move || state.keep_failed.get()>
                    <p class="field__error" role="alert" data-testid="team-keep-error">
                        {move || t().keep_failed}
                    </p>
                </Show>
                <button
                    type="button"
                    class="button button--danger"
                    data-testid="team-forget"
                    disabled=move || state.loading.get().is_some()
                    on:click=move |_| state.forget()
                >
                    {move || t().forget}
                </button>
            </div>
        </section>
    }
}

#[component]
fn FileProblems(state: TeamState) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.team();
    view! {
        <Show when=move || state.problems.with(|p| !p.is_empty())>
            <div class="team-load__problems" role="alert">
                <h3>{move || t().bad_files_title}</h3>
                <ul>
                    {move || {
                        let lang = i18n.lang();
                        state
                            .problems
                            .get()
                            .into_iter()
                            .map(|problem| {
                                view! {
                                    <li data-testid="team-file-error" data-file=problem.file.clone()>
                                        <span class="field__error-mark" aria-hidden="true">"⚠ "</span>
                                        <strong>{problem.file.clone()}</strong>
                                        ": "
                                        {problem.error.localize(lang)}
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </div>
        </Show>
    }
}

#[component]
fn Duplicates(state: TeamState) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.team();
    let list = move || state.team.with(|team| team.duplicates().to_vec());
    view! {
        <Show when=move || state.team.with(|team| !team.duplicates().is_empty())>
            <div class="team-load__duplicates">
                <h3>{move || t().duplicates_title}</h3>
                <ul>
                    {move || {
                        list()
                            .into_iter()
                            .map(|d| {
                                let name = if d.name.is_empty() { t().no_name.to_owned() } else { d.name.clone() };
                                view! {
                                    <li data-testid="team-duplicate" data-name=d.name.clone()>
                                        {(t().duplicate)(&name, &d.kept, &d.dropped)}
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </div>
        </Show>
    }
}
