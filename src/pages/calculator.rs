//! `/calculator`: D0–D5 and the salary band of saved projects (docs/rules.md, docs/formats.md).
//! Every rule is the engine's (`crate::domain`); this page reads what the user typed, shows the
//! engine's results and messages, and keeps the drafts.

mod breakdown;
mod evidence;
pub(crate) mod format;
mod projects_bar;
mod reference;
mod results;
mod settings_panel;
mod share;
mod technologies;
mod workspace;

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::components::use_document_title;
use crate::i18n::use_i18n;
use crate::state::calculator::share::decode;
use crate::state::calculator::{LevelsDraft, ProjectsDraft, SettingsDraft};
use crate::state::use_persisted;

use self::projects_bar::ProjectsBar;
use self::reference::{Charts, ReferenceTable};
use self::results::{Results, WhatIf};
use self::settings_panel::SettingsPanel;
use self::share::{LinkError, SharePanel, SharedBanner};
use self::technologies::Technologies;
use self::workspace::Workspace;

/// The query parameter a share link carries its payload in.
pub const SHARE_PARAM: &str = "s";

crate::pages::lazy::lazy_page!(
    /// The page in a wasm chunk of its own: home does not need its code.
    pub fn load() -> CalculatorPage, chunk calculator
);

#[component]
pub fn CalculatorPage() -> impl IntoView {
    let i18n = use_i18n();
    use_document_title(move || format!("{} · {}", i18n.calculator().title, i18n.t().app_name));
    let query = use_query_map();
    let payload = Memo::new(move |_| query.with(|q| q.get(SHARE_PARAM)));
    view! {
        <div class="calculator">
            <h1>{move || i18n.calculator().title}</h1>
            <p class="lead">{move || i18n.calculator().intro}</p>
            {move || match payload.get() {
                Some(payload) => view! { <FromLink payload=payload/> }.into_any(),
                None => view! { <Saved/> }.into_any(),
            }}
        </div>
    }
}

/// The user's own projects, levels and settings, saved on every change.
#[component]
fn Saved() -> impl IntoView {
    let settings = use_persisted::<SettingsDraft>();
    let projects = use_persisted::<ProjectsDraft>();
    let levels = use_persisted::<LevelsDraft>();
    Workspace::new(settings, projects, levels);
    view! {
        <ProjectsBar/>
        <Calculator/>
    }
}

/// A project opened from a share link: held in memory, never saved unless asked.
#[component]
fn FromLink(payload: String) -> impl IntoView {
    match decode(&payload) {
        Ok(shared) => {
            let saved = (
                use_persisted::<SettingsDraft>(),
                use_persisted::<ProjectsDraft>(),
                use_persisted::<LevelsDraft>(),
            );
            let (settings, project, levels) = shared.drafts();
            let projects = ProjectsDraft {
                current: Some(project.id),
                next_id: 0,
                projects: vec![project],
            };
            Workspace::new(
                RwSignal::new(settings),
                RwSignal::new(projects),
                RwSignal::new(levels),
            );
            view! {
                <SharedBanner saved=saved/>
                <Calculator/>
            }
            .into_any()
        }
        Err(error) => view! {
            <LinkError error=error/>
            <Saved/>
        }
        .into_any(),
    }
}

/// The calculator proper, on whichever workspace is provided.
#[component]
fn Calculator() -> impl IntoView {
    view! {
        <div class="calculator__layout">
            <div class="calculator__inputs">
                <Technologies/>
            </div>
            <div class="calculator__results">
                <Results/>
            </div>
            // Under the technologies it changes, beside the result when there is room.
            <WhatIf/>
        </div>
        <ReferenceTable/>
        <Charts/>
        <SettingsPanel/>
        <SharePanel/>
    }
}
