//! The preview of an import (what was read, what confirming will do, the warnings), and the
//! list of what a confirmed import stored.

use leptos::prelude::*;

use crate::catalog::{Catalog, Profession};
use crate::i18n::{Localize, use_i18n};
use crate::routes::Page;
use crate::state::matrices::{ImportAction, OwnMatrices};
use crate::state::use_persisted;

use super::{Blocked, Pending, Plan, Source, as_sentence};
use crate::pages::matrices::limit_message;

/// One profession a confirmed import stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stored {
    pub name: String,
    pub id: String,
    pub replaced: bool,
}

/// One row of the preview: a profession as it will be stored, and what happens to it
/// (unknown while the import is blocked).
struct Row {
    profession: Profession,
    action: Option<ImportAction>,
}

fn is_builtin(id: &str) -> bool {
    Catalog::load().is_ok_and(|catalog| catalog.builtin().iter().any(|p| p.id == id))
}

#[component]
pub fn Preview(
    id: &'static str,
    pending: Pending,
    /// What confirming will do; `None` only for a moment while the panel updates.
    plan: Signal<Option<Plan>>,
    #[prop(into)] on_confirm: Callback<()>,
    #[prop(into)] on_cancel: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.matrix_import();
    let own = use_persisted::<OwnMatrices>();
    let Pending {
        source,
        format,
        professions,
        warnings,
    } = pending;

    let origin = move || {
        let format = format.localize(i18n.lang());
        match &source {
            Source::File(name) => (t().from_file)(name, &format),
            Source::Text => (t().from_text)(&format),
        }
    };

    let blocked = {
        let professions = professions.clone();
        move || {
            let Some(Err(blocked)) = plan.get() else {
                return None;
            };
            let lang = i18n.lang();
            Some(match blocked {
                Blocked::Limit(limit) => {
                    let (now, added) = own.with(|own| {
                        let added = professions
                            .iter()
                            .filter(|p| own.get(&p.id).is_none() || is_builtin(&p.id))
                            .count();
                        (own.professions.len(), added)
                    });
                    format!(
                        "{} {}",
                        limit_message(limit, lang),
                        (t().limit_context)(now, added)
                    )
                }
                Blocked::Catalog => t().catalog_failed.to_owned(),
            })
        }
    };

    let rows = move || -> Vec<Row> {
        match plan.get() {
            Some(Ok(entries)) => entries
                .into_iter()
                .map(|entry| Row {
                    profession: entry.profession,
                    action: Some(entry.action),
                })
                .collect(),
            _ => professions
                .iter()
                .map(|profession| Row {
                    profession: profession.clone(),
                    action: None,
                })
                .collect(),
        }
    };

    let action_text = move |row: &Row| -> String {
        let t = t();
        match &row.action {
            None => "—".to_owned(),
            Some(ImportAction::Add) => t.action_add.to_owned(),
            Some(ImportAction::Replace) => {
                let name = own.with(|own| {
                    own.get(&row.profession.id)
                        .map_or_else(|| row.profession.name.clone(), |p| p.name.clone())
                });
                (t.action_replace)(&name)
            }
            Some(ImportAction::NewId { from }) if is_builtin(from) => {
                (t.action_new_id_builtin)(from, &row.profession.id)
            }
            Some(ImportAction::NewId { from }) => (t.action_new_id_taken)(from, &row.profession.id),
        }
    };

    let can_confirm = move || matches!(plan.get(), Some(Ok(_)));
    let warning_count = warnings.len();

    view! {
        <section
            id=id
            class="matrix-import__preview"
            tabindex="-1"
            aria-labelledby="matrix-import-preview-title"
            data-testid="matrix-import-preview"
            data-format=match format {
                crate::catalog::format::Format::Json => "json",
                crate::catalog::format::Format::Csv => "csv",
                crate::catalog::format::Format::Outline => "outline",
            }
        >
            <h3 id="matrix-import-preview-title">{move || t().preview_title}</h3>
            <p>{move || t().preview_intro}</p>
            <p class="matrix-import__origin">{origin}</p>
            {move || {
                blocked()
                    .map(|message| {
                        view! {
                            <p class="field__error" role="alert" data-testid="matrix-import-error">
                                <span class="field__error-mark" aria-hidden="true">"⚠ "</span>
                                {message}
                            </p>
                        }
                    })
            }}
            <div class="table-scroll">
                <table class="data-table data-table--stack matrix-import__table">
                    <thead>
                        <tr>
                            <th scope="col">{move || t().col_profession}</th>
                            <th scope="col">{move || t().col_id}</th>
                            <th scope="col">{move || t().col_grades}</th>
                            <th scope="col">{move || t().col_items}</th>
                            <th scope="col">{move || t().col_action}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            let t = t();
                            rows()
                                .into_iter()
                                .map(|row| {
                                    let action = action_text(&row);
                                    let kind = match &row.action {
                                        None => "",
                                        Some(ImportAction::Add) => "add",
                                        Some(ImportAction::Replace) => "replace",
                                        Some(ImportAction::NewId { .. }) => "new-id",
                                    };
                                    let profession = row.profession;
                                    let grades = profession.grades.len();
                                    let items = profession.item_count();
                                    let titles = profession
                                        .grades
                                        .iter()
                                        .map(|grade| grade.title.as_str())
                                        .collect::<Vec<_>>()
                                        .join(", ");
                                    view! {
                                        <tr
                                            data-testid="matrix-import-entry"
                                            data-profession-id=profession.id.clone()
                                            data-action=kind
                                            data-grades=grades
                                            data-items=items
                                        >
                                            <th scope="row">{profession.name.clone()}</th>
                                            <td data-label=t.col_id>
                                                <code>{profession.id.clone()}</code>
                                            </td>
                                            <td data-label=t.col_grades>
                                                {grades}
                                                <span class="matrix-import__titles">{titles}</span>
                                            </td>
                                            <td data-label=t.col_items>{items}</td>
                                            <td data-label=t.col_action>{action}</td>
                                        </tr>
                                    }
                                })
                                .collect_view()
                        }}
                    </tbody>
                </table>
            </div>
            {(warning_count > 0)
                .then(|| {
                    let warnings = warnings.clone();
                    view! {
                        <div class="matrix-import__warnings">
                            <h4>{move || format!("{} ({warning_count})", t().warnings_title)}</h4>
                            <ul>
                                {move || {
                                    let lang = i18n.lang();
                                    warnings
                                        .iter()
                                        .map(|warning| {
                                            view! {
                                                <li data-testid="matrix-import-warning">
                                                    {as_sentence(&warning.localize(lang))}
                                                </li>
                                            }
                                        })
                                        .collect_view()
                                }}
                            </ul>
                        </div>
                    }
                })}
            <div class="matrix-import__actions">
                <button
                    type="button"
                    class="button"
                    data-testid="matrix-import-confirm"
                    disabled=move || !can_confirm()
                    on:click=move |_| on_confirm.run(())
                >
                    {move || t().confirm}
                </button>
                <button
                    type="button"
                    class="button button--quiet"
                    data-testid="matrix-import-cancel"
                    on:click=move |_| on_cancel.run(())
                >
                    {move || t().cancel}
                </button>
            </div>
        </section>
    }
}

/// What a confirmed import stored, with the way to the home page where it is ticked.
#[component]
pub fn StoredList(list: Vec<Stored>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.matrix_import();
    view! {
        <p>{move || t().done}</p>
        <ul>
            {list
                .into_iter()
                .map(|entry| {
                    let id = entry.id.clone();
                    view! {
                        <li data-testid="matrix-import-stored" data-profession-id=id>
                            {move || {
                                let line = if entry.replaced {
                                    t().done_replaced
                                } else {
                                    t().done_added
                                };
                                line(&entry.name, &entry.id)
                            }}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        <p>
            <a href=Page::Home.href()>{move || t().done_home}</a>
        </p>
    }
}
