//! The team view (docs/rules.md#team): members loaded from their export files, kept in
//! memory unless the lead chooses to keep them.

use leptos::prelude::*;

use crate::components::use_document_title;
use crate::i18n::use_i18n;

#[component]
pub fn TeamPage() -> impl IntoView {
    let i18n = use_i18n();
    use_document_title(move || format!("{} · {}", i18n.t().team.title, i18n.t().app_name));
    view! {
        <h1>{move || i18n.t().team.title}</h1>
        <p class="lead">{move || i18n.t().team.intro}</p>
    }
}
