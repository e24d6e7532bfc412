//! Grades: developer grade matrices, qualification D0–D5 and salary bands, in the browser.

pub mod browser;
pub mod catalog;
pub mod components;
pub mod domain;
pub mod i18n;
pub mod lang;
pub mod offline;
pub mod pages;
pub mod routes;
pub mod state;

use leptos::prelude::*;
use leptos_router::StaticSegment;
use leptos_router::components::{Route, Router, Routes};

use crate::components::{Header, NoticeBar, UpdateBanner};
use crate::i18n::provide_i18n;
use crate::lang::Lang;
use crate::pages::lazy::LazyPage;
use crate::pages::{
    calculator, home::HomePage, learning, matrices, not_found::NotFoundPage, plan, profile, team,
};
use crate::routes::{Page, base_path};
use crate::state::notices::{Notice, provide_notices};
use crate::state::persistence::{self};
use crate::state::use_persisted;

#[component]
pub fn App() -> impl IntoView {
    let notices = provide_notices();
    offline::provide_update();
    if !persistence::storage_available() {
        notices.push(Notice::StorageUnavailable);
    }
    let i18n = provide_i18n(use_persisted::<Lang>());
    // One catalog for every page; built when a page first reads it.
    state::matrices::use_catalog();
    // Automatic snapshots follow the ticks on every page (docs/rules.md#snapshots).
    state::snapshot_taking::watch_automatic();
    // The team view keeps its members in memory across pages; nothing is read until it opens.
    pages::team::provide_team_slot();
    Effect::new(move |_| {
        let lang = i18n.lang();
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("lang", lang.code());
        }
    });

    view! {
        <Router base=base_path()>
            <Header/>
            <NoticeBar/>
            <UpdateBanner/>
            <main id="main" class="page" tabindex="-1">
                <Routes fallback=NotFoundPage>
                    <Route path=StaticSegment(Page::Home.segment()) view=HomePage/>
                    <Route path=StaticSegment(Page::Calculator.segment()) view=|| view! { <LazyPage load=calculator::load/> }/>
                    <Route path=StaticSegment(Page::Learning.segment()) view=|| view! { <LazyPage load=learning::load/> }/>
                    <Route path=StaticSegment(Page::Profile.segment()) view=|| view! { <LazyPage load=profile::load/> }/>
                    <Route path=StaticSegment(Page::Matrices.segment()) view=|| view! { <LazyPage load=matrices::load/> }/>
                    <Route path=StaticSegment(Page::Plan.segment()) view=|| view! { <LazyPage load=plan::load/> }/>
                    <Route path=StaticSegment(Page::Team.segment()) view=|| view! { <LazyPage load=team::load/> }/>
                </Routes>
            </main>
            <footer class="site-footer">
                <p>{move || i18n.t().footer_text}</p>
            </footer>
        </Router>
    }
}
