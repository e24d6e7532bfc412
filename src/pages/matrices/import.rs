//! Import of matrices from a file or pasted text: read, preview, confirm
//! (docs/rules.md#own-matrices). Nothing is stored before the confirmation.

use leptos::prelude::*;

use crate::i18n::use_i18n;

#[component]
pub fn ImportPanel() -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t().matrix_import;
    view! {
        <section class="panel matrix-import" aria-labelledby="matrix-import-title">
            <h2 id="matrix-import-title">{move || t().title}</h2>
        </section>
    }
}
