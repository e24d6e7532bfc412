use leptos::prelude::*;

use crate::browser;
use crate::i18n::use_i18n;
use crate::state::notices::{Notice, use_notices};
use crate::state::transfer;

/// Notices about the user's data, announced politely to screen readers. A notice about data
/// set aside offers the original text as a download.
#[component]
pub fn NoticeBar() -> impl IntoView {
    let i18n = use_i18n();
    let notices = use_notices();
    view! {
        <div class="notices" role="status" aria-live="polite">
            <For each=move || notices.list() key=|n| *n let:notice>
                <div class="notice" data-testid="notice">
                    <p>{move || i18n.t().notice(notice, notices.recovery_of(notice).as_ref())}</p>
                    <div class="notice__actions">
                        {match notice {
                            Notice::Recovered(key) => {
                                let download = move |_| {
                                    if let Some(recovery) = notices.recovery(key) {
                                        browser::download(
                                            &transfer::backup_file_name(key, &browser::today()),
                                            "text/plain;charset=utf-8",
                                            &recovery.raw,
                                        );
                                    }
                                };
                                Some(
                                    view! {
                                        <button type="button" class="button" on:click=download>
                                            {move || i18n.t().notice_download_backup}
                                        </button>
                                    },
                                )
                            }
                            _ => None,
                        }}
                        <button
                            type="button"
                            class="button button--quiet"
                            on:click=move |_| notices.dismiss(notice)
                        >
                            {move || i18n.t().notice_dismiss}
                        </button>
                    </div>
                </div>
            </For>
        </div>
    }
}
