//! A short summary of the self-assessment and the saved projects, read from storage.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::use_i18n;
use crate::routes::Page;
use crate::state::matrices::use_catalog;
use crate::state::persistence::{self, StorageKey};
use crate::state::profile::Summary;
use crate::state::transfer;

/// What storage holds under a key other pages own, in short. The one place the profile page
/// reads their data: it reads it generically, so it works whatever their types are.
fn stored_summary(key: StorageKey) -> Summary {
    transfer::summarize_raw(key, persistence::read_raw(key).as_deref())
}

#[component]
pub fn DataSummary(revision: RwSignal<u32>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.profile();
    let catalog = use_catalog();
    let total = move || catalog.with(|c| c.0.as_ref().map_or(0, |c| c.items().count()));
    let read = move |key| {
        revision.track();
        stored_summary(key)
    };
    let ticks = move || match read(StorageKey::SelfAssessment) {
        Summary::Count(0) | Summary::Absent => t().summary_none.to_owned(),
        Summary::Count(n) => format!("{n} {} {}", t().summary_of, total()),
        other => t().summary(StorageKey::SelfAssessment, &other),
    };
    let projects = move || match read(StorageKey::Projects) {
        Summary::Count(0) | Summary::Absent => t().summary_none.to_owned(),
        Summary::Count(n) => n.to_string(),
        other => t().summary(StorageKey::Projects, &other),
    };

    view! {
        <section class="panel profile-summary" aria-labelledby="profile-summary-title">
            <h2 id="profile-summary-title">{move || t().summary_title}</h2>
            <dl class="summary-list">
                <div>
                    <dt>{move || t().summary_ticks}</dt>
                    <dd data-testid="summary-ticks">{ticks}</dd>
                    <dd>
                        <A href=Page::Home.href()>{move || t().summary_home_link}</A>
                    </dd>
                </div>
                <div>
                    <dt>{move || t().summary_projects}</dt>
                    <dd data-testid="summary-projects">{projects}</dd>
                    <dd>
                        <A href=Page::Calculator.href()>{move || t().summary_calculator_link}</A>
                    </dd>
                </div>
            </dl>
        </section>
    }
}
