//! Sharing (docs/formats.md#share-link): "Copy link" puts the open project, its levels and the
//! settings into `<base>/calculator?s=<payload>`; a link opened here shows its project in
//! memory only, with "save as new project"; a malformed link gets a message.

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

use super::workspace::use_workspace;
use crate::components::text_field::sentence;
use crate::domain::{Requirement, Requirements};
use crate::i18n::Localize;
use crate::i18n::use_i18n;
use crate::routes::Page;
use crate::state::calculator::share::{ShareError, SharedProject, encode};
use crate::state::calculator::{LevelsDraft, ProjectsDraft, SettingsDraft, parse_current_level};
use crate::state::notices::{Notice, use_notices};
use crate::state::persistence::{self, SaveError};

/// The open project as a link carries it, when every input is valid.
fn current_shared() -> Option<SharedProject> {
    let ws = use_workspace();
    let (settings, rows) = ws
        .evaluation
        .with_untracked(|e| (e.settings.clone(), e.rows.clone()));
    let (settings, rows) = (settings?, rows?);
    let name = ws
        .projects
        .with_untracked(|p| p.current().map(|p| p.name.trim().to_owned()))?;
    let requirements = Requirements::new(
        rows.iter()
            .map(|r| Requirement {
                name: r.name.clone(),
                min: r.min,
                weight: r.weight,
            })
            .collect(),
    )
    .ok()?;
    let levels = rows.iter().map(|r| r.level).collect();
    SharedProject::new(settings, name, requirements, levels)
}

fn link_for(payload: &str) -> String {
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}{}?s={payload}", Page::Calculator.href())
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Copied {
    Not,
    Yes,
    Failed,
}

#[component]
pub fn SharePanel() -> impl IntoView {
    let ws = use_workspace();
    let i18n = use_i18n();
    let t = move || i18n.calculator();
    let link = RwSignal::new(None::<String>);
    let copied = RwSignal::new(Copied::Not);
    let can_share = move || {
        ws.evaluation
            .with(|e| e.rows.is_some() && e.settings.is_some())
    };
    // Two handlers made once and reused by every copy, dropped with the panel.
    let on_copied = StoredValue::new_local(Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(
        move |_| copied.set(Copied::Yes),
    ));
    let on_failed = StoredValue::new_local(Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(
        move |_| copied.set(Copied::Failed),
    ));
    let copy = move |_| {
        let Some(shared) = current_shared() else {
            return;
        };
        let url = link_for(&encode(&shared));
        link.set(Some(url.clone()));
        copied.set(Copied::Not);
        let clipboard = web_sys::window()
            .map(|w| w.navigator())
            .and_then(|navigator| {
                js_sys::Reflect::get(&navigator, &"clipboard".into())
                    .ok()
                    .filter(|c| !c.is_undefined() && !c.is_null())
                    .map(|c| c.unchecked_into::<web_sys::Clipboard>())
            });
        match clipboard {
            Some(clipboard) => {
                let promise = clipboard.write_text(&url);
                on_copied.with_value(|ok| {
                    on_failed.with_value(|failed| {
                        let _ = promise.then2(ok, failed);
                    });
                });
            }
            None => copied.set(Copied::Failed),
        }
    };
    view! {
        <section class="panel share" aria-labelledby="share-heading">
            <h2 id="share-heading">{move || t().share_heading}</h2>
            <p class="panel__hint">{move || t().share_hint}</p>
            <button
                type="button"
                class="button"
                on:click=copy
                disabled=move || !can_share()
                aria-describedby=move || (!can_share()).then_some("share-disabled")
            >
                {move || t().copy_link}
            </button>
            {move || {
                (!can_share())
                    .then(|| view! { <p class="field__hint" id="share-disabled">{t().share_disabled}</p> })
            }}
            <p role="status" class="share__status" data-testid="share-status">
                {move || match copied.get() {
                    Copied::Yes => t().link_copied,
                    Copied::Failed => t().link_copy_failed,
                    Copied::Not => "",
                }}
            </p>
            {move || {
                link.get()
                    .map(|url| {
                        view! {
                            <div class="field">
                                <label class="field__label" for="share-link">{t().share_link_label}</label>
                                <input
                                    id="share-link"
                                    class="field__input share__link"
                                    type="text"
                                    readonly=true
                                    prop:value=url
                                    on:focus=move |ev| {
                                        if let Some(input) = ev
                                            .target()
                                            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                                        {
                                            input.select();
                                        }
                                    }
                                />
                            </div>
                        }
                    })
            }}
        </section>
    }
}

/// What saving a shared project would change in the user's own data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SaveEffect {
    /// Technologies where the user has a level of their own that the link's differs from.
    pub conflicts: Vec<String>,
    /// The link's settings differ from the user's.
    pub settings_differ: bool,
}

/// Compares a shared project's drafts with the user's saved ones.
pub fn save_effect(
    shared: (&SettingsDraft, &ProjectsDraft, &LevelsDraft),
    saved: (&SettingsDraft, &LevelsDraft),
) -> SaveEffect {
    let (settings, projects, levels) = shared;
    let conflicts = projects
        .current()
        .map(|p| {
            p.technologies
                .iter()
                .filter(|t| {
                    saved.1.get(&t.name).is_some_and(|mine| {
                        let theirs = parse_current_level(levels.level_text(&t.name));
                        parse_current_level(&mine.level) != theirs
                    })
                })
                .map(|t| t.name.trim().to_owned())
                .collect()
        })
        .unwrap_or_default();
    SaveEffect {
        conflicts,
        settings_differ: settings.parse().ok() != saved.0.parse().ok(),
    }
}

