use leptos::html;
use leptos::prelude::*;

/// A modal dialog asking to confirm an action, on the native `<dialog>`: focus moves into it
/// (to the cancel button, the safe choice), stays there, and Escape cancels.
#[component]
pub fn ConfirmDialog(
    /// Shows the dialog while true; closing it in any way sets it back to false.
    open: RwSignal<bool>,
    /// Unique on the page; names the dialog's heading.
    id: &'static str,
    #[prop(into)] title: Signal<String>,
    #[prop(into)] confirm_label: Signal<String>,
    #[prop(into)] cancel_label: Signal<String>,
    /// Styles the confirm button as destructive.
    #[prop(optional)]
    danger: bool,
    on_confirm: Callback<()>,
    children: Children,
) -> impl IntoView {
    let dialog = NodeRef::<html::Dialog>::new();
    Effect::new(move |_| {
        let want = open.get();
        if let Some(element) = dialog.get() {
            if want && !element.open() {
                let _ = element.show_modal();
            } else if !want && element.open() {
                element.close();
            }
        }
    });
    let title_id = format!("{id}-title");
    let labelled_by = title_id.clone();
    let confirm_class = if danger {
        "button button--danger"
    } else {
        "button"
    };
    view! {
        <dialog
            node_ref=dialog
            id=id
            class="dialog"
            aria-labelledby=labelled_by
            on:close=move |_| open.set(false)
        >
            <h2 id=title_id class="dialog__title">{title}</h2>
            <div class="dialog__body">{children()}</div>
            <div class="dialog__actions">
                <button
                    type="button"
                    class="button button--quiet"
                    autofocus
                    on:click=move |_| open.set(false)
                >
                    {cancel_label}
                </button>
                <button
                    type="button"
                    class=confirm_class
                    on:click=move |_| {
                        open.set(false);
                        on_confirm.run(());
                    }
                >
                    {confirm_label}
                </button>
            </div>
        </dialog>
    }
}
