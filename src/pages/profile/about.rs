//! Name, profession and grades, chosen from the matrices and saved as the user types.

use leptos::prelude::*;

use crate::components::profile_choice::ProfileChoice;
use crate::i18n::use_i18n;
use crate::state::profile::Profile;
use crate::state::use_persisted;

#[component]
pub fn AboutForm() -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.profile();
    let profile = use_persisted::<Profile>();

    view! {
        <section class="panel profile-about" aria-labelledby="profile-about-title">
            <h2 id="profile-about-title">{move || t().about_title}</h2>
            <p class="panel__hint">{move || t().about_hint}</p>
            <div class="field">
                <label for="profile-name">{move || t().name_label}</label>
                <input
                    id="profile-name"
                    type="text"
                    autocomplete="name"
                    maxlength=Profile::NAME_MAX
                    prop:value=move || profile.with(|p| p.name.clone())
                    on:input=move |ev| {
                        let name = event_target_value(&ev);
                        profile.update(|p| *p = std::mem::take(p).with_name(&name));
                    }
                />
            </div>
            <ProfileChoice prefix="profile"/>
        </section>
    }
}
