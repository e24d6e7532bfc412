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
use crate::catalog::Profession;
use crate::catalog::format::MAX_TEXT_CHARS;
use crate::components::use_document_title;
use crate::i18n::{Localize, use_i18n};
use crate::lang::Lang;
use crate::routes::Page;
use crate::state::matrices::{FieldProblem, LimitReached, Spot, check_text, first_problem};
use crate::state::matrix_link::PARAM;

use editor::Editor;
use import::ImportPanel;
use link::FromLink;
use list::OwnList;

/// The query parameter naming the profession being edited.
const EDIT_PARAM: &str = "edit";

crate::pages::lazy::lazy_page!(
    /// The page in a wasm chunk of its own: home does not need its code.
    pub fn load() -> MatricesPage, chunk matrices
);

#[component]
pub fn MatricesPage() -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.matrices();
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
    let t = crate::i18n::matrices::strings(lang);
    check_text(text, max, required).map(|problem| match problem {
        FieldProblem::Empty => t.required.to_owned(),
        FieldProblem::TooLong { max } => (t.too_long)(max),
    })
}

/// A long optional text: a summary, a description, a note.
const LONG_TEXT: usize = MAX_TEXT_CHARS;

pub(crate) fn limit_message(limit: LimitReached, lang: Lang) -> &'static str {
    let t = crate::i18n::matrices::strings(lang);
    match limit {
        LimitReached::Professions => t.limit_professions,
        LimitReached::Grades => t.limit_grades,
        LimitReached::Groups => t.limit_groups,
        LimitReached::Items => t.limit_items,
    }
}

/// What an export or a link would trip over first, in words, or `None`.
fn export_problem(profession: &Profession, lang: Lang) -> Option<String> {
    let t = crate::i18n::matrices::strings(lang);
    let (spot, problem) = first_problem(profession)?;
    // Grades are named by title, or by number while the title is blank.
    let grade = |g: usize| {
        profession
            .grades
            .get(g)
            .map(|grade| grade.title.trim())
            .filter(|title| !title.is_empty())
            .map_or_else(|| format!("{}", g + 1), |title| format!("«{title}»"))
    };
    let place = match spot {
        Spot::Name => t.spot_name.to_owned(),
        Spot::Summary => t.spot_summary.to_owned(),
        Spot::StackEntry(n) => (t.spot_stack)(n + 1),
        Spot::GradeTitle(g) => (t.spot_grade)(&grade(g)),
        Spot::GradeText(g) => (t.spot_grade_text)(&grade(g)),
        Spot::GroupTitle(g, s) => (t.spot_group)(s + 1, &grade(g)),
        Spot::GroupNote(g, s) => (t.spot_group_note)(s + 1, &grade(g)),
        Spot::GroupEmpty(g, s) => (t.spot_group_whole)(s + 1, &grade(g)),
        Spot::Item(g, s, i) => (t.spot_item)(i + 1, s + 1, &grade(g)),
    };
    let what = match (spot, problem) {
        (Spot::GroupEmpty(..), _) => t.problem_no_items.to_owned(),
        (_, FieldProblem::Empty) => t.problem_empty.to_owned(),
        (_, FieldProblem::TooLong { max }) => (t.problem_too_long)(max),
    };
    Some((t.fix_first)(&format!("{place} — {what}")))
}
