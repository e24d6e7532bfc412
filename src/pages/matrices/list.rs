//! The user's own professions: each with edit, export, share and delete (with undo while the
//! page is open), and the forms that create a new one or copy a built-in one.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser;
use crate::catalog::format::{self, CsvSeparator};
use crate::catalog::{Catalog, Profession};
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::text_field::TextField;
use crate::components::undo_bar::UndoBar;
use crate::i18n::Localize;
use crate::i18n::use_i18n;
use crate::lang::Lang;
use crate::routes::base_path;
use crate::state::evidence::{Evidence, EvidenceBook};
use crate::state::matrices::{OwnMatrices, Removed};
use crate::state::matrix_link;
use crate::state::self_assessment::SelfAssessment;
use crate::state::use_persisted;

use super::{edit_href, export_problem, field_message, go, limit_message};

/// A deleted profession with its ticks and evidence, kept while the page is open so that it
/// can come back.
#[derive(Clone, Debug, PartialEq)]
struct Deleted {
    removed: Removed,
    ticks: Vec<String>,
    evidence: Vec<(String, Evidence)>,
}

#[component]
pub fn OwnList(builtin: &'static Catalog) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.matrices();
    let own = use_persisted::<OwnMatrices>();
    let ticks = use_persisted::<SelfAssessment>();
    let book = use_persisted::<EvidenceBook>();
    let deleted = RwSignal::new(None::<Deleted>);
    let export_error = RwSignal::new(None::<String>);

    let delete = Callback::new(move |id: String| {
        let Some(removed) = own.try_update(|m| m.remove(&id)).flatten() else {
            return;
        };
        let gone = ticks
            .try_update(|a| a.untick_profession(&id))
            .unwrap_or_default();
        let evidence = book
            .try_update(|b| b.take_profession(&id))
            .unwrap_or_default();
        deleted.set(Some(Deleted {
            removed,
            ticks: gone,
            evidence,
        }));
        browser::focus_later("matrix-undo".to_owned());
    });
    let undo = move |()| {
        if let Some(Deleted {
            removed,
            ticks: back,
            evidence,
        }) = deleted.get_untracked()
        {
            own.update(|m| m.restore(removed));
            ticks.update(|a| a.tick_all(back));
            book.update(|b| b.restore(evidence));
        }
        deleted.set(None);
    };
    let export_all = move |csv: bool| {
        let lang = i18n.lang();
        export_error.set(
            own.with_untracked(|m| export(&m.professions, "my-matrices", csv, lang))
                .err(),
        );
    };

    view! {
        <section class="panel matrices-list" aria-labelledby="matrices-list-title">
            <h2 id="matrices-list-title">{move || t().list_title}</h2>
            {move || {
                deleted
                    .with(|d| d.as_ref().map(|d| d.removed.profession.name.clone()))
                    .map(|name| {
                        view! {
                            <UndoBar
                                message=(t().deleted)(&name)
                                label=t().undo
                                id="matrix-undo"
                                on_undo=undo
                            />
                        }
                    })
            }}
            <Show
                when=move || own.with(|m| !m.professions.is_empty())
                fallback=move || view! { <p class="matrices-list__empty">{move || t().list_empty}</p> }
            >
                <ul class="own-matrices">
                    <For
                        each=move || own.with(|m| m.professions.iter().map(|p| p.id.clone()).collect::<Vec<_>>())
                        key=String::clone
                        children=move |id| view! { <OwnRow id own delete export_error/> }
                    />
                </ul>
                <p class="matrices-list__all">
                    {move || t().export_all} " "
                    <button type="button" class="button button--quiet" on:click=move |_| export_all(false)>
                        {move || t().export_all_json}
                    </button>
                    " "
                    <button type="button" class="button button--quiet" on:click=move |_| export_all(true)>
                        {move || t().export_all_csv}
                    </button>
                </p>
            </Show>
            {move || export_error.get().map(|m| view! { <p class="field__error" role="alert" data-testid="matrix-export-error">{m}</p> })}
        </section>
        <NewMatrix builtin own/>
    }
}

/// What is wrong with professions that an export or a link would carry, in words; `None`
/// when a file of them would import again.
fn problem(professions: &[Profession], lang: Lang) -> Option<String> {
    professions
        .iter()
        .find_map(|p| export_problem(p, lang))
        .or_else(|| {
            format::validate(professions).err().map(|error| {
                (crate::i18n::matrices::strings(lang).fix_first)(&error.localize(lang))
            })
        })
}

/// Offers professions as a file, or says why not.
fn export(professions: &[Profession], name: &str, csv: bool, lang: Lang) -> Result<(), String> {
    if let Some(problem) = problem(professions, lang) {
        return Err(problem);
    }
    let offered = if csv {
        // Spreadsheets in Russian locales split on `;`.
        let separator = match lang {
            Lang::Ru => CsvSeparator::Semicolon,
            Lang::En => CsvSeparator::Comma,
        };
        let text = format::to_csv(professions, separator);
        browser::download(&format!("{name}.csv"), "text/csv", &text)
    } else {
        let text = format::to_json(professions);
        browser::download(&format!("{name}.json"), "application/json", &text)
    };
    if offered {
        Ok(())
    } else {
        Err(crate::i18n::matrices::strings(lang)
            .export_failed
            .to_owned())
    }
}

