//! What every browser test needs: the document, storage, a fresh container.

use wasm_bindgen::JsCast;
use web_sys::{Document, HtmlElement, Storage};

pub fn document() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

pub fn local_storage() -> Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// A new element at the end of the body, to mount into.
pub fn container() -> HtmlElement {
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    container
}

/// Puts the page back at `/` before the app mounts: a test that mounted it at another path
/// (tests/web/matrices.rs) leaves the address there, and tests run in no fixed order.
pub fn at_home() {
    web_sys::window()
        .unwrap()
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("/"))
        .unwrap();
}
