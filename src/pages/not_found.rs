use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::use_document_title;
use crate::i18n::use_i18n;
use crate::routes::Page;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    use_document_title(move || format!("{} · {}", i18n.t().not_found_title, i18n.t().app_name));
    view! {
        <section class="not-found" data-testid="not-found">
            <p class="not-found__code" aria-hidden="true">"404"</p>
            <h1>{move || i18n.t().not_found_title}</h1>
            <p>{move || i18n.t().not_found_text}</p>
            <p>
                <A href=Page::Home.href() attr:class="button">
                    {move || i18n.t().not_found_home}
                </A>
            </p>
        </section>
    }
}
