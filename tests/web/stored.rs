//! A stored key in a real headless Chromium: a change made in the same task that opens the key
//! is saved, though the signal's save runs for the first time only on the next tick.

use grades::state::notices::provide_notices;
use grades::state::profile::Profile;
use grades::state::use_persisted;
use leptos::prelude::*;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::support::{container, local_storage};

#[wasm_bindgen_test]
async fn a_change_made_as_the_key_opens_is_stored() {
    local_storage().clear().unwrap();
    let owner = StoredValue::new_local(None::<Owner>);
    // A component that opens the key and changes it while it renders.
    leptos::mount::mount_to(container(), move || {
        provide_notices();
        use_persisted::<Profile>().update(|profile| profile.name = "Ада".to_owned());
        owner.set_value(Owner::current());
    })
    .forget();
    leptos::task::tick().await;
    leptos::task::tick().await;
    let stored = local_storage().get_item("grades.profile").unwrap();
    assert!(
        stored.as_deref().is_some_and(|raw| raw.contains("Ада")),
        "stored: {stored:?}"
    );

    // A later change is saved as before.
    let owner = owner.get_value().unwrap();
    owner.with(|| use_persisted::<Profile>().update(|profile| profile.name = "Грейс".to_owned()));
    leptos::task::tick().await;
    let stored = local_storage().get_item("grades.profile").unwrap();
    assert!(
        stored.as_deref().is_some_and(|raw| raw.contains("Грейс")),
        "stored: {stored:?}"
    );
}
