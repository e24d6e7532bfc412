//! The saved projects: switch, rename, create, duplicate, and delete after a confirmation in an
//! accessible dialog.

use leptos::prelude::*;

use super::workspace::use_workspace;
use crate::browser::focus_later;
use crate::components::dialog::Dialog;
use crate::components::text_field::TextField;
use crate::i18n::use_i18n;
use crate::state::calculator::{Id, ProjectsDraft};

#[component]
pub fn ProjectsBar() -> impl IntoView {
    let ws = use_workspace();
    let i18n = use_i18n();
    let t = move || i18n.calculator();
    let confirming = RwSignal::new(None::<(Id, String)>);
    let status = RwSignal::new(None::<String>);
    let list = Memo::new(move |_| {
        ws.projects.with(|p| {
            p.projects
                .iter()
                .map(|p| (p.id, p.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let current = Memo::new(move |_| {
        ws.projects
            .with(|p| p.current().map(|p| (p.id, p.name.clone())))
    });
    let current_id = move || current.with(|c| c.as_ref().map(|(id, _)| *id));
    let shown_name = move |name: &str| {
        if name.trim().is_empty() {
            t().untitled.to_owned()
        } else {
            name.trim().to_owned()
        }
    };
    let focus_first_row = move || {
        if let Some(row) = ws.projects.with_untracked(|p| {
            p.current()
                .and_then(|p| p.technologies.first().map(|t| t.id))
        }) {
            focus_later(format!("tech-{row}-name"));
        }
    };
    let create = move |_| {
        let name = format!(
            "{} {}",
            t().new_project_name,
            list.with(Vec::len).saturating_add(1)
        );
        ws.projects.update(|p| {
            p.create(name.clone());
        });
        status.set(Some((t().project_created)(&name)));
        focus_first_row();
    };
    let duplicate = move |_| {
        let Some((id, name)) = current.get_untracked() else {
            return;
        };
        let copy = format!("{} {}", shown_name(&name), t().copy_suffix);
        ws.projects.update(|p| {
            p.duplicate(id, copy.clone());
        });
        status.set(Some((t().project_duplicated)(&copy)));
    };
    let ask_delete = move |_| {
        if let Some(current) = current.get_untracked() {
            confirming.set(Some(current));
        }
    };
    let delete = move |_| {
        if let Some((id, name)) = confirming.get_untracked() {
            ws.projects.update(|p| p.delete(id));
            status.set(Some((t().project_deleted)(&shown_name(&name))));
        }
        confirming.set(None);
    };
    let restore_demo = move |_| {
        let demo = ProjectsDraft::default();
        ws.projects.update(|p| {
            if let Some(project) = demo.current() {
                let rows = project
                    .technologies
                    .iter()
                    .map(|t| (t.name.clone(), t.min.clone(), t.weight.clone()))
                    .collect();
                p.add(project.name.clone(), rows);
            }
        });
    };
    let select = move |ev| {
        if let Ok(id) = event_target_value(&ev).parse::<Id>() {
            ws.projects.update(|p| p.select(id));
        }
    };
    let rename = move |name: String| {
        ws.projects.update(|p| {
            if let Some(id) = p.current().map(|p| p.id) {
                p.rename(id, name);
            }
        });
    };
    let name = Signal::derive(move || {
        current.with(|c| c.as_ref().map(|(_, n)| n.clone()).unwrap_or_default())
    });
    let has_project = move || current.with(Option::is_some);
    view! {
        <section class="panel projects" aria-labelledby="projects-heading">
            <h2 id="projects-heading">{move || t().projects_heading}</h2>
            <Show
                when=has_project
                fallback=move || {
                    view! {
                        <p>{t().no_projects}</p>
                        <div class="projects__actions">
                            <button type="button" class="button" on:click=create>{t().new_project}</button>
                            <button type="button" class="button button--quiet" on:click=restore_demo>{t().restore_demo}</button>
                        </div>
                    }
                }
            >
                <div class="projects__row">
                    <div class="field">
                        <label class="field__label" for="project-select">{move || t().project_select_label}</label>
                        <select id="project-select" class="field__input" on:change=select prop:value=move || current_id().map(|id| id.to_string()).unwrap_or_default()>
                            <For each=move || list.get() key=|p| p.clone() let:project>
                                <option value=project.0.to_string() selected=move || current_id() == Some(project.0)>
                                    {shown_name(&project.1)}
                                </option>
                            </For>
                        </select>
                    </div>
                    <TextField
                        id="project-name"
                        label=move || t().project_name_label
                        value=name
                        on_input=rename
                    />
                </div>
                <div class="projects__actions">
                    <button type="button" class="button button--quiet" on:click=create>{move || t().new_project}</button>
                    <button type="button" class="button button--quiet" on:click=duplicate>{move || t().duplicate_project}</button>
                    <button type="button" class="button button--quiet button--danger" on:click=ask_delete aria-haspopup="dialog">
                        {move || t().delete_project}
                    </button>
                </div>
            </Show>
            <p role="status" class="projects__status">{move || status.get()}</p>
            <Dialog
                open=move || confirming.with(Option::is_some)
                on_close=move |()| confirming.set(None)
                labelled_by="delete-title"
                described_by="delete-text"
                alert=true
            >
                <div class="dialog__body">
                    <h2 id="delete-title" class="dialog__title">{move || t().delete_title}</h2>
                    <p id="delete-text" class="dialog__text">
                        {move || {
                            confirming
                                .with(|c| c.as_ref().map(|(_, name)| (t().delete_text)(&shown_name(name))))
                        }}
                    </p>
                    <div class="dialog__actions">
                        <button type="button" class="button button--quiet" autofocus=true on:click=move |_| confirming.set(None)>
                            {move || t().cancel}
                        </button>
                        <button type="button" class="button button--danger" on:click=delete>{move || t().delete_confirm}</button>
                    </div>
                </div>
            </Dialog>
        </section>
    }
}
