//! A modal dialog on the native `<dialog>` element: the browser traps focus, makes the rest of
//! the page inert and closes it on Escape; this component opens and closes it from a signal
//! and gives focus back to whatever opened it.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn Dialog(
    /// Whether the dialog is open.
    #[prop(into)]
    open: Signal<bool>,
    /// Called when the dialog closes by itself (Escape) or by [`Dialog::open`] turning false.
    #[prop(into)]
    on_close: Callback<()>,
    /// Id of the element that names the dialog (its heading).
    #[prop(into)]
    labelled_by: String,
    /// Id of the element that describes it, if any.
    #[prop(optional, into)]
    described_by: Option<String>,
    /// A confirmation that interrupts the user (`role="alertdialog"`).
    #[prop(optional)]
    alert: bool,
    #[prop(optional)] class: &'static str,
    #[prop(optional, into)] id: Option<String>,
    children: ChildrenFn,
) -> impl IntoView {
    let node = NodeRef::<html::Dialog>::new();
    let opener = StoredValue::new_local(None::<web_sys::HtmlElement>);

    // Syncs the DOM element with the signal: the outside world, so an effect.
    Effect::new(move |_| {
        let wanted = open.get();
        let Some(dialog) = node.get() else { return };
        if wanted && !dialog.open() {
            let focused = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.active_element())
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            opener.set_value(focused);
            // Fails only when the element is not in the document; then there is nothing to show.
            let _ = dialog.show_modal();
        } else if !wanted && dialog.open() {
            dialog.close();
        }
    });

    let closed = move |_| {
        on_close.run(());
        if let Some(element) = opener.get_value()
            && element.is_connected()
        {
            let _ = element.focus();
        }
        opener.set_value(None);
    };

    view! {
        <dialog
            node_ref=node
            id=id
            class=format!("dialog {class}")
            role=alert.then_some("alertdialog")
            aria-labelledby=labelled_by
            aria-describedby=described_by
            on:close=closed
        >
            <Show when=move || open.get()>{children()}</Show>
        </dialog>
    }
}
