use leptos::prelude::*;

use crate::components::dialog::Dialog;

/// A [`Dialog`] asking to confirm an action: a title, the caller's content, and two buttons;
/// focus starts on cancel, the safe choice, and Escape cancels.
#[component]
pub fn ConfirmDialog(
    /// Shows the dialog while true; closing it in any way sets it back to false.
    open: RwSignal<bool>,
    /// Unique on the page; names the dialog's heading.
    #[prop(into)]
    id: String,
    #[prop(into)] title: Signal<String>,
    #[prop(into)] confirm_label: Signal<String>,
    #[prop(into)] cancel_label: Signal<String>,
    /// Styles the confirm button as destructive.
    #[prop(optional)]
    danger: bool,
    /// Room for a table.
    #[prop(optional)]
    wide: bool,
    on_confirm: Callback<()>,
    children: ChildrenFn,
) -> impl IntoView {
    let title_id = format!("{id}-title");
    let confirm_class = if danger {
        "button button--danger"
    } else {
        "button"
    };
    view! {
        <Dialog
            open=open
            on_close=move |()| open.set(false)
            labelled_by=title_id.clone()
            id=id.clone()
            class=if wide { "dialog--wide" } else { "" }
        >
            <div class="dialog__body">
                <h2 id=title_id.clone() class="dialog__title">{title}</h2>
                <div class="dialog__content">{children()}</div>
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
            </div>
        </Dialog>
    }
}