/// The banner of a project opened from a link: its name (editable, in memory), and "save as
/// new project", which adds it to the saved projects and then opens the saved calculator.
#[component]
pub fn SharedBanner(
    saved: (
        RwSignal<SettingsDraft>,
        RwSignal<ProjectsDraft>,
        RwSignal<LevelsDraft>,
    ),
) -> impl IntoView {
    let ws = use_workspace();
    let i18n = use_i18n();
    let t = move || i18n.calculator();
    let (saved_settings, saved_projects, saved_levels) = saved;
    let replace_levels = RwSignal::new(false);
    let replace_settings = RwSignal::new(false);
    let effect = Memo::new(move |_| {
        ws.settings.with(|s| {
            ws.projects.with(|p| {
                ws.levels.with(|l| {
                    saved_settings
                        .with(|ss| saved_levels.with(|sl| save_effect((s, p, l), (ss, sl))))
                })
            })
        })
    });
    let navigate = use_navigate();
    let notices = use_notices();
    let save = move |_| {
        let Some(project) = ws.projects.with_untracked(|p| p.current().cloned()) else {
            return;
        };
        let replace = replace_levels.get_untracked();
        let shared_levels = ws.levels.get_untracked();
        saved_levels.update(|mine| {
            for row in &project.technologies {
                let theirs = shared_levels.level_text(&row.name).to_owned();
                if mine.get(&row.name).is_none() || replace {
                    mine.set_level(&row.name, theirs);
                }
            }
        });
        if replace_settings.get_untracked() {
            saved_settings.set(ws.settings.get_untracked());
        }
        saved_projects.update(|p| {
            let rows = project
                .technologies
                .iter()
                .map(|t| (t.name.clone(), t.min.clone(), t.weight.clone()))
                .collect();
            let name = if project.name.trim().is_empty() {
                t().shared_default_name.to_owned()
            } else {
                project.name.clone()
            };
            p.add(name, rows);
        });
        // Written now: the effects that would save them go away with this view.
        for result in [
            persistence::save(&saved_levels.get_untracked()),
            persistence::save(&saved_settings.get_untracked()),
            persistence::save(&saved_projects.get_untracked()),
        ] {
            if let Err(SaveError::Refused | SaveError::Serialise(_)) = result {
                notices.push(Notice::StorageFull);
            }
        }
        navigate(
            &Page::Calculator.href(),
            NavigateOptions {
                resolve: false,
                ..NavigateOptions::default()
            },
        );
    };
    let project_name = Signal::derive(move || {
        ws.projects
            .with(|p| p.current().map(|p| p.name.clone()))
            .unwrap_or_default()
    });
    let rename = move |name: String| {
        ws.projects.update(|p| {
            if let Some(id) = p.current().map(|p| p.id) {
                p.rename(id, name);
            }
        });
    };
    view! {
        <section class="panel shared-banner" aria-labelledby="shared-heading" data-testid="shared-banner">
            <h2 id="shared-heading">{move || t().shared_heading}</h2>
            <p>{move || t().shared_text}</p>
            <crate::components::text_field::TextField
                id="project-name"
                label=move || t().project_name_label
                value=project_name
                on_input=rename
            />
            {move || {
                let conflicts = effect.with(|e| e.conflicts.clone());
                (!conflicts.is_empty())
                    .then(|| {
                        view! {
                            <div class="field field--check">
                                <input id="shared-replace-levels" type="checkbox" prop:checked=move || replace_levels.get() on:change=move |ev| replace_levels.set(event_target_checked(&ev))/>
                                <label for="shared-replace-levels">
                                    {(t().shared_replace_levels)(&conflicts.join(", "))}
                                </label>
                            </div>
                        }
                    })
            }}
            {move || {
                effect.with(|e| e.settings_differ)
                    .then(|| {
                        view! {
                            <div class="field field--check">
                                <input id="shared-replace-settings" type="checkbox" prop:checked=move || replace_settings.get() on:change=move |ev| replace_settings.set(event_target_checked(&ev))/>
                                <label for="shared-replace-settings">{t().shared_replace_settings}</label>
                            </div>
                        }
                    })
            }}
            <div class="shared-banner__actions">
                <button type="button" class="button" on:click=save>{move || t().save_as_new}</button>
                <a class="button button--quiet" href=Page::Calculator.href()>{move || t().back_to_mine}</a>
            </div>
        </section>
    }
}

/// The message for a link that could not be opened, above the user's own calculator.
#[component]
pub fn LinkError(error: ShareError) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.calculator();
    view! {
        <div class="panel link-error" role="alert" data-testid="link-error">
            <h2>{move || t().link_error_heading}</h2>
            <p>{move || sentence(&error.localize(i18n.lang()))}</p>
            <p>{move || t().link_error_text}</p>
        </div>
    }
}
