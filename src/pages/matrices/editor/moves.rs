//! Up, down and remove buttons, the keyboard's (and a pointer's) way to reorder.

use leptos::prelude::*;

use crate::components::confirm_dialog::ConfirmDialog;
use crate::i18n::use_i18n;

/// Up, down and remove for one part of the editor.
#[component]
pub(super) fn Moves(
    /// The part's DOM id; the buttons get `{dom}-up`, `{dom}-down`, `{dom}-remove`.
    dom: String,
    /// What the part is called in the buttons' labels.
    #[prop(into)]
    what: Signal<String>,
    /// The part's place and the length of its list: the arrows at either end are disabled.
    position: Signal<(usize, usize)>,
    on_move: Callback<bool>,
    on_remove: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.matrices();
    view! {
        <div class="moves">
            <button
                type="button"
                class="button button--quiet button--icon"
                id=format!("{dom}-up")
                aria-label=move || (t().move_up)(&what.get())
                title=move || (t().move_up)(&what.get())
                disabled=move || position.get().0 == 0
                on:click=move |_| on_move.run(true)
            >
                "↑"
            </button>
            <button
                type="button"
                class="button button--quiet button--icon"
                id=format!("{dom}-down")
                aria-label=move || (t().move_down)(&what.get())
                title=move || (t().move_down)(&what.get())
                disabled=move || {
                    let (at, len) = position.get();
                    at + 1 >= len
                }
                on:click=move |_| on_move.run(false)
            >
                "↓"
            </button>
            <button
                type="button"
                class="button button--quiet button--icon button--danger-quiet"
                id=format!("{dom}-remove")
                aria-label=move || (t().remove)(&what.get())
                title=move || (t().remove)(&what.get())
                on:click=move |_| on_remove.run(())
            >
                "✕"
            </button>
        </div>
    }
}

/// Asks before a part with items goes: its items' ticks go with it.
#[component]
pub(super) fn RemoveConfirm(
    open: RwSignal<bool>,
    id: String,
    what: Signal<String>,
    on_confirm: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.matrices();
    view! {
        <ConfirmDialog
            open
            id
            title=Signal::derive(move || (t().remove)(&what.get()))
            confirm_label=Signal::derive(move || t().delete_confirm.to_owned())
            cancel_label=Signal::derive(move || t().cancel.to_owned())
            danger=true
            on_confirm
        >
            <p>{move || t().delete_text}</p>
        </ConfirmDialog>
    }
}
