//! Offline use: registers the service worker that `assets/build/post_build.mjs` writes into each
//! build, and tells the page when a newer version is waiting so the user can reload into it.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue, closure::Closure};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    RegistrationOptions, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

use crate::routes::base_path;

/// Whether a new version is installed and waiting, shared through context.
#[derive(Clone, Copy)]
pub struct Update {
    waiting: RwSignal<Option<ServiceWorkerRegistration>, LocalStorage>,
}

impl Update {
    pub fn available(&self) -> bool {
        self.waiting.with(Option::is_some)
    }

    /// Asks the waiting worker to take over; the page reloads when it has.
    pub fn apply(&self) {
        let Some(registration) = self.waiting.get_untracked() else {
            return;
        };
        if let Some(worker) = registration.waiting() {
            let _ = worker.post_message(&JsValue::from_str("skip-waiting"));
        }
    }
}

fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // Absent in insecure contexts and some embedded browsers: calling it would throw.
    let present = js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).ok()?;
    present.then(|| navigator.service_worker())
}

pub fn provide_update() -> Update {
    let update = Update {
        waiting: RwSignal::new_local(None),
    };
    provide_context(update);
    if let Some(container) = container() {
        spawn_local(register(container, update));
    }
    update
}

pub fn use_update() -> Update {
    expect_context::<Update>()
}

async fn register(container: ServiceWorkerContainer, update: Update) {
    // The worker's install downloads every page's wasm chunk, which must not compete with what
    // this page still needs.
    crate::browser::idle().await;
    let options = RegistrationOptions::new();
    options.set_scope(&format!("{}/", base_path()));
    let script = format!("{}/sw.js", base_path());
    let Ok(registration) = JsFuture::from(container.register_with_options(&script, &options)).await
    else {
        return;
    };
    let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else {
        return;
    };
    // The first install has no controller yet: nothing to update from.
    let had_controller = container.controller().is_some();
    let mark_waiting = {
        let registration = registration.clone();
        move || {
            if registration.waiting().is_some() && had_controller {
                update.waiting.set(Some(registration.clone()));
            }
        }
    };
    mark_waiting();

    let on_update_found = {
        let registration = registration.clone();
        Closure::<dyn FnMut()>::new(move || {
            let Some(installing) = registration.installing() else {
                return;
            };
            let watched = installing.clone();
            let mark_waiting = mark_waiting.clone();
            let on_state = Closure::<dyn FnMut()>::new(move || {
                if watched.state() == ServiceWorkerState::Installed {
                    mark_waiting();
                }
            });
            installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        })
    };
    registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
    on_update_found.forget();

    if had_controller {
        let on_controller_change = Closure::<dyn FnMut()>::new(move || {
            if let Some(window) = web_sys::window() {
                let _ = window.location().reload();
            }
        });
        container.set_oncontrollerchange(Some(on_controller_change.as_ref().unchecked_ref()));
        on_controller_change.forget();
    }
}