#[component]
fn OwnRow(
    id: String,
    own: RwSignal<OwnMatrices>,
    delete: Callback<String>,
    export_error: RwSignal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.matrices();
    let profession = {
        let id = id.clone();
        Memo::new(move |_| own.with(|m| m.get(&id).cloned()))
    };
    let name = move || {
        profession.with(|p| {
            p.as_ref()
                .map(|p| p.name.trim().to_owned())
                .filter(|n| !n.is_empty())
                .unwrap_or_else(|| t().untitled.to_owned())
        })
    };
    let counts = move || {
        profession.with(|p| {
            p.as_ref()
                .map(|p| (t().counts)(p.grades.len(), p.item_count()))
                .unwrap_or_default()
        })
    };
    // What export and share would refuse, shown before the user tries.
    let problem =
        move || profession.with(|p| p.as_ref().and_then(|p| export_problem(p, i18n.lang())));
    let confirming = RwSignal::new(false);
    let sharing = RwSignal::new(false);
    let download = move |csv: bool| {
        let lang = i18n.lang();
        let outcome = profession.with_untracked(|p| {
            p.as_ref().map_or(Ok(()), |p| {
                export(std::slice::from_ref(p), &p.id, csv, lang)
            })
        });
        export_error.set(outcome.err());
    };
    let heading_id = format!("own-{id}-name");
    let dialog_id = format!("matrix-delete-{id}");
    let edit = edit_href(&id);
    let delete_id = id.clone();

    view! {
        <li class="own-matrix" data-testid="own-matrix" data-profession-id=id.clone()>
            <div class="own-matrix__head">
                <h3 id=heading_id>{name}</h3>
                <p class="own-matrix__counts">{counts}</p>
                {move || problem().map(|p| view! { <p class="own-matrix__problem" data-testid="own-matrix-problem">"⚠ " {p}</p> })}
            </div>
            <div class="own-matrix__actions">
                <a class="button" href=edit data-testid="matrix-edit">{move || t().edit}</a>
                <button type="button" class="button button--quiet" data-testid="matrix-export" on:click=move |_| download(false)>
                    {move || t().export_json}
                </button>
                <button type="button" class="button button--quiet" data-testid="matrix-export-csv" on:click=move |_| download(true)>
                    {move || t().export_csv}
                </button>
                <button
                    type="button"
                    class="button button--quiet"
                    data-testid="matrix-share"
                    aria-expanded=move || sharing.get().to_string()
                    on:click=move |_| sharing.update(|open| *open = !*open)
                >
                    {move || t().share}
                </button>
                <button type="button" class="button button--danger" data-testid="matrix-delete" on:click=move |_| confirming.set(true)>
                    {move || t().delete}
                </button>
            </div>
            <Show when=move || sharing.get()>
                <ShareLink profession download=Callback::new(move |()| download(false))/>
            </Show>
            <ConfirmDialog
                open=confirming
                id=dialog_id
                title=Signal::derive(move || (t().delete_title)(&name()))
                confirm_label=Signal::derive(move || t().delete_confirm.to_owned())
                cancel_label=Signal::derive(move || t().cancel.to_owned())
                danger=true
                on_confirm=Callback::new(move |()| delete.run(delete_id.clone()))
            >
                <p>{move || t().delete_text}</p>
            </ConfirmDialog>
        </li>
    }
}

/// What the share panel shows.
#[derive(Clone, Debug, PartialEq)]
enum Shared {
    Making,
    Link(String),
    /// Too long, or the browser cannot compress: the file instead.
    Refused(String),
}

