//! The development plan (docs/rules.md#plan) and the snapshots of the user's growth
//! (docs/rules.md#snapshots).

mod growth;
mod packet;
mod print;
pub mod snapshots;

use leptos::prelude::*;

use crate::components::use_document_title;
use crate::i18n::use_i18n;

use self::growth::GrowthPlanSection;
use self::snapshots::SnapshotsSection;

crate::pages::lazy::lazy_page!(
    /// The page in a wasm chunk of its own: home does not need its code.
    pub fn load() -> PlanPage, chunk plan
);

#[component]
pub fn PlanPage() -> impl IntoView {
    let i18n = use_i18n();
    use_document_title(move || format!("{} · {}", i18n.plan().title, i18n.t().app_name));
    view! {
        <h1>{move || i18n.plan().title}</h1>
        <p class="lead">{move || i18n.plan().intro}</p>
        <GrowthPlanSection/>
        <SnapshotsSection/>
    }
}
