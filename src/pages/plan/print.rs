//! The page's two prints. The plan is what the page prints by default (Ctrl+P included); the
//! evidence packet is printed by marking the document root, which the print styles
//! (style/plan.css) read, until the browser says printing is over.

use leptos::prelude::*;

const ATTRIBUTE: &str = "data-print-mode";
const PACKET: &str = "packet";

fn root() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.document_element()
}

/// What the next print shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrintMode {
    Plan,
    Packet,
}

fn set_mode(mode: PrintMode) {
    if let Some(root) = root() {
        let _ = match mode {
            PrintMode::Plan => root.remove_attribute(ATTRIBUTE),
            PrintMode::Packet => root.set_attribute(ATTRIBUTE, PACKET),
        };
    }
}

/// Prints the page in `mode`. The browser's print is synchronous in most browsers and
/// asynchronous in some, so the mode is undone on `afterprint`, not on return.
pub fn print(mode: PrintMode) {
    set_mode(mode);
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Returns to the plan after every print, and when the page is left. `before` runs as the
/// browser starts printing (to bring the printed date up to date).
pub fn use_print_mode(before: impl Fn() + 'static) {
    let after = window_event_listener_untyped("afterprint", move |_| set_mode(PrintMode::Plan));
    let before = window_event_listener_untyped("beforeprint", move |_| before());
    on_cleanup(move || {
        after.remove();
        before.remove();
        set_mode(PrintMode::Plan);
    });
}
