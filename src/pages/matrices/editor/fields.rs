//! A labelled text area with its message, the multi-line twin of `TextField`: what was typed
//! stays, whatever it is.

use leptos::prelude::*;

use crate::components::text_field::FieldError;

#[component]
pub fn TextArea(
    /// The area's id; its message gets `{id}-error`.
    #[prop(into)]
    id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] value: Signal<String>,
    on_input: Callback<String>,
    #[prop(optional, into)] error: Signal<Option<String>>,
    rows: u32,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let invalid = move || error.with(Option::is_some);
    let described_by = {
        let error_id = error_id.clone();
        move || invalid().then(|| error_id.clone())
    };
    view! {
        <div class="field field--area" class:field--invalid=invalid>
            <label class="field__label" for=id.clone()>{move || label.get()}</label>
            <textarea
                id=id
                class="field__input"
                rows=rows
                prop:value=move || value.get()
                aria-invalid=move || invalid().then_some("true")
                aria-describedby=described_by
                on:input=move |ev| on_input.run(event_target_value(&ev))
            ></textarea>
            <FieldError id=error_id error/>
        </div>
    }
}
