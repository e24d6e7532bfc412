//! My matrices: the user's own professions — import, list, create, copy a built-in one, edit,
//! delete with undo, export and share (docs/rules.md#own-matrices). The editor and the import
//! live here, apart from the other pages, so that they can be loaded on demand.

mod import;

use leptos::prelude::*;

use crate::components::use_document_title;
use crate::i18n::use_i18n;

use import::ImportPanel;

#[component]
pub fn MatricesPage() -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t().matrices;
    use_document_title(move || format!("{} · {}", t().title, i18n.t().app_name));
    view! {
        <h1>{move || t().title}</h1>
        <p class="lead">{move || t().intro}</p>
        <ImportPanel/>
    }
}
