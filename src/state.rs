//! The user's state and where it is kept.

pub mod calculator;
pub mod evidence;
pub mod matrices;
pub mod matrix_link;
pub mod notices;
pub mod persistence;
pub mod plan;
pub mod profile;
pub mod self_assessment;
pub mod snapshot_taking;
pub mod snapshots;
pub mod team;
pub mod transfer;

use std::any::Any;
use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use leptos::prelude::*;
use web_sys::StorageEvent;

use crate::browser::chunk::ChunkError;
use crate::state::notices::{Notice, Notices, use_notices};
use crate::state::persistence::{SaveError, Saved, StorageKey, Stored};

/// A signal backed by `localStorage`: loaded now, saved on every change, and updated when
/// another tab writes the same key. Unreadable data is backed up and reported, never lost.
///
/// Every call for the same key returns the same signal, which lives as long as the app (the
/// first call, the app's own, sets the store up and checks every stored key). A write never
/// replaces data another tab stored since this one last read it: this tab takes theirs
/// instead, or, when it cannot read it (a newer version of the app), stops writing the key.
pub fn use_persisted<T: Stored>() -> RwSignal<T> {
    let key = T::KEY;
    let notices = use_notices();
    let store = use_context::<Store>().unwrap_or_else(|| Store::provide(notices));
    if let Some(signal) = store.get::<T>() {
        return signal;
    }
    let signal = store.owner.with(|| persisted::<T>(notices));
    store.signals.update_value(|signals| {
        signals.insert(key, Box::new(signal));
    });
    signal
}

/// The persisted signals of the app, one per key, owned by the app rather than by the page
/// that first asked, so they survive navigation.
#[derive(Clone)]
struct Store {
    owner: Owner,
    signals: StoredValue<HashMap<StorageKey, Box<dyn Any + Send + Sync>>>,
}

impl Store {
    fn provide(notices: Notices) -> Self {
        let store = Store {
            owner: Owner::current().unwrap_or_default(),
            signals: StoredValue::new(HashMap::new()),
        };
        provide_context(store.clone());
        // Every other key is checked once the page is up, in a chunk of its own: start-up
        // decodes only the keys its page opens, not the snapshots or the team. One key per
        // idle moment, so the check never holds the page for more than its largest key.
        let checking = store.clone();
        leptos::task::spawn_local(async move {
            for key in StorageKey::ALL {
                crate::browser::idle().await;
                // Without the chunk (offline before the first visit was cached) each key is
                // still checked when a page opens it.
                let Ok(report) = check_unopened(checking.clone(), key).await else {
                    break;
                };
                if let Some(recovery) = report.recovery {
                    notices.recovered(recovery);
                }
                if report.write_refused {
                    notices.push(Notice::StorageFull);
                }
            }
        });
        if let Some(flash) = transfer::take_flash() {
            notices.push(flash.into());
        }
        store
    }

    /// The signal already made for `T`. The downcast holds: each key has exactly one type.
    fn get<T: Stored>(&self) -> Option<RwSignal<T>> {
        self.signals.with_value(|signals| {
            signals
                .get(&T::KEY)
                .and_then(|signal| signal.downcast_ref::<RwSignal<T>>())
                .copied()
        })
    }
}

/// Checks `key` unless a signal has opened it ([`persistence::check_stored`]): opening it checked
/// it, and rewriting it now would look to its signal like another tab's write.
#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(stored_check, wasm_split_path = ::leptos::wasm_split, fallible)]
fn check_unopened(store: Store, key: StorageKey) -> Result<persistence::CheckReport, ChunkError> {
    Ok(check_unopened_now(&store, key))
}

#[cfg(not(feature = "split"))]
async fn check_unopened(
    store: Store,
    key: StorageKey,
) -> Result<persistence::CheckReport, ChunkError> {
    Ok(check_unopened_now(&store, key))
}

fn check_unopened_now(store: &Store, key: StorageKey) -> persistence::CheckReport {
    let opened = store
        .signals
        .with_value(|signals| signals.contains_key(&key));
    if opened {
        persistence::CheckReport::default()
    } else {
        persistence::check_stored(key)
    }
}

fn persisted<T: Stored>(notices: Notices) -> RwSignal<T> {
    let key = T::KEY;
    let opened = persistence::open::<T>();
    if let Some(recovery) = opened.recovery {
        notices.recovered(recovery);
    }
    let signal = RwSignal::new(opened.value);
    // The stored text this tab last read or wrote: a write is only made over that.
    let seen = StoredValue::new(opened.seen);

    // Takes what storage holds now. False when this tab cannot read it.
    let adopt = move |raw: Option<String>| -> bool {
        let incoming = match raw.as_deref() {
            None => T::default(),
            Some(text) => match persistence::decode::<T>(text) {
                Ok(value) => value,
                Err(_) => return false,
            },
        };
        seen.set_value(raw);
        if signal.with_untracked(|current| *current != incoming) {
            signal.set(incoming);
        }
        true
    };

    // The save below runs first on the next tick; a change made before that (by the page that
    // opened the key, in the same task) is noted here as it happens, or it would not be saved.
    let changed_early = Arc::new(AtomicBool::new(false));
    let early = StoredValue::new(Some(ImmediateEffect::new({
        let changed_early = Arc::clone(&changed_early);
        let opening = AtomicBool::new(true);
        move || {
            signal.track();
            if !opening.swap(false, Ordering::Relaxed) {
                changed_early.store(true, Ordering::Relaxed);
            }
        }
    })));

    Effect::new(move |first_run_done: Option<()>| {
        let is_default = signal.with(|value| *value == T::default());
        if first_run_done.is_none() {
            early.set_value(None);
            if !changed_early.load(Ordering::Relaxed) {
                return;
            }
        }
        let last_seen = seen.get_value();
        // Storage already holds this value (it was just read from there, perhaps written in
        // another form by another tab or an older version): nothing to write.
        let unchanged = match last_seen.as_deref() {
            Some(raw) => signal.with_untracked(|value| {
                persistence::decode::<T>(raw).is_ok_and(|stored| stored == *value)
            }),
            None => is_default,
        };
        if unchanged {
            return;
        }
        let saved = signal.with_untracked(|value| {
            persistence::save_checked(value, last_seen.as_deref(), is_default)
        });
        match saved {
            Ok(Saved::Stored(raw)) => seen.set_value(Some(raw)),
            Ok(Saved::LeftEmpty) | Err(SaveError::Unavailable) => {}
            Err(SaveError::Refused | SaveError::Serialise(_)) => {
                notices.push(Notice::StorageFull);
            }
            Err(SaveError::Conflict { stored }) => {
                if adopt(stored) {
                    notices.push(Notice::ChangedElsewhere(key));
                } else {
                    notices.push(Notice::UnreadableElsewhere(key));
                }
            }
        }
    });

    let local = persistence::storage();
    let listener = window_event_listener(leptos::ev::storage, move |event: StorageEvent| {
        if event.storage_area() != local {
            return;
        }
        match event.key() {
            // `localStorage.clear()` in another tab.
            None => {
                adopt(None);
            }
            Some(name) if name == key.name() => {
                if !adopt(event.new_value()) {
                    notices.push(Notice::UnreadableElsewhere(key));
                }
            }
            Some(_) => {}
        }
    });
    on_cleanup(move || listener.remove());

    signal
}
