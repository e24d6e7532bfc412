use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::offline::use_update;

/// Offers to reload into a newer version once its service worker is waiting.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let i18n = use_i18n();
    let update = use_update();
    view! {
        <Show when=move || update.available()>
            <div class="notices" role="status">
                <div class="notice" data-testid="update-banner">
                    <p>{move || i18n.t().update_available}</p>
                    <button type="button" class="button" on:click=move |_| update.apply()>
                        {move || i18n.t().update_reload}
                    </button>
                </div>
            </div>
        </Show>
    }
}
