//! The profile page: about the user, a summary of their data, and the local data controls.

mod about;
mod data;
mod summary;

use leptos::prelude::*;

use crate::components::use_document_title;
use crate::i18n::use_i18n;
use crate::state::persistence;

use about::AboutForm;
use data::DataControls;
use summary::DataSummary;

crate::pages::lazy::lazy_page!(
    /// The page in a wasm chunk of its own: home does not need its code.
    pub fn load() -> ProfilePage, chunk profile
);

#[component]
pub fn ProfilePage() -> impl IntoView {
    let i18n = use_i18n();
    use_document_title(move || format!("{} · {}", i18n.profile().title, i18n.t().app_name));

    // Bumped when another tab changes storage, so what this page reads from it is fresh.
    let revision = RwSignal::new(0_u32);
    let local = persistence::storage();
    let listener = window_event_listener(leptos::ev::storage, move |event| {
        if event.storage_area() == local {
            revision.update(|n| *n = n.wrapping_add(1));
        }
    });
    on_cleanup(move || listener.remove());

    view! {
        <h1>{move || i18n.profile().title}</h1>
        <p class="lead">{move || i18n.profile().intro}</p>
        <div class="profile-grid">
            <AboutForm/>
            <DataSummary revision=revision/>
            <DataControls revision=revision/>
        </div>
    }
}
