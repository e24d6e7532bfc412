//! A lazy page in a real headless Chromium: its content once loaded; when its code does not
//! arrive, a message with a retry that loads it again (src/pages/lazy.rs).

use std::cell::Cell;

use grades::i18n::provide_i18n;
use grades::lang::Lang;
use grades::pages::lazy::{ChunkError, LazyPage, PageLoad};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlElement;

use crate::support::container;

thread_local! {
    /// How many loads fail before one succeeds, and how many were attempted.
    static FAILURES_LEFT: Cell<u32> = const { Cell::new(0) };
    static ATTEMPTS: Cell<u32> = const { Cell::new(0) };
}

fn load() -> PageLoad {
    ATTEMPTS.with(|a| a.set(a.get() + 1));
    let fail = FAILURES_LEFT.with(|f| {
        let left = f.get();
        f.set(left.saturating_sub(1));
        left > 0
    });
    Box::pin(async move {
        if fail {
            Err(ChunkError)
        } else {
            Ok(view! { <h1 data-testid="loaded">"Страница"</h1> }.into_any())
        }
    })
}

async fn mount(failures: u32) -> HtmlElement {
    FAILURES_LEFT.with(|f| f.set(failures));
    ATTEMPTS.with(|a| a.set(0));
    let root = container();
    leptos::mount::mount_to(root.clone(), || {
        provide_i18n(RwSignal::new(Lang::Ru));
        view! { <LazyPage load=load/> }
    })
    .forget();
    settle().await;
    root
}

/// Lets the load's future and the view it renders finish.
async fn settle() {
    for _ in 0..3 {
        leptos::task::tick().await;
    }
}

fn text_of(root: &HtmlElement, selector: &str) -> Option<String> {
    root.query_selector(selector)
        .unwrap()
        .and_then(|e| e.text_content())
}

#[wasm_bindgen_test]
async fn a_loaded_page_shows_its_content() {
    let root = mount(0).await;
    assert_eq!(
        text_of(&root, "[data-testid=loaded]").as_deref(),
        Some("Страница")
    );
    assert_eq!(text_of(&root, "[data-testid=chunk-failed]"), None);
    assert_eq!(ATTEMPTS.with(Cell::get), 1);
}

#[wasm_bindgen_test]
async fn a_failed_load_says_so_and_a_retry_loads_the_page() {
    let root = mount(2).await;
    let alert = root
        .query_selector("[data-testid=chunk-failed]")
        .unwrap()
        .expect("the message");
    assert_eq!(alert.get_attribute("role").as_deref(), Some("alert"));
    assert_eq!(
        text_of(&root, "h1").as_deref(),
        Some("Страница не загрузилась")
    );

    let retry = || -> HtmlElement {
        root.query_selector("[data-testid=chunk-failed] button")
            .unwrap()
            .expect("a retry button")
            .unchecked_into()
    };
    retry().click();
    settle().await;
    assert_eq!(ATTEMPTS.with(Cell::get), 2);
    assert!(text_of(&root, "[data-testid=chunk-failed]").is_some());

    retry().click();
    settle().await;
    assert_eq!(ATTEMPTS.with(Cell::get), 3);
    assert_eq!(
        text_of(&root, "[data-testid=loaded]").as_deref(),
        Some("Страница")
    );
    assert_eq!(text_of(&root, "[data-testid=chunk-failed]"), None);
}
