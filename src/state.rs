//! The user's state and where it is kept.

pub mod calculator;
pub mod notices;
pub mod persistence;

use leptos::prelude::*;
use serde::{Serialize, de::DeserializeOwned};
use web_sys::StorageEvent;

use crate::state::notices::{Notice, use_notices};
use crate::state::persistence::{Loaded, SaveError, StorageKey};

/// A signal backed by `localStorage`: loaded now, saved on every change, and updated when
/// another tab writes the same key. Unreadable data is backed up and reported, never lost.
pub fn use_persisted<T>(key: StorageKey) -> RwSignal<T>
where
    T: Default + Clone + PartialEq + Serialize + DeserializeOwned + Send + Sync + 'static,
{
    let notices = use_notices();
    let initial = match persistence::load::<T>(key) {
        Loaded::Found(value) => value,
        Loaded::Missing => T::default(),
        Loaded::Unreadable { .. } => {
            notices.push(Notice::Recovered(key));
            T::default()
        }
    };
    let signal = RwSignal::new(initial);

    Effect::new(move |first_run_done: Option<()>| {
        let value = signal.get();
        if first_run_done.is_some() {
            match persistence::save(key, &value) {
                Ok(()) | Err(SaveError::Unavailable) => {}
                Err(SaveError::Refused | SaveError::Serialise(_)) => {
                    notices.push(Notice::StorageFull);
                }
            }
        }
    });

    let listener = window_event_listener(leptos::ev::storage, move |event: StorageEvent| {
        if event.key().as_deref() != Some(key.name()) {
            return;
        }
        let incoming = match event.new_value() {
            None => T::default(),
            Some(raw) => match persistence::decode::<T>(key, &raw) {
                Ok(value) => value,
                // Another version of the app wrote it: keep ours, theirs stays in storage.
                Err(_) => return,
            },
        };
        if signal.with_untracked(|current| *current != incoming) {
            signal.set(incoming);
        }
    });
    on_cleanup(move || listener.remove());

    signal
}
