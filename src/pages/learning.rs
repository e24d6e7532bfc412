use leptos::prelude::*;

use crate::components::use_document_title;
use crate::i18n::use_i18n;

#[component]
pub fn LearningPage() -> impl IntoView {
    let i18n = use_i18n();
    use_document_title(move || format!("{} · {}", i18n.t().learning.title, i18n.t().app_name));
    view! {
        <h1>{move || i18n.t().learning.title}</h1>
        <p class="lead">{move || i18n.t().learning.intro}</p>
    }
}
