//! My matrices: the user's own professions — import, list, create, copy a built-in one, edit,
//! delete with undo, export and share (docs/rules.md#own-matrices). The editor and the import
//! live here, apart from the other pages, so that they can be loaded on demand.
//!
//! One route, three views chosen by the query: the list (no query), the editor
//! (`?edit=<id>`) and a matrix opened from a share link (`?m=<payload>`).

mod editor;
pub mod import;
mod link;
mod list;

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::catalog::Catalog;
use crate::catalog::format::MAX_TEXT_CHARS;
use crate::components::use_document_title;
use crate::i18n::{Localize, strings, use_i18n};
use crate::lang::Lang;
use crate::routes::Page;
use crate::state::matrices::{FieldProblem, LimitReached, check_text};
use crate::state::matrix_link::PARAM;

use editor::Editor;
use import::ImportPanel;
use link::FromLink;
use list::OwnList;

/// The query parameter naming the profession being edited.
const EDIT_PARAM: &str = "edit";

#[component]
pub fn MatricesPage() -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t().matrices;
    use_document_title(move || format!("{} · {}", t().title, i18n.t().app_name));
    let query = use_query_map();
    let view = Memo::new(move |_| {
        query.with(|q| match (q.get(PARAM), q.get(EDIT_PARAM)) {
            (Some(payload), _) => View::Link(payload),
            (None, Some(id)) => View::Edit(id),
            (None, None) => View::List,
        })
    });
    let body = match Catalog::load() {
        Ok(builtin) => (move || match view.get() {
            View::List => view! {
                <ImportPanel/>
                <OwnList builtin/>
            }
            .into_any(),
            View::Edit(id) => view! { <Editor id/> }.into_any(),
            View::Link(payload) => view! { <FromLink payload builtin/> }.into_any(),
        })
        .into_any(),
        Err(error) => view! {
            <p class="catalog-error" role="alert">
                {move || t().catalog_error} " " {move || error.localize(i18n.lang())}
            </p>
        }
        .into_any(),
    };
    view! {
        <div class="matrices">
            <h1>{move || t().title}</h1>
            <p class="lead">{move || t().intro}</p>
            {body}
        </div>
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum View {
    List,
    Edit(String),
    Link(String),
}

/// The editor of one of the user's professions.
fn edit_href(id: &str) -> String {
    format!("{}?{EDIT_PARAM}={id}", Page::Matrices.href())
}

/// A navigation within the app to an href that already holds the base path.
fn go() -> impl Fn(&str) + Clone + 'static {
    let navigate = use_navigate();
    move |href: &str| {
        navigate(
            href,
            NavigateOptions {
                resolve: false,
                ..NavigateOptions::default()
            },
        );
    }
}

/// The message next to a field whose text is not acceptable.
fn field_message(text: &str, max: usize, required: bool, lang: Lang) -> Option<String> {
    let t = strings(lang).matrices;
    check_text(text, max, required).map(|problem| match problem {
        FieldProblem::Empty => t.required.to_owned(),
        FieldProblem::TooLong { max } => (t.too_long)(max),
    })
}

/// A long optional text: a summary, a description, a note.
const LONG_TEXT: usize = MAX_TEXT_CHARS;

fn limit_message(limit: LimitReached, lang: Lang) -> &'static str {
    let t = strings(lang).matrices;
    match limit {
        LimitReached::Professions => t.limit_professions,
        LimitReached::Grades => t.limit_grades,
        LimitReached::Groups => t.limit_groups,
        LimitReached::Items => t.limit_items,
    }
}
