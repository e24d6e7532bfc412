//! Pages whose code the release build moves into a wasm chunk of their own, fetched the first
//! time the route is shown (docs/architecture.md, "Loading per route"). Without the `split`
//! feature (tests, `make dev`) the same declaration renders the page directly.

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;
use send_wrapper::SendWrapper;

pub use crate::browser::chunk::ChunkError;
use crate::i18n::use_i18n;

/// Loads a page's chunk (once; a failure is not remembered) and renders the page.
pub type PageLoad = Pin<Box<dyn Future<Output = Result<AnyView, ChunkError>>>>;

/// The page as the router shows it; untracked, so no signal read while building it re-runs the
/// loader.
pub fn render<V: IntoView + 'static>(page: fn() -> V) -> AnyView {
    untrack(|| page().into_any())
}

/// Declares `fn $load() -> PageLoad` for a page component; with the `split` feature the
/// component and all code only it reaches go into the wasm chunk `$chunk`.
macro_rules! lazy_page {
    ($(#[$attr:meta])* $vis:vis fn $load:ident() -> $page:path, chunk $chunk:ident) => {
        $(#[$attr])*
        $vis fn $load() -> $crate::pages::lazy::PageLoad {
            #[cfg(feature = "split")]
            #[::leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
            fn $load() -> ::core::result::Result<::leptos::prelude::AnyView, $crate::pages::lazy::ChunkError> {
                ::core::result::Result::Ok($crate::pages::lazy::render($page))
            }
            #[cfg(feature = "split")]
            {
                ::std::boxed::Box::pin($load())
            }
            #[cfg(not(feature = "split"))]
            {
                ::std::boxed::Box::pin(::core::future::ready(::core::result::Result::Ok(
                    $crate::pages::lazy::render($page),
                )))
            }
        }
    };
}
pub(crate) use lazy_page;

/// Shows the page `load` brings; if its chunk fails, a message with a retry button instead,
/// and the rest of the app keeps working.
#[component]
pub fn LazyPage(load: fn() -> PageLoad) -> impl IntoView {
    let attempt = RwSignal::new(0_u32);
    let page = move || {
        attempt.track();
        Suspend::new(SendWrapper::new(async move {
            let loaded = load().await;
            // The page is shown in this same task: no frame between shows neither.
            drop_static_copy();
            match loaded {
                Ok(page) => page,
                Err(ChunkError) => {
                    let retry = move || attempt.update(|n| *n = n.wrapping_add(1));
                    view! { <ChunkFailed retry=retry/> }.into_any()
                }
            }
        }))
    };
    // Until the chunk is in, a screen-high placeholder keeps the footer out of view, so the
    // page's arrival shifts nothing the visitor sees.
    view! { <Suspense fallback=|| view! { <div class="page-loading"></div> }>{page}</Suspense> }
}

/// The build's static copy of this page (`data-lazy`, kept by `main` while the chunk loads),
/// which the stylesheet shows instead of the app until now.
fn drop_static_copy() {
    if let Some(copy) = document().get_element_by_id("prerender") {
        copy.remove();
    }
}

#[component]
fn ChunkFailed(retry: impl Fn() + 'static) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="chunk-failed" role="alert" data-testid="chunk-failed">
            <h1>{move || i18n.t().chunk_failed_title}</h1>
            <p>{move || i18n.t().chunk_failed_text}</p>
            <p>
                <button type="button" class="button" on:click=move |_| retry()>
                    {move || i18n.t().chunk_failed_retry}
                </button>
            </p>
        </section>
    }
}