/// The link to one profession, made when the panel opens, and copied if the browser lets it.
#[component]
fn ShareLink(profession: Memo<Option<Profession>>, download: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.matrices();
    let state = RwSignal::new(Shared::Making);
    let copied = RwSignal::new(None::<bool>);
    let lang = i18n.lang();
    let json = profession.with_untracked(|p| {
        p.as_ref().map(|p| {
            let one = std::slice::from_ref(p);
            problem(one, lang).map_or_else(|| Ok(format::to_json(one)), Err)
        })
    });
    if let Some(Err(problem)) = &json {
        state.set(Shared::Refused(problem.clone()));
    }
    if let Some(Ok(json)) = json {
        let base = format!(
            "{}{}/",
            web_sys::window()
                .and_then(|w| w.location().origin().ok())
                .unwrap_or_default(),
            base_path()
        );
        leptos::task::spawn_local(async move {
            let made = match matrix_link::share_link(&base, &json).await {
                Ok(link) => Shared::Link(link),
                Err(error) => Shared::Refused(error.localize(i18n.lang())),
            };
            state.try_set(made);
        });
    }
    let copy = move |_| {
        let Shared::Link(link) = state.get_untracked() else {
            return;
        };
        leptos::task::spawn_local(async move {
            copied.try_set(Some(copy_text(&link).await));
        });
    };
    view! {
        <div class="share-link" data-testid="matrix-share-panel">
            {move || match state.get() {
                Shared::Making => view! { <p role="status">{t().share_making}</p> }.into_any(),
                Shared::Link(link) => {
                    view! {
                        <div class="field">
                            <label class="field__label" for="matrix-share-link">{t().share_label}</label>
                            <input
                                id="matrix-share-link"
                                class="field__input"
                                data-testid="matrix-share-link"
                                type="text"
                                readonly=true
                                prop:value=link
                                on:focus=|ev| {
                                    if let Some(input) = ev
                                        .target()
                                        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                                    {
                                        input.select();
                                    }
                                }
                            />
                        </div>
                        <button type="button" class="button" on:click=copy>{t().share_copy}</button>
                    }
                        .into_any()
                }
                Shared::Refused(why) => {
                    view! {
                        <p class="field__error" data-testid="matrix-share-refused">{why}</p>
                        <p>
                            {t().share_instead} " "
                            <button type="button" class="button" on:click=move |_| download.run(())>
                                {t().export_json}
                            </button>
                        </p>
                    }
                        .into_any()
                }
            }}
            <p role="status" class="share-link__status">
                {move || match copied.get() {
                    Some(true) => t().share_copied,
                    Some(false) => t().share_copy_failed,
                    None => "",
                }}
            </p>
        </div>
    }
}

/// Writes text to the clipboard; false where the browser refuses.
async fn copy_text(text: &str) -> bool {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return false;
    };
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .ok()
        .filter(|c| !c.is_undefined() && !c.is_null())
        .map(|c| c.unchecked_into::<web_sys::Clipboard>());
    match clipboard {
        Some(clipboard) => wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
            .await
            .is_ok(),
        None => false,
    }
}

/// Creating an empty profession, or copying a built-in one, then opening it in the editor.
#[component]
fn NewMatrix(builtin: &'static Catalog, own: RwSignal<OwnMatrices>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.matrices();
    let name = RwSignal::new(String::new());
    let name_error = RwSignal::new(None::<String>);
    let copy_error = RwSignal::new(None::<String>);
    let source = RwSignal::new(
        builtin
            .builtin()
            .first()
            .map(|p| p.id.clone())
            .unwrap_or_default(),
    );
    let open_editor = go();
    let open_copy = open_editor.clone();
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = name.get_untracked();
        if let Some(problem) = field_message(&typed, format::MAX_NAME_CHARS, true, i18n.lang()) {
            name_error.set(Some(problem));
            browser::focus_later("matrix-new-name".to_owned());
            return;
        }
        match own.try_update(|m| m.create(typed.trim(), builtin)) {
            Some(Ok(id)) => {
                name.set(String::new());
                name_error.set(None);
                open_editor(&edit_href(&id));
            }
            Some(Err(limit)) => name_error.set(Some(limit_message(limit, i18n.lang()).to_owned())),
            None => {}
        }
    };
    let copy = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(original) = builtin.profession(&source.get_untracked()).map(Arc::clone) else {
            return;
        };
        let copy_name = (t().copy_name)(&original.name);
        match own.try_update(|m| m.copy_of(&original, &copy_name, builtin)) {
            Some(Ok(id)) => {
                copy_error.set(None);
                open_copy(&edit_href(&id));
            }
            Some(Err(limit)) => copy_error.set(Some(limit_message(limit, i18n.lang()).to_owned())),
            None => {}
        }
    };
    view! {
        <section class="panel matrices-new" aria-labelledby="matrices-new-title">
            <h2 id="matrices-new-title">{move || t().create_title}</h2>
            <form class="matrices-new__form" on:submit=create novalidate=true>
                <TextField
                    id="matrix-new-name"
                    label=Signal::derive(move || t().create_label.to_owned())
                    value=name
                    on_input=Callback::new(move |text: String| {
                        name.set(text);
                        name_error.set(None);
                    })
                    error=name_error
                />
                <button type="submit" class="button" data-testid="matrix-create">{move || t().create_button}</button>
            </form>
            <form class="matrices-new__form" on:submit=copy>
                <div class="field" class:field--invalid=move || copy_error.with(Option::is_some)>
                    <label class="field__label" for="matrix-copy-source">{move || t().copy_label}</label>
                    <select
                        id="matrix-copy-source"
                        class="field__input"
                        aria-describedby=move || copy_error.with(Option::is_some).then_some("matrix-copy-error")
                        on:change=move |ev| source.set(event_target_value(&ev))
                    >
                        {builtin
                            .builtin()
                            .iter()
                            .filter(|p| !p.grades.is_empty())
                            .map(|p| {
                                let id = p.id.clone();
                                view! {
                                    <option value=p.id.clone() prop:selected=move || source.with(|s| *s == id)>
                                        {p.name.clone()}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                    {move || {
                        copy_error
                            .get()
                            .map(|message| view! { <p class="field__error" id="matrix-copy-error">{message}</p> })
                    }}
                </div>
                <button type="submit" class="button" data-testid="matrix-copy">{move || t().copy_button}</button>
            </form>
        </section>
    }
}
