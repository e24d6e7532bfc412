//! The bar that says what was just deleted and puts it back while the page stays open.

use leptos::prelude::*;

#[component]
pub fn UndoBar(
    /// What was deleted, as a sentence.
    message: String,
    /// The button's label.
    label: &'static str,
    /// The button's id and test id: focus moves there after a delete.
    id: &'static str,
    #[prop(into)] on_undo: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="undo-bar" role="status">
            <span>{message}</span>
            <button
                type="button"
                class="button button--quiet"
                id=id
                data-testid=id
                on:click=move |_| on_undo.run(())
            >
                {label}
            </button>
        </div>
    }
}
