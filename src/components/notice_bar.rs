use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::state::notices::use_notices;

/// Notices about the user's data, announced politely to screen readers.
#[component]
pub fn NoticeBar() -> impl IntoView {
    let i18n = use_i18n();
    let notices = use_notices();
    view! {
        <div class="notices" role="status" aria-live="polite">
            <For each=move || notices.list() key=|n| *n let:notice>
                <div class="notice" data-testid="notice">
                    <p>{move || notice.text(i18n.t())}</p>
                    <button type="button" class="button button--quiet" on:click=move |_| notices.dismiss(notice)>
                        {move || i18n.t().notice_dismiss}
                    </button>
                </div>
            </For>
        </div>
    }
}
