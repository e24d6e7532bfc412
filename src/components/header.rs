use leptos::prelude::*;
use leptos_router::components::A;
use wasm_bindgen::JsCast;

use crate::i18n::use_i18n;
use crate::lang::Lang;
use crate::routes::Page;

/// `<base href>` makes `#main` resolve to the home page, so the skip link moves focus itself.
fn skip_to_main(event: leptos::ev::MouseEvent) {
    event.prevent_default();
    if let Some(main) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("main"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = main.focus();
    }
}

#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t();
    let label = move |page: Page| match page {
        Page::Home => t().nav_home,
        Page::Calculator => t().nav_calculator,
        Page::Learning => t().nav_learning,
        Page::Profile => t().nav_profile,
        Page::Matrices => t().nav_matrices,
        Page::Plan => t().nav_plan,
        Page::Team => t().nav_team,
    };

    view! {
        <a class="skip-link" href="#main" on:click=skip_to_main>
            {move || t().skip_to_content}
        </a>
        <header class="site-header">
            <div class="site-header__inner">
                <A href=Page::Home.href() attr:class="brand">
                    <span class="brand__mark" aria-hidden="true">"G"</span>
                    <span class="brand__name">{move || t().app_name}</span>
                </A>
                <nav class="site-nav" aria-label=move || t().nav_label>
                    <ul>
                        {Page::ALL
                            .into_iter()
                            .map(|page| {
                                view! {
                                    <li>
                                        <A href=page.href() exact=true>
                                            {move || label(page)}
                                        </A>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </nav>
                <div class="lang-switch" role="group" aria-label=move || t().language_label>
                    {Lang::ALL
                        .into_iter()
                        .map(|lang| {
                            view! {
                                <button
                                    type="button"
                                    lang=lang.code()
                                    title=crate::i18n::strings(lang).language_name
                                    aria-pressed=move || (i18n.lang() == lang).to_string()
                                    on:click=move |_| i18n.set(lang)
                                >
                                    {lang.code().to_uppercase()}
                                </button>
                            }
                        })
                        .collect_view()}
                </div>
            </div>
        </header>
    }
}
