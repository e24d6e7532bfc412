//! The few things the app asks of the browser beyond storage: dates, a file download,
//! focus after a render, a reload that leaves a note for the next page load. Each one
//! fails quietly (returns `None`/`false`) where the browser refuses, never panics.

pub mod chunk;
pub mod deflate;

use leptos::prelude::request_animation_frame;
use wasm_bindgen::JsCast;

/// Resolves once the browser is first idle (after the page is up), or in the next task where
/// it cannot tell (Safari has no `requestIdleCallback`).
pub async fn idle() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let Some(window) = web_sys::window() else {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
            return;
        };
        if window.request_idle_callback(&resolve).is_err() {
            let _ = window.set_timeout_with_callback(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// The local date, `2026-11-22`.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// The current time in ISO 8601 (UTC).
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Offers `text` as a file download. Returns false when the browser would not.
pub fn download(file_name: &str, mime: &str, text: &str) -> bool {
    let run = || -> Option<()> {
        let document = web_sys::window()?.document()?;
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let link: web_sys::HtmlAnchorElement =
            document.create_element("a").ok()?.dyn_into().ok()?;
        link.set_href(&url);
        link.set_download(file_name);
        link.set_hidden(true);
        let body = document.body()?;
        body.append_child(&link).ok()?;
        link.click();
        link.remove();
        // The click has started the download; free the blob once it has surely been read.
        let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        });
        web_sys::window()?
            .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 30_000)
            .ok()?;
        Some(())
    };
    run().is_some()
}

/// Resolves in a later task (a zero-delay timeout), so that a long job split by it leaves
/// the browser free to paint and answer input in between.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let scheduled = web_sys::window().is_some_and(|window| {
            window
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
                .is_ok()
        });
        if !scheduled {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Asks the browser to print the page.
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Moves focus to an element once the view that holds it has rendered.
pub fn focus_later(id: String) {
    request_animation_frame(move || {
        if let Some(element) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = element.focus();
        }
    });
}

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Reloads the page, leaving `note` under `key` in `sessionStorage` for the next load.
pub fn reload_with_note(key: &str, note: &str) {
    if let Some(session) = session() {
        let _ = session.set_item(key, note);
    }
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// The note [`reload_with_note`] left under `key`, once.
pub fn take_note(key: &str) -> Option<String> {
    let session = session()?;
    let note = session.get_item(key).ok().flatten()?;
    let _ = session.remove_item(key);
    Some(note)
}
